// csto/detail/ascii.hpp - locale-free ASCII helpers for name matching (constexpr, noexcept).
#pragma once

#include <string_view>

namespace csto::detail {

[[nodiscard]] constexpr bool is_blank(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[nodiscard]] constexpr char to_lower(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// `s` without leading and trailing blanks.
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

/// Does `text` equal `name` ignoring ASCII case, with any run of blanks in `text` standing for the
/// single space in `name`? Bytes outside ASCII compare exactly, so non-ASCII input never matches
/// an ASCII name by accident. With `skip_hashtags`, '#' is ignored on both sides: a tweet writes
/// "Владимир #Путин" for "Владимир Путин".
[[nodiscard]] constexpr bool equals_folded(std::string_view text, std::string_view name,
                                           bool skip_hashtags = false) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    while (true) {
        while (skip_hashtags && i < text.size() && text[i] == '#') ++i;
        while (skip_hashtags && j < name.size() && name[j] == '#') ++j;
        if (i == text.size() || j == name.size()) break;
        if (is_blank(text[i])) {
            if (name[j] != ' ') return false;
            while (i < text.size() && is_blank(text[i])) ++i;
            ++j;
            continue;
        }
        if (to_lower(text[i]) != to_lower(name[j])) return false;
        ++i;
        ++j;
    }
    return i == text.size() && j == name.size();
}

/// `text` without a leading English article ("the ", any case, any blanks after it).
[[nodiscard]] constexpr std::string_view strip_article(std::string_view text) noexcept {
    if (text.size() > 4 && equals_folded(text.substr(0, 3), "the") && is_blank(text[3])) {
        return trim(text.substr(4));
    }
    return text;
}

}  // namespace csto::detail
