// csto/detail/enum_name.hpp - name_in: an enumerator's machine name from the table of names kept
// beside its enum (the data's and the JSON export's spelling).
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace csto::detail {

// The tables of names and labels are one string each, every name followed by "\0": a string
// literal costs the compiler almost nothing to read, where an array of std::string_view costs it
// some 20,000 instructions per element, in every user's build.

/// The `index`-th name of `names` (a table of `size` bytes, every name followed by a '\0'), or an
/// empty view for an index past the last name (as magic_enum's enum_name).
/// @complexity O(size). Never throws.
[[nodiscard]] constexpr std::string_view name_in(const char* names, std::size_t size, std::size_t index) noexcept {
    std::size_t begin = 0;
    for (std::size_t at = 0; at + 1 < size; ++at) {
        if (names[at] != '\0') continue;
        if (index == 0) return std::string_view(names + begin, at - begin);
        --index;
        begin = at + 1;
    }
    return {};
}

// An enum's tables: its enumerators' machine names (enum_name) and labels (to_string_view). The
// header that defines a csto enum specializes enum_texts for it, beside its tables. One variable
// per enum and two function templates cost the compiler a quarter of two functions per enum.
struct EnumTexts {
    const char* names = nullptr;
    std::size_t names_size = 0;
    const char* labels = nullptr;
    std::size_t labels_size = 0;
};
template <class E>
inline constexpr EnumTexts enum_texts{};
template <class E>
using if_enum_names = std::enable_if_t<enum_texts<E>.names != nullptr, int>;
template <class E>
using if_enum_labels = std::enable_if_t<enum_texts<E>.labels != nullptr, int>;

}  // namespace csto::detail

namespace csto {

/// The machine name of a csto enum's value: the spelling of the data files and of the JSON export,
/// e.g. enum_name(Precision::month) is "month".
/// @param v  any value of a csto enum (each header that defines one makes it available here).
/// @return the name; empty for a value outside the enum (as magic_enum's enum_name).
/// @exception none. @complexity linear in the enum's names.
template <class E, detail::if_enum_names<E> = 0>
[[nodiscard]] constexpr std::string_view enum_name(E v) noexcept {
    return detail::name_in(detail::enum_texts<E>.names, detail::enum_texts<E>.names_size, static_cast<std::size_t>(v));
}

/// The label of a csto enum's value, as printed: e.g. to_string_view(DocumentKind::decision) is
/// "decision", to_string_view(Attendance::by_video) "by video".
/// @param v  any value of a csto enum.
/// @return the label; empty for a value outside the enum.
/// @exception none. @complexity linear in the enum's labels.
template <class E, detail::if_enum_labels<E> = 0>
[[nodiscard]] constexpr std::string_view to_string_view(E v) noexcept {
    return detail::name_in(detail::enum_texts<E>.labels, detail::enum_texts<E>.labels_size,
                           static_cast<std::size_t>(v));
}

}  // namespace csto
