// csto/articles.hpp - the Treaty's text: article(), its purpose and its five-year terms.
#pragma once

#include <csto/article.hpp>
#include <csto/data/articles.hpp>
#include <csto/dataset.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/optional.hpp>
#include <csto/span.hpp>
#include <csto/treaty.hpp>
#include <csto/treaty_term.hpp>

namespace csto {

namespace detail {
/// The articles and treaty tables of the built-in release (what the queries below read by default).
template <class Lazy>
inline constexpr Dataset builtin_articles = [] {
    LazyDataset<Lazy> d = builtin_treaty<Lazy>;  // the articles read the treaty's days and events
    d.articles = data::articles<Lazy>;
    d.treaty_purpose = data::treaty_purpose;
    d.term_first = data::term_first_term;
    d.term_extension = data::term_extension;
    d.term_renewal = data::term_automatic_renewal;
    return d;
}();
}  // namespace detail

/// The rows of the articles table (1 to 12), each with every version.
template <class Lazy = void>
[[nodiscard]] constexpr Span<ArticleRecord> article_records(
    const detail::LazyDataset<Lazy>& data = detail::builtin_articles<Lazy>) noexcept {
    return data.articles;
}

namespace detail {
// The day the Treaty was signed (its earliest day): the compiled membership's copy where the
// dataset has one (decoding the event took a third of a collective_defense query), else the
// event's; 0 when the dataset has neither.
template <class Lazy>
[[nodiscard]] constexpr day_number signature_day(const LazyDataset<Lazy>& data) noexcept {
    if (data.membership_days.treaty_signed != 0) return data.membership_days.treaty_signed;
    const auto signed_on = find_event(TreatyEventKind::treaty_signed, data);
    return signed_on ? signed_on->when.earliest().day_number() : 0;
}
}  // namespace detail

/// Article `number` as it read on day `d` (as signed on 15 May 1992, or as amended since).
/// @return nullopt for a number outside 1..12, a day before the signature, or a special value.
///         Articles 9 to 12 come back with substance_known() false.
/// @complexity O(versions). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Article>, Lazy> article(
    int number, boost::gregorian::date d,
    const detail::LazyDataset<Lazy>& data = detail::builtin_articles<Lazy>) noexcept {
    if (number < 1 || static_cast<std::size_t>(number) > data.articles.size() || d.is_special()) return {};
    const day_number signed_on = detail::signature_day<Lazy>(data);
    if (signed_on == 0 || d.day_number() < signed_on) return {};
    const ArticleRecord& record = data.articles[static_cast<std::size_t>(number) - 1];
    const ArticleVersion* in_force = nullptr;
    for (const ArticleVersion& v : record.versions)
        if (v.from.reached_by(d)) in_force = &v;
    return Article(record, in_force);
}

/// Article `number` as it reads today (its latest version); nullopt outside 1..12.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<Article>, Lazy> article(
    int number, const detail::LazyDataset<Lazy>& data = detail::builtin_articles<Lazy>) noexcept {
    if (number < 1 || static_cast<std::size_t>(number) > data.articles.size()) return {};
    const ArticleRecord& record = data.articles[static_cast<std::size_t>(number) - 1];
    return Article(record, record.versions.empty() ? nullptr : &record.versions.back());
}

/// What the Treaty is for, as the seed documents put it.
template <class Lazy = void>
[[nodiscard]] constexpr CitationList treaty_purpose(
    const detail::LazyDataset<Lazy>& data = detail::builtin_articles<Lazy>) noexcept {
    return data.treaty_purpose;
}

/// The five-year term of the Treaty that day `d` falls in: the first from entry into force
/// (1994-04-20 to 1999-04-20), the 1999 Protocol's extension from 1999-04-21, then automatic
/// five-year renewals (extrapolated past the data's as-of date).
/// @return nullopt before entry into force, for special values, and where the term's end would
///         pass Boost's year 9999.
/// @complexity O(1). Never throws, never allocates.
template <class Lazy = void>
[[nodiscard]] constexpr detail::Deferred<Optional<TreatyTerm>, Lazy> term_on(
    boost::gregorian::date d, const detail::LazyDataset<Lazy>& data = detail::builtin_articles<Lazy>) noexcept {
    using boost::gregorian::date;
    const auto entry_event = find_event(TreatyEventKind::entry_into_force, data);
    const auto extension_event = find_event(TreatyEventKind::extension_term_began, data);
    if (!entry_event || !extension_event) return {};
    const DateRange entry = entry_event->when;
    const DateRange extension = extension_event->when;
    if (d.is_special() || d < entry.earliest()) return {};
    if (d < extension.earliest()) return TreatyTerm{1, TermBasis::first_term, entry, extension, data.term_first};
    const auto start = extension.earliest().year_month_day();
    int n = (static_cast<int>(d.year()) - static_cast<int>(start.year)) / 5;
    auto term_start = [&](int k) {
        return date(static_cast<unsigned short>(start.year + 5 * k), start.month, start.day);
    };
    if (d < term_start(n)) --n;
    if (static_cast<int>(start.year) + 5 * (n + 1) > 9999) return {};
    const date from = term_start(n);
    const date until = term_start(n + 1);
    return TreatyTerm{2 + n, n == 0 ? TermBasis::extension : TermBasis::automatic_renewal, DateRange::on(from),
                      DateRange::on(until), n == 0 ? data.term_extension : data.term_renewal};
}

}  // namespace csto
