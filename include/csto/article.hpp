// csto/article.hpp - Article: one article of the Collective Security Treaty, its substance and
// obligations as in force on a day, and its amendments.
#pragma once

#include <csto/citation.hpp>
#include <csto/date_range.hpp>
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
    bool wording_known = true;  ///< false when no source here gives this version's wording
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
            if (o.kind == kind) return true;
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
