// csto/states.hpp - the states of the built-in data: their names and codes, find_state, and the
// constants csto::states::armenia ... csto::states::uzbekistan.
#pragma once

#include <csto/data/states.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/ascii.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>

#include <cstddef>
#include <string_view>

namespace csto {

template <class Lazy>
constexpr const StateIdentity& MemberState::identity() const noexcept {
    const StateIdentity* const table = data::states<Lazy>;  // not `states<Lazy>[i]`: cppcheck 2.10 misparses it
    return table[index_];
}
template <class Lazy>
constexpr std::string_view MemberState::name() const noexcept {
    return identity<Lazy>().name;
}
template <class Lazy>
constexpr std::string_view MemberState::official_name() const noexcept {
    return identity<Lazy>().official_name;
}
template <class Lazy>
constexpr std::string_view MemberState::alpha2() const noexcept {
    return identity<Lazy>().alpha2;
}
template <class Lazy>
constexpr std::string_view MemberState::alpha3() const noexcept {
    return identity<Lazy>().alpha3;
}
template <class Lazy>
constexpr int MemberState::numeric() const noexcept {
    return identity<Lazy>().numeric;
}
template <class Lazy>
constexpr int MemberState::cow_code() const noexcept {
    return identity<Lazy>().cow_code;
}
template <class Lazy>
constexpr std::string_view MemberState::cow_abbreviation() const noexcept {
    return identity<Lazy>().cow_abbreviation;
}

namespace detail {
/// The states' tables of the built-in release (what find_state, suggest and parse_aggressor read
/// by default).
template <class Lazy>
inline constexpr Dataset builtin_states = [] {
    LazyDataset<Lazy> d = no_tables<Lazy>;
    d.states = data::states<Lazy>;
    d.state_keys = data::state_keys;
    d.state_key_buckets = data::state_key_buckets;
    return d;
}();

// How many bounds state_key_buckets has: one per ASCII letter, one for the keys that start with
// anything else (the Cyrillic names), and the end.
inline constexpr std::size_t state_key_bucket_bounds = 28;

// The bucket of keys that may equal a text starting with `first`.
constexpr std::size_t state_key_bucket(char first) noexcept {
    const char lower = to_lower(first);
    return (lower >= 'a' && lower <= 'z') ? static_cast<std::size_t>(lower - 'a') : 26;
}

// Does `text` equal `key`? A key's letters are lower-case for a name (so any case of an ASCII
// letter matches) and capitals for a code (so only capitals match); other bytes compare exactly.
constexpr bool equals_key(std::string_view text, std::string_view key) noexcept {
    if (text.size() != key.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != key[i] && to_lower(text[i]) != key[i]) return false;
    }
    return true;
}

// The state whose key `text` is exactly, or -1.
template <class Lazy>
constexpr int find_state_key(std::string_view text, const LazyDataset<Lazy>& data) noexcept {
    const auto keys = data.state_keys;
    const Span<std::uint8_t> buckets = data.state_key_buckets;
    if (text.empty() || buckets.size() != state_key_bucket_bounds) return -1;
    const std::size_t bucket = state_key_bucket(text.front());
    for (std::size_t k = buckets[bucket]; k < buckets[bucket + 1] && k < keys.size(); ++k) {
        if (equals_key(text, keys[k].text)) return keys[k].state;
    }
    return -1;
}

// An ISO 3166-1 numeric code written with one to three digits ("51", "051"), or -1.
constexpr int iso_numeric(std::string_view text) noexcept {
    if (text.empty() || text.size() > 3) return -1;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace detail

/// Finds a state by any name or code it goes by.
///
/// @param text  one of:
///              - a short English name ("Kyrgyzstan") or the official name the sources use ("Kyrgyz
///                Republic", "The Republic of Tajikistan");
///              - an older English spelling a source attests ("Kirghizia", "Byelorussia", "Kazakstan",
///                "Tadzhikistan"), or a Russian name, in UTF-8 ("Киргизия", "Кыргызская Республика",
///                "Российская Федерация"): MemberState::identity().other_names lists them, and
///                data/states.toml says where each comes from;
///              - an ISO 3166-1 alpha-2 or alpha-3 code ("KG", "KGZ"), or a Correlates of War
///                abbreviation ("KYR"), in capitals;
///              - an ISO 3166-1 numeric code, with or without its leading zeros ("051", "51"); a
///                Correlates of War state number is not accepted, since the two numberings overlap.
///              Names ignore the case of ASCII letters only: "KIRGHIZIA" matches, "киргизия" does
///              not (Cyrillic matches exactly as stored). Codes match only in capitals: "by", "am",
///              "ge", "arm", "taj" are words that free text passes in, and ISO 3166-1 and the COW
///              write their codes in capitals, so "by" is not Belarus (suggest("by") offers it).
///              Surrounding blanks are ignored; in a name, inner runs of blanks count as one space
///              and a leading "the" is optional.
/// @param data  the dataset whose names are searched (the built-in one by default).
/// @return the state, or nullopt for anything else (empty, unknown, a code not in capitals, over
///         64 bytes).
/// @complexity linear in the length of `text` (bounded: <= 64 bytes); a well-formed name is one
///             bucket scan and one comparison. Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<MemberState>, Lazy> find_state(
    std::string_view text, const detail::LazyDataset<Lazy>& data = detail::builtin_states<Lazy>) noexcept {
    const Span<StateIdentity> states = data.states;
    constexpr std::size_t longest_accepted = 64;
    text = detail::trim(text);
    if (text.empty() || text.size() > longest_accepted) return {};
    if (const int exact = detail::find_state_key<Lazy>(text, data); exact >= 0)
        return MemberState::from_index(static_cast<std::size_t>(exact));
    if (const int number = detail::iso_numeric(text); number > 0) {
        for (std::size_t i = 0; i < states.size() && i < MemberState::count; ++i) {
            if (states[i].numeric == number) return MemberState::from_index(i);
        }
        return {};
    }
    // Slow path, for names only (codes have no blanks): runs of blanks inside, or a leading article.
    const std::string_view without_article = detail::strip_article(text);
    for (std::size_t i = 0; i < states.size() && i < MemberState::count; ++i) {
        const StateIdentity& s = states[i];
        if (detail::equals_folded(without_article, s.name) || detail::equals_folded(without_article, s.official_name)) {
            return MemberState::from_index(i);
        }
        for (std::string_view other : s.other_names) {
            if (detail::equals_folded(without_article, other)) return MemberState::from_index(i);
        }
    }
    return {};
}

namespace detail {
// The longest text suggest reads, in bytes (and so in characters).
inline constexpr std::size_t suggest_longest = 64;

// `text` as Unicode code points, ASCII letters lower-cased; a byte that does not start a valid
// UTF-8 sequence counts as one character. Returns how many were written (at most suggest_longest).
constexpr std::size_t decode_folded(std::string_view text, char32_t (&out)[suggest_longest]) noexcept {
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < text.size() && n < suggest_longest) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t c = lead;
        if (lead < 0x80) {
            length = 1;
        } else if ((lead >> 5) == 0x6) {
            length = 2;
            c = lead & 0x1Fu;
        } else if ((lead >> 4) == 0xE) {
            length = 3;
            c = lead & 0x0Fu;
        } else if ((lead >> 3) == 0x1E) {
            length = 4;
            c = lead & 0x07u;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
            if ((next >> 6) != 0x2) {
                length = 0;
                break;
            }
            c = (c << 6) | (next & 0x3Fu);
        }
        if (length == 0) {
            c = lead;
            length = 1;
        }
        out[n++] = c < 0x80 ? static_cast<char32_t>(to_lower(static_cast<char>(c))) : c;
        i += length;
    }
    return n;
}

// The optimal-string-alignment distance (Levenshtein with adjacent transpositions) between a[0, n)
// and b[0, m), or any value above `limit` once it is sure to exceed it.
constexpr std::size_t edit_distance(const char32_t (&a)[suggest_longest], std::size_t n,
                                    const char32_t (&b)[suggest_longest], std::size_t m, std::size_t limit) noexcept {
    std::size_t before[suggest_longest + 1]{};  // row i - 2
    std::size_t previous[suggest_longest + 1]{};
    std::size_t current[suggest_longest + 1]{};
    for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = previous[j - 1] + cost;
            if (previous[j] + 1 < d) d = previous[j] + 1;
            if (current[j - 1] + 1 < d) d = current[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < d)
                d = before[j - 2] + 1;
            current[j] = d;
            if (d < row_best) row_best = d;
        }
        if (row_best > limit) return limit + 1;
        for (std::size_t j = 0; j <= m; ++j) {
            before[j] = previous[j];
            previous[j] = current[j];
        }
    }
    return previous[m];
}

// How far a text of `length` characters may be from a name and still be taken for it.
constexpr std::size_t suggest_tolerance(std::size_t length) noexcept {
    return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
}

}  // namespace detail

/// The state a mistyped name most likely means, for a "did you mean ...?" after find_state failed.
///
/// @param text  what the user typed: a name or code, perhaps misspelt ("Kazakstn", "Tadjikstan",
///              "Rusia"), in the wrong case ("by", "kgz", "россия"), or with a leading "the".
/// @param data  the dataset whose names are searched (the built-in one by default).
/// @return find_state(text) when that finds a state; otherwise the state one of whose names is
///         closest to `text` (ASCII case ignored), by the optimal-string-alignment distance over
///         Unicode characters (an insertion, deletion, substitution or swap of two neighbouring
///         characters counts one), if that distance is within the tolerance: 0 for a text of up to
///         3 characters, 1 up to 5, 2 up to 8, 3 beyond. A code is offered only when the text is
///         the code in another case ("arm" -> Armenia, "Arms" -> nothing). nullopt when no name is
///         within the tolerance ("Atlantis", "Ukraine"), when names of two different states are
///         equally close, or for an empty text or one over 64 bytes.
/// @complexity O(K x n x m) for K names and codes (about 70 in the built-in data), n <= 64 the
///             length of `text` and m <= 64 a name's, with names too long or too short for the
///             tolerance skipped. Never throws, never allocates (fixed buffers on the stack).
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<MemberState>, Lazy> suggest(
    std::string_view text, const detail::LazyDataset<Lazy>& data = detail::builtin_states<Lazy>) noexcept {
    if (const auto exact = find_state<Lazy>(text, data)) return exact;
    const auto keys = data.state_keys;
    text = detail::strip_article(detail::trim(text));
    if (text.empty() || text.size() > detail::suggest_longest) return {};
    char32_t typed[detail::suggest_longest]{};
    const std::size_t n = detail::decode_folded(text, typed);
    std::size_t best = detail::suggest_tolerance(n) + 1;
    int best_state = -1;
    bool tie = false;
    for (const auto& key : keys) {
        if (key.text.size() > detail::suggest_longest || key.state >= MemberState::count) continue;
        char32_t name[detail::suggest_longest]{};
        const std::size_t m = detail::decode_folded(key.text, name);
        // A code (two or three letters) is offered only for a match in another case: "by", "arm".
        const std::size_t tolerance = m <= 3 ? 0 : detail::suggest_tolerance(n);
        if ((n > m ? n - m : m - n) > tolerance) continue;
        const std::size_t d = detail::edit_distance(typed, n, name, m, tolerance < best ? tolerance : best);
        if (d > tolerance) continue;
        if (d < best) {
            best = d;
            best_state = key.state;
            tie = false;
        } else if (d == best && key.state != best_state) {
            tie = true;
        }
    }
    if (best_state < 0 || tie) return {};
    return MemberState::from_index(static_cast<std::size_t>(best_state));
}

/// Named constants for the nine states; each fails to compile if the table lost its row (the
/// data compiler writes each state's index; tests/state_test.cpp checks each against its codes).
namespace states {
inline constexpr MemberState armenia = detail::member_states[data::state_index::iso_arm];
inline constexpr MemberState azerbaijan = detail::member_states[data::state_index::iso_aze];
inline constexpr MemberState belarus = detail::member_states[data::state_index::iso_blr];
inline constexpr MemberState georgia = detail::member_states[data::state_index::iso_geo];
inline constexpr MemberState kazakhstan = detail::member_states[data::state_index::iso_kaz];
inline constexpr MemberState kyrgyzstan = detail::member_states[data::state_index::iso_kgz];
inline constexpr MemberState russia = detail::member_states[data::state_index::iso_rus];
inline constexpr MemberState tajikistan = detail::member_states[data::state_index::iso_tjk];
inline constexpr MemberState uzbekistan = detail::member_states[data::state_index::iso_uzb];
}  // namespace states

}  // namespace csto
