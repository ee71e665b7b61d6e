// csto/aggressor.hpp - Aggressor: who commits an aggression in a question put to Article 4: one of
// the nine states, another state by its ISO 3166-1 code, a group of states, an actor that is not a
// state, or unknown. A value type: no allocation, no table of the world's states.
#pragma once

#include <csto/detail/ascii.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/member_state.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>
#include <csto/state_set.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace csto {

/// An ISO 3166-1 alpha-2 ("AF") or alpha-3 ("AFG") code, validated for shape only: two or three
/// ASCII letters, stored upper-case. Any such code is accepted, the user-assigned ones (XK, ...)
/// included; csto keeps no list of the world's states.
class IsoCode {
public:
    constexpr IsoCode() noexcept = default;

    /// Reads a code; surrounding blanks are ignored, case is not significant.
    /// @return the code, or nullopt unless the text is two or three ASCII letters.
    /// @complexity O(length). Never throws.
    [[nodiscard]] static constexpr Optional<IsoCode> parse(std::string_view text) noexcept {
        text = detail::trim(text);
        if (text.size() != 2 && text.size() != 3) return {};
        IsoCode code;
        for (char c : text) {
            const char lower = detail::to_lower(c);
            if (lower < 'a' || lower > 'z') return {};
            code.letters_[code.size_] = static_cast<char>(lower - 'a' + 'A');
            ++code.size_;
        }
        return code;
    }

    /// The code, upper-case; empty for a default-constructed code.
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {letters_, size_}; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }

    friend constexpr bool operator==(const IsoCode& a, const IsoCode& b) noexcept { return a.view() == b.view(); }
    friend constexpr bool operator!=(const IsoCode& a, const IsoCode& b) noexcept { return !(a == b); }

private:
    char letters_[3]{};  // C arrays here, not std::array: <array> would cost every user's build
    std::uint8_t size_ = 0;
};

/// The kinds of aggressor a question may name.
enum class AggressorKind : std::uint8_t {
    unspecified,      ///< the question names none (the default): the text is assessed without it
    state,            ///< one state: one of the nine, or another named by its ISO code
    group_of_states,  ///< several states together
    non_state,        ///< an actor that is not a state (a free description may say which)
    unknown,          ///< the question says the aggressor is not known
};

namespace detail {
inline constexpr char aggressor_kind_names[] =
    "unspecified\0"
    "state\0"
    "group_of_states\0"
    "non_state\0"
    "unknown\0";
inline constexpr char aggressor_kind_labels[] =
    "unspecified\0"
    "state\0"
    "group of states\0"
    "non-state actor\0"
    "unknown\0";

template <>
inline constexpr EnumTexts enum_texts<AggressorKind>{aggressor_kind_names, sizeof aggressor_kind_names,
                                                     aggressor_kind_labels, sizeof aggressor_kind_labels};
}  // namespace detail

/// Who commits the aggression, as the question puts it. Converts implicitly from a MemberState and
/// from an optional MemberState (csto::Optional or std::optional; nullopt: unspecified), so calls
/// written before this type still compile. A non-state actor's description is a view: the caller keeps the text alive.
///
/// Name it `Aggressor` (BasicAggressor<>): `Lazy` is never given, and exists so that a file compiles a
/// member function's body only if it calls it.
template <class Lazy = void>
class BasicAggressor {
public:
    /// The most states of other than the nine a group may hold.
    static constexpr std::size_t max_other_states = 16;

    constexpr BasicAggressor() noexcept = default;
    constexpr BasicAggressor(MemberState state) noexcept  // NOLINT(google-explicit-constructor): today's calls
        : kind_(AggressorKind::state), parties_{state} {}
    constexpr BasicAggressor(const Optional<MemberState>& state) noexcept  // NOLINT(google-explicit-constructor)
        : kind_(state ? AggressorKind::state : AggressorKind::unspecified) {
        if (state) parties_.insert(*state);
    }
    /// From std::nullopt: unspecified (as an argument, `collective_defense(v, d, std::nullopt)`).
    template <class N, detail::if_empty<N> = 0, detail::if_nullopt<N> = 0>
    constexpr BasicAggressor(N) noexcept {}  // NOLINT(google-explicit-constructor)
    /// From a std::optional<MemberState>. (A template of a template: deducing it fails at once for
    /// any other argument.)
    template <template <class...> class Opt, class State,
              std::enable_if_t<(detail::is_std_optional_v<Opt<State>> && std::is_same_v<State, MemberState>), int> = 0>
    constexpr BasicAggressor(const Opt<State>& state) noexcept  // NOLINT(google-explicit-constructor)
        : BasicAggressor(Optional<MemberState>(state)) {}

    /// One state other than the nine, by its ISO 3166-1 code. A code that is one of the nine's is
    /// read as that state by the queries (which know the dataset's codes).
    [[nodiscard]] static constexpr BasicAggressor other_state(const IsoCode& code) noexcept {
        BasicAggressor a;
        a.kind_ = AggressorKind::state;
        a.others_[a.other_count_++] = code;
        return a;
    }
    /// A group of states: some of the nine (`parties`) and others by ISO code.
    /// @return nullopt when `others` holds more than max_other_states codes.
    [[nodiscard]] static constexpr Optional<BasicAggressor> group(StateSet parties,
                                                                  Span<IsoCode> others = {}) noexcept {
        if (others.size() > max_other_states) return {};
        BasicAggressor a;
        a.kind_ = AggressorKind::group_of_states;
        a.parties_ = parties;
        for (const IsoCode& code : others) a.others_[a.other_count_++] = code;
        return a;
    }
    /// An actor that is not a state; `description` (e.g. "armed groups") is kept as a view.
    [[nodiscard]] static constexpr BasicAggressor non_state(std::string_view description = {}) noexcept {
        BasicAggressor a;
        a.kind_ = AggressorKind::non_state;
        a.description_ = description;
        return a;
    }
    /// An aggressor the question says is not known.
    [[nodiscard]] static constexpr BasicAggressor unknown() noexcept {
        BasicAggressor a;
        a.kind_ = AggressorKind::unknown;
        return a;
    }

    [[nodiscard]] constexpr AggressorKind kind() const noexcept { return kind_; }
    /// Was an aggressor named (any kind but unspecified)?
    [[nodiscard]] constexpr bool specified() const noexcept { return !detail::is(kind_, AggressorKind::unspecified); }
    /// The states among the nine that the aggressor is or includes (as given, codes not resolved).
    [[nodiscard]] constexpr StateSet parties() const noexcept { return parties_; }
    /// The states named by ISO code, in the order given.
    [[nodiscard]] constexpr Span<IsoCode> other_states() const noexcept { return {others_, other_count_}; }
    /// A non-state actor's description; empty otherwise.
    [[nodiscard]] constexpr std::string_view description() const noexcept { return description_; }

private:
    AggressorKind kind_ = AggressorKind::unspecified;
    StateSet parties_;
    IsoCode others_[max_other_states]{};
    std::size_t other_count_ = 0;
    std::string_view description_;
};

/// Who commits the aggression (see BasicAggressor).
using Aggressor = BasicAggressor<>;

}  // namespace csto
