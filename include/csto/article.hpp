// csto/article.hpp - Article: one article of the Collective Security Treaty, its substance and
// obligations as in force on a day, and its amendments.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/span.hpp>

#include <boost/logic/tribool.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// What an article obliges the parties to (or establishes).
enum class ObligationKind : std::uint8_t {
    refrain_from_force,             ///< no threat or use of force between the parties
    peaceful_settlement,            ///< settle differences among them peacefully
    no_hostile_alliances,           ///< join no alliance, grouping or action against another party
    amend_for_wider_system,         ///< consult on amending the Treaty if a wider collective security system arises
    consultations,                  ///< consult on international security issues touching their interests
    joint_consultations_on_threat,  ///< on a threat to a party, start joint consultations at once
    establish_council,              ///< the Collective Security Council and its composition
    collective_defense,             ///< aggression against one is against all; give necessary assistance
    inform_security_council,        ///< report measures taken to the UN Security Council at once
    coordinate_joint_activity,      ///< the Council and its bodies coordinate joint activity
    heads_decide_on_armed_forces,   ///< the heads of the parties decide on using armed forces
    limit_use_outside_territory,    ///< force outside the parties' territory only under the UN Charter and national law
    facilities_by_special_agreement,  ///< collective-security facilities on a party's territory need special agreements
    other_treaties_unaffected,        ///< the parties' other treaty rights and obligations stand
    not_against_third_states,         ///< the Treaty is directed against no third state
    assist_threatened_states,         ///< develop and take measures to assist threatened parties (Article 2 as amended)
};

namespace detail {
inline constexpr char obligation_kind_names[] =
    "refrain_from_force\0"
    "peaceful_settlement\0"
    "no_hostile_alliances\0"
    "amend_for_wider_system\0"
    "consultations\0"
    "joint_consultations_on_threat\0"
    "establish_council\0"
    "collective_defense\0"
    "inform_security_council\0"
    "coordinate_joint_activity\0"
    "heads_decide_on_armed_forces\0"
    "limit_use_outside_territory\0"
    "facilities_by_special_agreement\0"
    "other_treaties_unaffected\0"
    "not_against_third_states\0"
    "assist_threatened_states\0";
inline constexpr char obligation_kind_labels[] =
    "refrain from force\0"
    "peaceful settlement\0"
    "no hostile alliances\0"
    "amend for a wider system\0"
    "consultations\0"
    "joint consultations on a threat\0"
    "establish the Council\0"
    "collective defense\0"
    "inform the UN Security Council\0"
    "coordinate joint activity\0"
    "heads decide on armed forces\0"
    "limit use outside territory\0"
    "facilities by special agreement\0"
    "other treaties unaffected\0"
    "not against third states\0"
    "assist threatened states\0";

template <>
inline constexpr EnumTexts enum_texts<ObligationKind>{obligation_kind_names, sizeof obligation_kind_names,
                                                      obligation_kind_labels, sizeof obligation_kind_labels};
}  // namespace detail

/// How a wording of the Treaty reads on a case: inside its words, outside them, or open to
/// interpretation. Always a reading of the words a version quotes, written out in the data.
enum class TextReach : std::uint8_t {
    within,          ///< the words cover the case
    outside,         ///< the words name kinds of case, and this is not one of them
    interpretation,  ///< the words neither name nor exclude the case
};

namespace detail {
inline constexpr char text_reach_names[] =
    "within\0"
    "outside\0"
    "interpretation\0";
inline constexpr char text_reach_labels[] =
    "within\0"
    "outside\0"
    "interpretation\0";
inline constexpr char threat_to_names[] =
    "security\0"
    "stability\0"
    "territorial_integrity\0"
    "sovereignty\0"
    "international_peace\0";
inline constexpr char threat_to_labels[] =
    "security\0"
    "stability\0"
    "territorial integrity\0"
    "sovereignty\0"
    "international peace\0";

template <>
inline constexpr EnumTexts enum_texts<TextReach>{text_reach_names, sizeof text_reach_names, text_reach_labels,
                                                 sizeof text_reach_labels};
}  // namespace detail

/// Who may be the aggressor under a version of Article 4, as our reading of its words.
struct AggressorScope {
    std::string_view words = {};  ///< the version's words it rests on (part of its substance); empty: not read
    TextReach state = TextReach::interpretation;            ///< one state (a party or not)
    TextReach group_of_states = TextReach::interpretation;  ///< several states together
    TextReach non_state = TextReach::interpretation;        ///< an actor that is not a state
    std::string_view reading = {};                          ///< why, in our words

    /// Does the version say anything on the aggressor (does the data give a reading)?
    [[nodiscard]] constexpr bool read() const noexcept { return !words.empty(); }
};

/// What a threat under Article 2 may be a threat to (ThreatScope::covers holds their bits).
enum class ThreatTo : std::uint8_t { security, stability, territorial_integrity, sovereignty, international_peace };

/// Every ThreatTo, in order.
inline constexpr ThreatTo all_threat_objects[] = {ThreatTo::security, ThreatTo::stability,
                                                  ThreatTo::territorial_integrity, ThreatTo::sovereignty,
                                                  ThreatTo::international_peace};

namespace detail {
template <>
inline constexpr EnumTexts enum_texts<ThreatTo>{threat_to_names, sizeof threat_to_names, threat_to_labels,
                                                sizeof threat_to_labels};
}  // namespace detail

/// The bit of `t` in ThreatScope::covers.
[[nodiscard]] constexpr std::uint8_t threat_bit(ThreatTo t) noexcept {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(t));
}

/// The threats a version of Article 2 covers, as its words list them.
struct ThreatScope {
    std::string_view words = {};  ///< the version's words listing them (part of its substance); empty: not read
    std::uint8_t covers = 0;      ///< threat_bit()s

    [[nodiscard]] constexpr bool covers_threat_to(ThreatTo t) const noexcept { return (covers & threat_bit(t)) != 0; }
};

/// One obligation, in our words.
struct Obligation {
    ObligationKind kind;
    std::string_view text;
};

/// An article's text as in force from a day on: the original of 1992 or an amended version.
struct ArticleVersion {
    DateRange from;              ///< signature (15 May 1992) for the original; entry into force of an amendment
    std::string_view substance;  ///< verbatim where `verbatim`, else a paraphrase; empty when no source gives it
    bool verbatim;               ///< `substance` is a seed's quotation of the Treaty
    Span<Obligation> obligations;
    std::string_view change = {};  ///< for an amended version: what the amendment changed
    CitationList sources = {};
    bool wording_known = true;      ///< false when no source here gives this version's wording
    AggressorScope aggressor = {};  ///< Article 4: who may be the aggressor under these words
    ThreatScope threats = {};       ///< Article 2: what a threat may be a threat to under these words
};

/// A row of the articles table.
struct ArticleRecord {
    int number;
    std::string_view title;         ///< a short descriptive title (the Treaty's articles have none)
    Span<ArticleVersion> versions;  ///< oldest first; empty when no source gives its substance
};

/// An article as in force on some day: its number and title, and the version governing that day.
class Article {
public:
    constexpr Article(const ArticleRecord& record, const ArticleVersion* version) noexcept
        : record_(&record), version_(version) {}

    [[nodiscard]] constexpr int number() const noexcept { return record_->number; }
    [[nodiscard]] constexpr std::string_view title() const noexcept { return record_->title; }
    /// False for the articles whose substance no source here gives (9 to 12).
    [[nodiscard]] constexpr bool substance_known() const noexcept {
        return version_ != nullptr && version_->wording_known && !version_->substance.empty();
    }
    /// The text (verbatim()) or paraphrase of the version in force; empty when not known.
    [[nodiscard]] constexpr std::string_view substance() const noexcept {
        return version_ ? version_->substance : std::string_view();
    }
    [[nodiscard]] constexpr bool verbatim() const noexcept { return version_ != nullptr && version_->verbatim; }
    [[nodiscard]] constexpr Span<Obligation> obligations() const noexcept {
        return version_ ? version_->obligations : Span<Obligation>();
    }
    [[nodiscard]] constexpr bool obliges(ObligationKind kind) const noexcept {
        for (const Obligation& o : obligations())
            if (detail::is(o.kind, kind)) return true;
        return false;
    }
    /// The version in force (null when the substance is unknown).
    [[nodiscard]] constexpr const ArticleVersion* version() const noexcept { return version_; }
    /// Every version, oldest first.
    [[nodiscard]] constexpr Span<ArticleVersion> versions() const noexcept { return record_->versions; }
    /// The amended versions (every version after the original).
    [[nodiscard]] constexpr Span<ArticleVersion> amendments() const noexcept {
        return record_->versions.subspan(1, record_->versions.size());
    }
    /// Citations for the version in force.
    [[nodiscard]] constexpr CitationList sources() const noexcept {
        return version_ ? version_->sources : CitationList();
    }

    friend constexpr bool operator==(const Article& a, const Article& b) noexcept {
        return a.record_ == b.record_ && a.version_ == b.version_;
    }
    friend constexpr bool operator!=(const Article& a, const Article& b) noexcept { return !(a == b); }

private:
    const ArticleRecord* record_;
    const ArticleVersion* version_;
};

}  // namespace csto
