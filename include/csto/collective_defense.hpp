// csto/collective_defense.hpp - Article 4 made executable: collective_defense() says, for an
// aggression against a state on a day, whether Article 4 applies, who owes assistance, in what
// forms, on what legal basis, and why; joint_consultations() does the same for Article 2.
#pragma once

#include <csto/articles.hpp>
#include <csto/builtin.hpp>
#include <csto/dataset.hpp>
#include <csto/membership.hpp>
#include <csto/state_set.hpp>
#include <csto/treaty.hpp>

#include <boost/logic/tribool.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace csto {

/// Why an assessment came out as it did. Each flag comes with a text and the citations behind it.
enum class DefenseReason : std::uint8_t {
    special_date,                        ///< the date is a special value: nothing is known
    treaty_not_in_force,                 ///< the day is before the Treaty's entry into force
    victim_not_member,                   ///< the victim was not (or no longer) a party that day
    victim_suspended,                    ///< the victim's membership was suspended
    victim_membership_indeterminate,     ///< the sources leave the victim's membership open that day
    victim_participation_frozen,         ///< the victim had frozen its participation: still a member, still owed
    aggressor_is_member,                 ///< intra-alliance: the aggressor is a member, excluded from the obligated
    aggressor_membership_indeterminate,  ///< the sources leave the aggressor's membership open; excluded
    obligated_participation_frozen,      ///< an obligated member had frozen its participation: it still owes
    obligations_indeterminate,           ///< some states' membership that day is open
    amended_text_in_force,               ///< the 2010 Protocol's wording governs that day
    past_as_of,                          ///< the day is after the data's as-of date: extrapolated
};

struct Reason {
    DefenseReason kind = DefenseReason::special_date;
    std::string_view text = {};
    CitationList sources = {};
};

/// The reasons of one assessment: at most one of each kind, allocation-free.
class Reasons {
public:
    static constexpr std::size_t capacity = 12;
    constexpr void add(DefenseReason kind, std::string_view text, CitationList sources) noexcept {
        if (contains(kind) || count_ == capacity) return;
        items_[count_++] = Reason{kind, text, sources};
    }
    [[nodiscard]] constexpr bool contains(DefenseReason kind) const noexcept { return find(kind) != nullptr; }
    [[nodiscard]] constexpr const Reason* find(DefenseReason kind) const noexcept {
        for (std::size_t i = 0; i < count_; ++i)
            if (items_[i].kind == kind) return &items_[i];
        return nullptr;
    }
    [[nodiscard]] constexpr const Reason* begin() const noexcept { return items_.data(); }
    [[nodiscard]] constexpr const Reason* end() const noexcept { return items_.data() + count_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }

private:
    std::array<Reason, capacity> items_{};
    std::size_t count_ = 0;
};

/// The forms of assistance Article 4 names.
enum class AssistanceForm : std::uint8_t { military_assistance, other_support };

/// The answer of collective_defense(): a plain result, like std::from_chars_result.
struct CollectiveDefense {
    /// Does Article 4 apply: the Treaty in force and the victim a member that day?
    boost::logic::tribool applies = boost::logic::indeterminate;
    /// The states that certainly owe assistance: every other member that day, the victim and the
    /// aggressor excluded.
    StateSet obligated;
    /// The states whose obligation the sources leave open (their membership, or the whole
    /// application, is indeterminate that day).
    StateSet obligation_indeterminate;
    /// Military assistance and other support; empty when Article 4 certainly does not apply.
    Span<AssistanceForm> forms;
    /// "the right to collective defense in accordance with Article 51 of the UN Charter"; empty
    /// when Article 4 certainly does not apply.
    std::string_view legal_basis;
    /// The parties must inform the UN Security Council at once of the measures taken.
    bool inform_security_council = false;
    /// Who decides on the use of armed forces to repel the aggression (Article 6).
    std::string_view armed_forces_decided_by;
    /// Article 4 as in force that day (nullopt before the signature or for special values).
    std::optional<Article> article;
    /// The victim's and the aggressor's membership that day.
    MembershipStatus victim_status;
    std::optional<MembershipStatus> aggressor_status;
    /// The aggressor is itself a member: the Treaty covers aggression "by any state or group of states".
    bool intra_alliance = false;
    Reasons reasons;

    [[nodiscard]] constexpr bool has(DefenseReason kind) const noexcept { return reasons.contains(kind); }
};

/// The answer of joint_consultations() (Article 2).
struct JointConsultations {
    /// Must the parties start joint consultations at once: the Treaty in force and the threatened
    /// state a member that day?
    boost::logic::tribool applies = boost::logic::indeterminate;
    /// The members that consult (all members that day, the threatened state included).
    StateSet participants;
    /// The states whose participation the sources leave open.
    StateSet participation_indeterminate;
    std::optional<Article> article;
    MembershipStatus threatened_status;
    Reasons reasons;

    [[nodiscard]] constexpr bool has(DefenseReason kind) const noexcept { return reasons.contains(kind); }
};

namespace detail {
inline constexpr AssistanceForm assistance_forms[] = {AssistanceForm::military_assistance,
                                                      AssistanceForm::other_support};
inline constexpr std::string_view article_51 =
    "the right to collective defense in accordance with Article 51 of the UN Charter";
inline constexpr std::string_view heads_of_members = "the heads of the member states (Article 6)";

// The facts shared by Article 2 and Article 4: the treaty and the protected state's membership.
// Returns whether the article applies, and records the reasons.
constexpr boost::logic::tribool assess_protected(const MemberState& state, boost::gregorian::date d,
                                                 const Dataset& data, MembershipStatus& status,
                                                 Reasons& reasons) noexcept {
    using boost::logic::tribool;
    status = status_on(state, d, data);
    if (d.is_special()) {
        reasons.add(DefenseReason::special_date, "the date is a special value (not-a-date-time or an infinity)", {});
        return boost::logic::indeterminate;
    }
    const tribool in_force = treaty_in_force(d, data);
    if (!in_force) {
        const TreatyEvent* entry = find_event(TreatyEventKind::entry_into_force, data);
        reasons.add(DefenseReason::treaty_not_in_force, "the Treaty entered into force only on 20 April 1994",
                    entry != nullptr ? entry->sources : CitationList());
    }
    switch (status.standing) {
        case Standing::not_yet_member:
        case Standing::former_member:
            reasons.add(DefenseReason::victim_not_member, "the state was not a party to the Treaty that day",
                        status.sources());
            break;
        case Standing::suspended:
            reasons.add(DefenseReason::victim_suspended, "the state's membership was suspended that day",
                        status.sources());
            break;
        case Standing::indeterminate:
            reasons.add(DefenseReason::victim_membership_indeterminate,
                        "the sources leave the state's membership that day open", status.sources());
            break;
        case Standing::member_participation_frozen:
            reasons.add(DefenseReason::victim_participation_frozen,
                        "the state had frozen its participation but remained a member", status.sources());
            break;
        case Standing::member:
        case Standing::unknown: break;
    }
    if (status.past_as_of)
        reasons.add(DefenseReason::past_as_of, "the day is after the data's as-of date; membership is extrapolated",
                    {});
    return in_force && status.is_member();
}

// Sorts every other state into certain / open by its membership that day.
constexpr void sort_members(boost::gregorian::date d, const Dataset& data, boost::logic::tribool applies,
                            StateSet excluded, StateSet& certain, StateSet& open, Reasons& reasons) noexcept {
    if (d.is_special() || !applies) return;  // nothing is known of a special day: nobody is sorted
    for (MemberState s : StateSet::all() - excluded) {
        const boost::logic::tribool m = is_member(s, d, data);
        if (m && applies) certain.insert(s);
        else if (!m) continue;
        else open.insert(s);
    }
    if (!open.empty()) {
        reasons.add(DefenseReason::obligations_indeterminate,
                    "the sources leave some states' membership, or the article's application, open that day",
                    status_on(*open.begin(), d, data).sources());
    }
    for (MemberState s : certain | open) {
        const MembershipStatus st = status_on(s, d, data);
        if (st.standing == Standing::member_participation_frozen) {
            reasons.add(DefenseReason::obligated_participation_frozen,
                        "a member that had frozen its participation still owes what the Treaty obliges", st.sources());
        }
    }
}
}  // namespace detail

/// Assesses Article 4 for an aggression against `victim` on day `when`, optionally by `aggressor`.
/// @param victim     the state attacked
/// @param when       the day of the aggression
/// @param aggressor  the attacking state if it is one of the nine; a member aggressor is excluded
///                   from the obligated states and the case flagged intra-alliance. Leave empty for
///                   a non-member aggressor or a group of states.
/// @param data       the dataset to read (the built-in one by default).
/// @return the assessment; special date values give applies == indeterminate, no obligations and
///         no forms (nothing is known of such a day).
/// @complexity O(states x intervals). Never throws, never allocates.
[[nodiscard]] constexpr CollectiveDefense collective_defense(const MemberState& victim, boost::gregorian::date when,
                                                             std::optional<MemberState> aggressor = std::nullopt,
                                                             const Dataset& data = builtin()) noexcept {
    // Built from locals and returned whole: std::optional's assignment is not constexpr in C++17.
    MembershipStatus victim_status;
    Reasons reasons;
    const boost::logic::tribool applies = detail::assess_protected(victim, when, data, victim_status, reasons);
    const std::optional<Article> article_4 = article(4, when, data);
    const bool has_aggressor = aggressor.has_value() && *aggressor != victim;
    const std::optional<MembershipStatus> aggressor_status =
        has_aggressor ? std::optional<MembershipStatus>(status_on(*aggressor, when, data)) : std::nullopt;
    StateSet excluded{victim};
    bool intra_alliance = false;
    if (aggressor_status) {
        excluded.insert(*aggressor);
        const boost::logic::tribool m = aggressor_status->is_member();
        if (m) {
            intra_alliance = true;
            reasons.add(DefenseReason::aggressor_is_member,
                        "the aggressor is itself a member; Article 4 covers aggression by any state",
                        aggressor_status->sources());
        } else if (aggressor_status->standing == Standing::indeterminate) {
            reasons.add(DefenseReason::aggressor_membership_indeterminate,
                        "the sources leave the aggressor's membership open that day", aggressor_status->sources());
        }
    }
    if (article_4 && article_4->version() != nullptr && !article_4->version()->change.empty())
        reasons.add(DefenseReason::amended_text_in_force, article_4->version()->change, article_4->sources());
    StateSet obligated;
    StateSet open;
    detail::sort_members(when, data, applies, excluded, obligated, open, reasons);
    const bool may_apply = !when.is_special() && !static_cast<bool>(!applies);
    return CollectiveDefense{applies,
                             obligated,
                             open,
                             may_apply ? Span<AssistanceForm>(detail::assistance_forms) : Span<AssistanceForm>(),
                             may_apply ? detail::article_51 : std::string_view(),
                             may_apply,
                             may_apply ? detail::heads_of_members : std::string_view(),
                             article_4,
                             victim_status,
                             aggressor_status,
                             intra_alliance,
                             reasons};
}

/// Assesses Article 2 for a threat (not an aggression) to `threatened` on day `when`: must the
/// members start joint consultations at once, and who takes part?
/// @complexity O(states x intervals). Never throws, never allocates.
[[nodiscard]] constexpr JointConsultations joint_consultations(const MemberState& threatened,
                                                               boost::gregorian::date when,
                                                               const Dataset& data = builtin()) noexcept {
    MembershipStatus status;
    Reasons reasons;
    const boost::logic::tribool applies = detail::assess_protected(threatened, when, data, status, reasons);
    StateSet participants;
    StateSet open;
    detail::sort_members(when, data, applies, {}, participants, open, reasons);
    return JointConsultations{applies, participants, open, article(2, when, data), status, reasons};
}

}  // namespace csto
