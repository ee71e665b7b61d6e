// csto/collective_defense.hpp - Article 4 made executable: collective_defense() says, for an
// aggression against a state on a day (by any kind of aggressor), whether Article 4 applies by the
// wording in force, who owes assistance, in what forms, on what legal basis, and why, with the
// record of what the state asked for and what followed; joint_consultations() does the same for
// Article 2.
#pragma once

#include <csto/aggressor.hpp>
#include <csto/articles.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/enum_compare.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/membership.hpp>
#include <csto/optional.hpp>
#include <csto/requests.hpp>
#include <csto/sources.hpp>
#include <csto/state_set.hpp>
#include <csto/treaty.hpp>

#include <boost/logic/tribool.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace csto {

namespace detail {
/// The tables of the built-in release the assessments read (the default of the queries below):
/// membership, the Treaty's events, the articles and the requests (with the meetings their steps
/// name). Not builtin(), whose other tables (the statements, the institutions, the chairmanship,
/// the Secretaries-General) a file that assesses Article 4 would compile for nothing.
template <class Lazy>
inline constexpr Dataset builtin_assessments = [] {
    // The states' tables too: an aggressor's codes are read as find_state reads them.
    LazyDataset<Lazy> d = merged<Lazy>(builtin_sources<Lazy>, builtin_states<Lazy>, builtin_membership<Lazy>,
                                       builtin_articles<Lazy>, builtin_requests<Lazy>);
    d.version = data_version;
    return d;
}();
}  // namespace detail

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
    aggressor_within_text,               ///< the wording in force covers this kind of aggressor
    aggressor_outside_text,              ///< the wording in force names kinds of aggressor, not this one
    aggressor_open_to_interpretation,    ///< the wording in force neither names nor excludes this kind
    aggressor_kind_unknown,              ///< the aggressor is unknown and the wording covers some kinds, not all
    aggressor_is_victim,                 ///< the aggressor named is (or includes) the victim: left out
    decision_wording_amended,            ///< who decides on armed forces comes from Article 6 as worded in 1992,
                                         ///< amended since in words not read
};

namespace detail {
inline constexpr char defense_reason_names[] =
    "special_date\0"
    "treaty_not_in_force\0"
    "victim_not_member\0"
    "victim_suspended\0"
    "victim_membership_indeterminate\0"
    "victim_participation_frozen\0"
    "aggressor_is_member\0"
    "aggressor_membership_indeterminate\0"
    "obligated_participation_frozen\0"
    "obligations_indeterminate\0"
    "amended_text_in_force\0"
    "past_as_of\0"
    "aggressor_within_text\0"
    "aggressor_outside_text\0"
    "aggressor_open_to_interpretation\0"
    "aggressor_kind_unknown\0"
    "aggressor_is_victim\0"
    "decision_wording_amended\0";
inline constexpr char defense_reason_labels[] =
    "special date\0"
    "treaty not in force\0"
    "victim not a member\0"
    "victim suspended\0"
    "victim's membership indeterminate\0"
    "victim's participation frozen\0"
    "aggressor is a member\0"
    "aggressor's membership indeterminate\0"
    "an obligated member's participation frozen\0"
    "obligations indeterminate\0"
    "amended text in force\0"
    "past the as-of date\0"
    "aggressor within the text\0"
    "aggressor outside the text\0"
    "aggressor open to interpretation\0"
    "aggressor's kind unknown\0"
    "aggressor is the victim\0"
    "Article 6's wording amended\0";

template <>
inline constexpr EnumTexts enum_texts<DefenseReason>{defense_reason_names, sizeof defense_reason_names,
                                                     defense_reason_labels, sizeof defense_reason_labels};
}  // namespace detail

/// Does the wording of Article 4 in force cover the aggressor the question names?
enum class AggressorCoverage : std::uint8_t {
    not_assessed,    ///< no aggressor named, or no reading of the wording in force (no aggressor words)
    within_text,     ///< TextReach::within
    outside_text,    ///< TextReach::outside: Article 4 does not apply by its words
    interpretation,  ///< TextReach::interpretation: whether it applies is open
    kind_unknown,    ///< the aggressor is unknown and the wording covers some kinds of aggressor, not all
};

namespace detail {
inline constexpr char aggressor_coverage_names[] =
    "not_assessed\0"
    "within_text\0"
    "outside_text\0"
    "interpretation\0"
    "kind_unknown\0";
inline constexpr char aggressor_coverage_labels[] =
    "not assessed\0"
    "within the text\0"
    "outside the text\0"
    "a matter of interpretation\0"
    "depends on the aggressor's kind, which is unknown\0";
inline constexpr char divergence_names[] =
    "none\0"
    "no_deployment_recorded\0"
    "no_assistance_measure_recorded\0";
inline constexpr char divergence_labels[] =
    "no divergence recorded\0"
    "help was asked for or decided under Article 4, which obliges the necessary assistance, military included; the "
    "record read shows no deployment of forces\0"
    "Article 2 was invoked when its wording obliged the parties to develop and take measures to assist the threatened "
    "state; the record read shows no deployment and no mission\0";

template <>
inline constexpr EnumTexts enum_texts<AggressorCoverage>{aggressor_coverage_names, sizeof aggressor_coverage_names,
                                                         aggressor_coverage_labels, sizeof aggressor_coverage_labels};
}  // namespace detail

/// One reason of an assessment: its kind, its text and the citations behind it.
struct Reason {
    DefenseReason kind = DefenseReason::special_date;
    std::string_view text = {};
    CitationList sources = {};
};

namespace detail {
// The order reasons are listed in: from the day and the victim to the aggressor, the wording and
// the other members, as an assessment arrives at them.
inline constexpr DefenseReason reason_order[] = {DefenseReason::special_date,
                                                 DefenseReason::treaty_not_in_force,
                                                 DefenseReason::victim_not_member,
                                                 DefenseReason::victim_suspended,
                                                 DefenseReason::victim_membership_indeterminate,
                                                 DefenseReason::victim_participation_frozen,
                                                 DefenseReason::past_as_of,
                                                 DefenseReason::aggressor_is_victim,
                                                 DefenseReason::aggressor_is_member,
                                                 DefenseReason::aggressor_membership_indeterminate,
                                                 DefenseReason::aggressor_within_text,
                                                 DefenseReason::aggressor_outside_text,
                                                 DefenseReason::aggressor_open_to_interpretation,
                                                 DefenseReason::aggressor_kind_unknown,
                                                 DefenseReason::amended_text_in_force,
                                                 DefenseReason::obligations_indeterminate,
                                                 DefenseReason::obligated_participation_frozen,
                                                 DefenseReason::decision_wording_amended};
// The fixed texts, by DefenseReason, each ended by a NUL (read by name_in); empty where the text
// is the wording in force's own. Characters, not a table of views, which every user's build
// would evaluate; tests/collective_defense_test.cpp checks that there is one for every reason.
inline constexpr char reason_texts[] =
    "the date is a special value (not-a-date-time or an infinity)\0"
    "the Treaty entered into force only on 20 April 1994\0"
    "the state was not a party to the Treaty that day\0"
    "the state's membership was suspended that day\0"
    "the sources leave the state's membership that day open\0"
    "the state had frozen its participation but remained a member\0"
    "the aggressor is itself a member; Article 4 covers aggression by any state\0"
    "the sources leave the aggressor's membership open that day\0"
    "a member that had frozen its participation still owes what the Treaty obliges\0"
    "the sources leave some states' membership, or the article's application, open that day\0"
    "\0"
    "the day is after the data's as-of date; membership is extrapolated\0"
    "\0"
    "\0"
    "\0"
    "\0"
    "the aggressor named is, or includes, the victim; the victim is left out of it\0"
    "who decides on the use of armed forces is taken from Article 6 as worded in 1992; the 2010 Protocol amended "
    "Article 6, and its new wording was not read\0";
/// The fixed text of `kind`; empty where the text is the wording in force's own.
[[nodiscard]] constexpr std::string_view reason_text(DefenseReason kind) noexcept {
    return name_in(reason_texts, sizeof reason_texts, static_cast<std::size_t>(kind));
}
}  // namespace detail

/// The reasons of one assessment: at most one of each kind, held as bits (with, for the reasons
/// about a state, which state), allocation-free. A reason's text and citations are looked up in
/// the dataset only when it is read (iterating, find()), so an assessment costs no more for them.
/// Iterates in a fixed order (the order an assessment arrives at them) and yields Reason by value.
class Reasons {
public:
    /// One per DefenseReason: none is ever dropped. The last enumerator's value, not a count of
    /// the names' table, which would cost every user's build some 7 M instructions to evaluate;
    /// tests/collective_defense_test.cpp checks that no name lies past it.
    static constexpr std::size_t capacity = static_cast<std::size_t>(DefenseReason::decision_wording_amended) + 1;
    static_assert(std::size(detail::reason_order) == capacity, "every DefenseReason has a place in the order");

    /// A forward iterator yielding each reason (by value: its text and citations looked up then).
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Reason;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = Reason;

        constexpr const_iterator() noexcept = default;
        [[nodiscard]] constexpr Reason operator*() const noexcept {
            return reasons_->lookup(detail::reason_order[at_]);
        }
        constexpr const_iterator& operator++() noexcept {
            at_ = reasons_->next(at_ + 1);
            return *this;
        }
        constexpr const_iterator operator++(int) noexcept {
            const_iterator old = *this;
            ++*this;
            return old;
        }
        friend constexpr bool operator==(const_iterator a, const_iterator b) noexcept { return a.at_ == b.at_; }
        friend constexpr bool operator!=(const_iterator a, const_iterator b) noexcept { return a.at_ != b.at_; }

    private:
        friend class Reasons;
        constexpr const_iterator(const Reasons* reasons, std::size_t at) noexcept
            : reasons_(reasons), at_(reasons->next(at)) {}
        const Reasons* reasons_ = nullptr;
        std::size_t at_ = capacity;
    };
    using iterator = const_iterator;
    using value_type = Reason;

    /// No reasons (what an assessment starts from).
    constexpr Reasons() noexcept = default;
    /// No reasons yet, for an assessment of Article `article` on day `day` of `data`. The texts and
    /// citations are looked up in the tables `data` views (kept, as views: the Dataset value itself
    /// may go; its tables must stay, as for every answer's pointers).
    template <class Lazy = void>
    constexpr Reasons(const detail::LazyDataset<Lazy>& data, boost::gregorian::date day, int article) noexcept
        : lookup_(&Reasons::lookup_in<Lazy>),
          as_of_(data.as_of),
          intervals_(data.membership_intervals),
          interval_index_(data.interval_index),
          freezes_(data.participation_freezes),
          events_(data.treaty_events),
          articles_(data.articles),
          day_(day),
          article_(static_cast<std::uint8_t>(article)) {}

    /// Records `kind` (once: a second is ignored); `about` is the state a membership reason is
    /// about (the victim, the aggressor's member, the member left open or frozen).
    constexpr void add(DefenseReason kind, MemberState about) noexcept { add(kind, about.index()); }
    /// Records `kind` if it is not `none` (the number of reasons, `capacity`): for a reason picked from a table.
    constexpr void add_unless_none(std::size_t kind, MemberState about) noexcept {
        add(static_cast<DefenseReason>(kind < capacity ? kind : capacity), about.index());
    }
    /// Records `kind`, a reason about no state in particular.
    constexpr void add(DefenseReason kind) noexcept { add(kind, MemberState::count); }
    [[nodiscard]] constexpr bool contains(DefenseReason kind) const noexcept {
        const std::size_t i = static_cast<std::size_t>(kind);
        return i < capacity && (bits_ >> i & 1u) != 0;
    }
    /// The reason of that kind with its text and citations, or nullopt.
    template <class Lazy = void>
    [[nodiscard]] constexpr detail::Deferred<Optional<Reason>, Lazy> find(DefenseReason kind) const noexcept {
        if (!contains(kind)) return {};
        return lookup(kind);
    }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return const_iterator(this, 0); }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return const_iterator(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::uint32_t b = bits_; b != 0; b &= b - 1) ++n;
        return n;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// The raw set, bit i for the DefenseReason of value i: for hashing or compact storage.
    [[nodiscard]] constexpr std::uint32_t bits() const noexcept { return bits_; }

private:
    // Without a branch: position `capacity` (no reason) is a scratch slot and adds no bit; a kind
    // already recorded keeps its first state.
    constexpr void add(DefenseReason kind, std::size_t about) noexcept {
        const std::size_t i = static_cast<std::size_t>(kind) < capacity ? static_cast<std::size_t>(kind) : capacity;
        const std::uint32_t bit = (std::uint32_t{1} << i) & ((std::uint32_t{1} << capacity) - 1);
        about_[i] = (bits_ & bit) != 0 ? about_[i] : static_cast<std::uint8_t>(about);
        bits_ |= bit;
    }
    // The first reason at or after position `at` of reason_order that is present.
    [[nodiscard]] constexpr std::size_t next(std::size_t at) const noexcept {
        while (at < capacity && !contains(detail::reason_order[at])) ++at;
        return at;
    }
    // The text of `kind`, with its citations when the reasons were made for a dataset.
    [[nodiscard]] constexpr Reason lookup(DefenseReason kind) const noexcept {
        if (lookup_ != nullptr) return lookup_(*this, kind);
        return Reason{kind, detail::reason_text(kind), {}};
    }
    // The text and citations of `kind`, from the dataset: the state's membership, the wording in
    // force. A template reached through lookup_, so that the queries it calls are compiled only in
    // a file that makes an assessment (detail::LazyDataset).
    template <class Lazy>
    [[nodiscard]] static constexpr Reason lookup_in(const Reasons& reasons, DefenseReason kind) noexcept {
        const std::size_t i = static_cast<std::size_t>(kind);
        Reason r{kind, detail::reason_text(kind), {}};
        detail::LazyDataset<Lazy> data{};
        data.as_of = reasons.as_of_;
        data.membership_intervals = reasons.intervals_;
        data.interval_index = reasons.interval_index_;
        data.participation_freezes = reasons.freezes_;
        data.treaty_events = reasons.events_;
        data.articles = reasons.articles_;
        switch (kind) {
            case DefenseReason::treaty_not_in_force: {
                const auto entry = find_event(TreatyEventKind::entry_into_force, data);
                if (entry) r.sources = entry->sources;
                break;
            }
            case DefenseReason::victim_not_member:
            case DefenseReason::victim_suspended:
            case DefenseReason::victim_membership_indeterminate:
            case DefenseReason::victim_participation_frozen:
            case DefenseReason::aggressor_is_member:
            case DefenseReason::aggressor_membership_indeterminate:
            case DefenseReason::obligated_participation_frozen:
            case DefenseReason::obligations_indeterminate:
                if (const Optional<MemberState> s = MemberState::from_index(reasons.about_[i]))
                    r.sources = status_on(*s, reasons.day_, data).sources();
                break;
            case DefenseReason::amended_text_in_force:
            case DefenseReason::aggressor_within_text:
            case DefenseReason::aggressor_outside_text:
            case DefenseReason::aggressor_open_to_interpretation:
            case DefenseReason::aggressor_kind_unknown: {
                const auto a = article(detail::is(kind, DefenseReason::amended_text_in_force) ? reasons.article_ : 4,
                                       reasons.day_, data);
                if (!a || a->version() == nullptr) break;
                r.text = detail::is(kind, DefenseReason::amended_text_in_force) ? a->version()->change
                                                                                : a->version()->aggressor.reading;
                r.sources = a->sources();
                break;
            }
            case DefenseReason::decision_wording_amended:
                if (const auto a = article(6, reasons.day_, data)) r.sources = a->sources();
                break;
            case DefenseReason::special_date:
            case DefenseReason::past_as_of:
            case DefenseReason::aggressor_is_victim: break;
        }
        return r;
    }

    // lookup_in for the dataset's type; null: no dataset (a default Reasons), texts only.
    Reason (*lookup_)(const Reasons&, DefenseReason) noexcept = nullptr;
    // What the lookups read of the dataset: status_on's tables, the treaty's events, the articles.
    boost::gregorian::date as_of_ = boost::gregorian::date(boost::gregorian::not_a_date_time);
    Span<MembershipInterval> intervals_;
    Span<IntervalRange> interval_index_;
    Span<ParticipationFreeze> freezes_;
    TreatyEventList events_;
    Span<ArticleRecord> articles_;
    boost::gregorian::date day_ = boost::gregorian::date(boost::gregorian::not_a_date_time);
    std::uint32_t bits_ = 0;
    std::uint8_t article_ = 4;
    std::uint8_t about_[capacity + 1]{};
};

/// The forms of assistance Article 4 names.
enum class AssistanceForm : std::uint8_t { military_assistance, other_support };

namespace detail {
inline constexpr char assistance_form_names[] =
    "military_assistance\0"
    "other_support\0";
inline constexpr char assistance_form_labels[] =
    "military assistance\0"
    "other support\0";

template <>
inline constexpr EnumTexts enum_texts<AssistanceForm>{assistance_form_names, sizeof assistance_form_names,
                                                      assistance_form_labels, sizeof assistance_form_labels};
}  // namespace detail

/// The answer of collective_defense(): a plain result, like std::from_chars_result.
struct CollectiveDefense {
    /// Does Article 4 apply: the Treaty in force, the victim a member that day, and the aggressor
    /// (when named) within the wording in force? Indeterminate where any of these is open.
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
    Optional<Article> article;
    /// The victim's and the aggressor's membership that day.
    MembershipStatus victim_status;
    Optional<MembershipStatus> aggressor_status;
    /// The aggressor is, or includes, a member: the Treaty covers aggression "by any state or group
    /// of states"; the aggressor's members are excluded from the obligated.
    bool intra_alliance = false;
    Reasons reasons;
    /// The aggressor as the question named it (codes of the nine resolved to the states).
    Aggressor aggressor = {};
    /// Whether the wording of Article 4 in force covers that kind of aggressor, and the words it rests on.
    AggressorCoverage aggressor_coverage = AggressorCoverage::not_assessed;
    std::string_view aggressor_words = {};
    /// The aggressor's states that were (or may have been) members that day: excluded from the obligated.
    StateSet aggressor_members = {};
    /// What the victim asked for around that day and what followed (requests_concerning()).
    RequestsConcerning record = {};
    /// Does a request in the record diverge from the text it invokes (divergence() is not none)?
    bool record_diverges = false;

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
    Optional<Article> article;
    MembershipStatus threatened_status;
    Reasons reasons;
    /// What a threat may be a threat to under the wording in force (the 2010 wording adds stability).
    ThreatScope threats = {};
    /// The additional duty of the 2010 wording (from 19 December 2012): the parties also develop and
    /// take measures to assist the threatened states (ObligationKind::assist_threatened_states).
    bool assist_threatened = false;
    /// What the threatened state asked for around that day and what followed (requests_concerning()).
    RequestsConcerning record = {};
    /// Does a request in the record diverge from the text it invokes (divergence() is not none)?
    bool record_diverges = false;

    [[nodiscard]] constexpr bool has(DefenseReason kind) const noexcept { return reasons.contains(kind); }
};

namespace detail {
inline constexpr AssistanceForm assistance_forms[] = {AssistanceForm::military_assistance,
                                                      AssistanceForm::other_support};
inline constexpr std::string_view article_51 =
    std::string_view("the right to collective defense in accordance with Article 51 of the UN Charter", 79);
inline constexpr std::string_view heads_of_members = std::string_view("the heads of the member states (Article 6)", 42);

// The facts shared by Article 2 and Article 4: the treaty and the protected state's membership.
// Returns whether the article applies, and records the reasons.
// The reason each Standing of the protected state gives (Reasons::capacity: none), so that the
// reason is picked without a branch.
inline constexpr std::size_t victim_reason[] = {
    Reasons::capacity,                                                         // unknown
    static_cast<std::size_t>(DefenseReason::victim_not_member),                // not_yet_member
    Reasons::capacity,                                                         // member
    static_cast<std::size_t>(DefenseReason::victim_participation_frozen),      // member_participation_frozen
    static_cast<std::size_t>(DefenseReason::victim_membership_indeterminate),  // indeterminate
    static_cast<std::size_t>(DefenseReason::victim_suspended),                 // suspended
    static_cast<std::size_t>(DefenseReason::victim_not_member),                // former_member
};
template <class Lazy = void>
constexpr boost::logic::tribool assess_protected(const MemberState& state, boost::gregorian::date d,
                                                 const detail::LazyDataset<Lazy>& data, const MembershipStatus& status,
                                                 Reasons& reasons) noexcept {
    using boost::logic::tribool;
    if (d.is_special()) {
        reasons.add(DefenseReason::special_date);
        return boost::logic::indeterminate;
    }
    const tribool in_force = treaty_in_force(d, data);
    if (!in_force) reasons.add(DefenseReason::treaty_not_in_force);
    const std::size_t standing = static_cast<std::size_t>(status.standing);
    reasons.add_unless_none(standing < std::size(victim_reason) ? victim_reason[standing] : Reasons::capacity, state);
    if (status.past_as_of) reasons.add(DefenseReason::past_as_of);
    return in_force && status.is_member();
}

// Sorts every other state into certain / open by its membership that day (two masks of the
// compiled membership, not a query per state). `base` is whether the article applies on the
// treaty's and the protected state's facts alone (before the aggressor's kind).
template <class Lazy = void>
constexpr void sort_members(boost::gregorian::date d, const detail::LazyDataset<Lazy>& data,
                            boost::logic::tribool applies, boost::logic::tribool base, StateSet excluded,
                            StateSet& certain, StateSet& open, Reasons& reasons) noexcept {
    if (d.is_special() || !applies) return;  // nothing is known of a special day: nobody is sorted
    const SegmentMasks masks = segment_masks(data.membership_days, d);  // one search for both
    const StateSet members = StateSet::from_bits(masks.certain) - excluded;
    const StateSet membership_open = StateSet::from_bits(masks.open) - excluded;
    if (applies) {
        certain = members;
        open = membership_open;
    } else {
        open = members | membership_open;
    }
    if (!open.empty() && (!membership_open.empty() || boost::logic::indeterminate(base)))
        reasons.add(DefenseReason::obligations_indeterminate,
                    membership_open.empty() ? *open.begin() : *membership_open.begin());
    // A member is frozen when a freeze of its own covers the day (as status_on reads it).
    StateSet frozen;
    for (const ParticipationFreeze& freeze : data.participation_freezes)
        if (members.contains(freeze.state) && freeze.covers(d)) frozen.insert(freeze.state);
    if (!frozen.empty()) reasons.add(DefenseReason::obligated_participation_frozen, *frozen.begin());
}

// The aggressor with the nine's ISO codes read as those states (a group's, too).
template <class Lazy = void>
constexpr Aggressor resolve_codes(const Aggressor& aggressor, const detail::LazyDataset<Lazy>& data) noexcept {
    if (!detail::is(aggressor.kind(), AggressorKind::state) &&
        !detail::is(aggressor.kind(), AggressorKind::group_of_states))
        return aggressor;
    StateSet parties = aggressor.parties();
    IsoCode others[Aggressor::max_other_states]{};
    std::size_t count = 0;
    for (const IsoCode& code : aggressor.other_states()) {
        // The code in capitals, as find_state reads the nine's codes.
        if (const auto party = find_state(code.view(), data)) parties.insert(*party);
        else others[count++] = code;
    }
    if (detail::is(aggressor.kind(), AggressorKind::state))
        return count == 0 && parties.size() == 1 ? Aggressor(*parties.begin()) : aggressor;
    // BasicAggressor<Lazy>, which is Aggressor: named through Lazy, group() is compiled only in a
    // file that makes an assessment.
    return BasicAggressor<Lazy>::group(parties, Span<IsoCode>(others, count)).value_or(aggressor);
}

// How a wording's reach on one kind of aggressor reads as coverage.
constexpr AggressorCoverage coverage_of_reach(TextReach r) noexcept {
    return detail::is(r, TextReach::within)    ? AggressorCoverage::within_text
           : detail::is(r, TextReach::outside) ? AggressorCoverage::outside_text
                                               : AggressorCoverage::interpretation;
}

// How the wording of Article 4 in force reads on the aggressor's kind.
constexpr AggressorCoverage coverage_of(const Aggressor& aggressor, const AggressorScope& scope) noexcept {
    if (!aggressor.specified() || !scope.read()) return AggressorCoverage::not_assessed;
    switch (aggressor.kind()) {
        case AggressorKind::state: return coverage_of_reach(scope.state);
        case AggressorKind::group_of_states: return coverage_of_reach(scope.group_of_states);
        case AggressorKind::non_state: return coverage_of_reach(scope.non_state);
        case AggressorKind::unknown:
            return detail::is(scope.state, scope.group_of_states) && detail::is(scope.state, scope.non_state)
                       ? coverage_of_reach(scope.state)
                       : AggressorCoverage::kind_unknown;
        case AggressorKind::unspecified: break;
    }
    return AggressorCoverage::not_assessed;
}

constexpr boost::logic::tribool covered(AggressorCoverage c) noexcept {
    switch (c) {
        case AggressorCoverage::not_assessed:
        case AggressorCoverage::within_text: return true;
        case AggressorCoverage::outside_text: return false;
        case AggressorCoverage::interpretation:
        case AggressorCoverage::kind_unknown: break;
    }
    return boost::logic::indeterminate;
}

constexpr void add_coverage_reason(AggressorCoverage c, Reasons& reasons) noexcept {
    switch (c) {
        case AggressorCoverage::within_text: reasons.add(DefenseReason::aggressor_within_text); break;
        case AggressorCoverage::outside_text: reasons.add(DefenseReason::aggressor_outside_text); break;
        case AggressorCoverage::interpretation: reasons.add(DefenseReason::aggressor_open_to_interpretation); break;
        case AggressorCoverage::kind_unknown: reasons.add(DefenseReason::aggressor_kind_unknown); break;
        case AggressorCoverage::not_assessed: break;
    }
}

// The aggressor's states that are members that day: recorded, and flagged as intra-alliance.
template <class Lazy = void>
constexpr StateSet aggressor_members_on(StateSet parties, boost::gregorian::date d,
                                        const detail::LazyDataset<Lazy>& data, bool& intra_alliance,
                                        Reasons& reasons) noexcept {
    StateSet members;
    for (MemberState s : parties) {
        const MembershipStatus st = status_on(s, d, data);
        const boost::logic::tribool m = st.is_member();
        if (m) {
            members.insert(s);
            intra_alliance = true;
            reasons.add(DefenseReason::aggressor_is_member, s);
        } else if (detail::is(st.standing, Standing::indeterminate)) {
            members.insert(s);
            reasons.add(DefenseReason::aggressor_membership_indeterminate, s);
        }
    }
    return members;
}
}  // namespace detail

/// How the record of a request stands beside the text of the article it invokes: a plain
/// comparison of what the record read shows with what the text obliges, without judgement.
enum class Divergence : std::uint8_t {
    none,                    ///< no article invoked, a statement, or the record shows what the text obliges
    no_deployment_recorded,  ///< help asked or decided under Article 4; the record shows no deployment of forces
    no_assistance_measure_recorded,  ///< Article 2 invoked when its wording obliged measures to assist the
                                     ///< threatened state; the record shows no deployment and no mission
};

namespace detail {
template <>
inline constexpr EnumTexts enum_texts<Divergence>{divergence_names, sizeof divergence_names, divergence_labels,
                                                  sizeof divergence_labels};
}  // namespace detail

/// The article a request invokes: its own (Request::article) or, failing that, the first a
/// decision that followed it invokes; 0 when none is stated.
/// @complexity O(steps). Never throws.
[[nodiscard]] constexpr int invoked_article(const Request& r) noexcept {
    if (r.article != 0) return r.article;
    for (const RequestStep& s : r.steps)
        if (detail::is(s.kind, StepKind::decision) && s.article != 0) return s.article;
    return 0;
}

/// Compares the record of request `r` with the text of the article it invokes (invoked_article()),
/// as worded on the request's first day: Article 4 obliges the necessary assistance, military
/// included; Article 2 as amended (from 19 December 2012) also obliges measures to assist.
/// @complexity O(steps + versions). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr Divergence divergence(
    const Request& r, const detail::LazyDataset<Lazy>& data = detail::builtin_assessments<Lazy>) noexcept {
    if (!r.is_request()) return Divergence::none;
    bool deployed = false;
    bool mission = false;
    for (const RequestStep& s : r.steps) {
        deployed = deployed || detail::is(s.kind, StepKind::deployment);
        mission = mission || detail::is(s.kind, StepKind::mission);
    }
    const int invoked = invoked_article(r);
    if (invoked == 4 && detail::is(r.kind, RequestKind::assistance) && !deployed)
        return Divergence::no_deployment_recorded;
    if (invoked == 2 && !deployed && !mission) {
        const Optional<Article> article_2 = article(2, r.date.earliest(), data);
        if (article_2 && article_2->obliges(ObligationKind::assist_threatened_states))
            return Divergence::no_assistance_measure_recorded;
    }
    return Divergence::none;
}

namespace detail {
// Does any request in `record` diverge from the text it invokes?
template <class Lazy, class Record>
constexpr bool any_divergence(const Record& record, const detail::LazyDataset<Lazy>& data) noexcept {
    for (const Request& r : record)
        if (divergence(r, data) != Divergence::none) return true;
    return false;
}
}  // namespace detail

/// Assesses Article 4 for an aggression against `victim` on day `when` by `aggressor`.
/// @param victim     the state attacked
/// @param when       the day of the aggression
/// @param aggressor  who attacked (Aggressor): one of the nine (a MemberState converts), another
///                   state by ISO code, a group of states, a non-state actor, unknown, or
///                   unspecified (the default: the wording is not read for the aggressor). The
///                   wording in force that day says whether that kind of aggressor is within it
///                   (aggressor_coverage, with a reason and the words): outside makes `applies`
///                   false, a matter of interpretation makes it indeterminate. The aggressor's
///                   states that are members that day are excluded from the obligated and the case
///                   flagged intra_alliance; a former party is excluded from nothing (it owes
///                   nothing). The victim named as (part of) the aggressor is left out, with a reason.
/// @param data       the dataset to read (the built-in one by default).
/// @return the assessment, with the record of what the victim asked for around that day
///         (requests_concerning()); special date values give applies == indeterminate, no
///         obligations, no forms and no record (nothing is known of such a day).
/// @complexity O(states x intervals + requests x steps). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr CollectiveDefense collective_defense(
    const MemberState& victim, boost::gregorian::date when, const Aggressor& aggressor = {},
    const detail::LazyDataset<Lazy>& data = detail::builtin_assessments<Lazy>) noexcept {
    // Built from locals and returned whole: std::optional's assignment is not constexpr in C++17.
    const MembershipStatus victim_status = status_on(victim, when, data);
    Reasons reasons(data, when, 4);
    const boost::logic::tribool base = detail::assess_protected(victim, when, data, victim_status, reasons);
    const Optional<Article> article_4 = article(4, when, data);
    const Aggressor named = detail::resolve_codes(aggressor, data);
    StateSet parties = named.parties();
    if (parties.contains(victim)) {
        parties = parties - StateSet{victim};
        reasons.add(DefenseReason::aggressor_is_victim);
    }
    const bool single_party = detail::is(named.kind(), AggressorKind::state) && parties.size() == 1;
    bool intra_alliance = false;
    const StateSet aggressor_members =
        when.is_special() ? StateSet{} : detail::aggressor_members_on(parties, when, data, intra_alliance, reasons);
    const AggressorCoverage coverage = article_4 && article_4->version() != nullptr
                                           ? detail::coverage_of(named, article_4->version()->aggressor)
                                           : AggressorCoverage::not_assessed;
    detail::add_coverage_reason(coverage, reasons);
    if (article_4 && article_4->version() != nullptr && !article_4->version()->change.empty())
        reasons.add(DefenseReason::amended_text_in_force);
    const boost::logic::tribool applies = base && detail::covered(coverage);
    StateSet obligated;
    StateSet open;
    detail::sort_members(when, data, applies, base, StateSet{victim} | parties, obligated, open, reasons);
    const bool may_apply = !when.is_special() && !static_cast<bool>(!applies);
    const Optional<Article> article_6 = article(6, when, data);
    if (may_apply && article_6 && article_6->version() != nullptr && !article_6->substance_known() &&
        !article_6->version()->change.empty()) {
        reasons.add(DefenseReason::decision_wording_amended);
    }
    const RequestsConcerning record = requests_concerning(victim, when, data);
    return CollectiveDefense{
        applies, obligated, open, may_apply ? Span<AssistanceForm>(detail::assistance_forms) : Span<AssistanceForm>(),
        may_apply ? detail::article_51 : std::string_view(), may_apply,
        may_apply ? detail::heads_of_members : std::string_view(), article_4, victim_status,
        // Made in place (a prvalue): copying an optional's flag through a temporary stalls.
        single_party ? Optional<MembershipStatus>(status_on(*parties.begin(), when, data))
                     : Optional<MembershipStatus>(),
        intra_alliance, reasons, named, coverage,
        detail::is(coverage, AggressorCoverage::not_assessed) ? std::string_view()
                                                              : article_4->version()->aggressor.words,
        aggressor_members, record, detail::any_divergence<Lazy>(record, data)};
}

/// Assesses Article 2 for a threat (not an aggression) to `threatened` on day `when`: must the
/// members start joint consultations at once, who takes part, what threats the wording in force
/// covers, and (from 19 December 2012) whether they must also take measures to assist; with the
/// record of what the state asked for around that day.
/// @complexity O(states x intervals + requests x steps). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr JointConsultations joint_consultations(
    const MemberState& threatened, boost::gregorian::date when,
    const detail::LazyDataset<Lazy>& data = detail::builtin_assessments<Lazy>) noexcept {
    const MembershipStatus status = status_on(threatened, when, data);
    Reasons reasons(data, when, 2);
    const boost::logic::tribool applies = detail::assess_protected(threatened, when, data, status, reasons);
    const Optional<Article> article_2 = article(2, when, data);
    if (article_2 && article_2->version() != nullptr && !article_2->version()->change.empty())
        reasons.add(DefenseReason::amended_text_in_force);
    StateSet participants;
    StateSet open;
    detail::sort_members(when, data, applies, applies, {}, participants, open, reasons);
    const bool may_apply = !when.is_special() && !static_cast<bool>(!applies);
    const RequestsConcerning record = requests_concerning(threatened, when, data);
    return JointConsultations{
        applies,
        participants,
        open,
        article_2,
        status,
        reasons,
        article_2 && article_2->version() != nullptr ? article_2->version()->threats : ThreatScope{},
        may_apply && article_2 && article_2->obliges(ObligationKind::assist_threatened_states),
        record,
        detail::any_divergence<Lazy>(record, data)};
}

}  // namespace csto
