// csto/detail/printable.hpp - is_formattable<T>: T is a csto type (found by argument-dependent
// lookup in namespace csto) that csto/io.hpp prints. The formatter headers specialise for these
// types only, so a formatter for a type of std, Boost or fmt is never shadowed.
#pragma once

#include <ostream>
#include <type_traits>
#include <utility>

namespace csto::detail {
struct adl_probe_result {};
}  // namespace csto::detail

namespace csto {
/// Declared, never defined: found by argument-dependent lookup only for csto's own types.
template <class T>
detail::adl_probe_result csto_adl_probe(const T&);
}  // namespace csto

// Outside namespace csto on purpose: an unqualified call here finds csto_adl_probe only by
// argument-dependent lookup.
namespace csto_printable_detail {
template <class T, class = void>
struct is_printable : std::false_type {};
template <class T>
struct is_printable<T, std::void_t<decltype(csto_adl_probe(std::declval<const T&>())),
                                   decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::bool_constant<std::is_class_v<T> || std::is_enum_v<T>> {};
}  // namespace csto_printable_detail

namespace csto::detail {
/// Is T one of csto's own types that csto/io.hpp prints (what the formatter headers format)?
template <class T>
inline constexpr bool is_formattable = csto_printable_detail::is_printable<T>::value;
}  // namespace csto::detail
