#include "test_support.hpp"

#include <csto/citation.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string_view>

using namespace csto_test;
using boost::gregorian::date;
using csto::Citation;
using csto::CitationForm;
using csto::CitationList;
using csto::Field;
using csto::Precision;

namespace {
constexpr csto::Source made_up_sources[] = {
    {"seed.txt", "a seed", "here", csto::SourceKind::seed_document},
    {"ref", "a reference", "there", csto::SourceKind::reference},
};

// Two citations written byte by byte as csto/citation.hpp documents its layout: a wrong
// offset or width in the decoder reads other bytes and fails the checks below.
//   source 1, form quote, dated 1 + Precision::day, text in chunk 0 at 2, of length 3, 15 May
//   1992 (Julian day 2448758), one day, supports date|place (bits 0 and 4);
//   source 0, form paraphrase, dated 1 + Precision::month, text in chunk 1 at 0, of length 4, 1
//   to 30 April 1994 (2449444, 29 days more), supports bit 36 (the 37th field, holders).
constexpr char made_up_texts_0[] = "xxabc";
constexpr char made_up_texts_1[] = "defg";
constexpr const char* made_up_texts[] = {made_up_texts_0, made_up_texts_1};
constexpr char made_up_records[] =
    "\x01\x00\x00\x01\x00\x00\x02\x00\x03\x00\x76\x5d\x25\x00\x00\x00\x11\x00\x00\x00\x00\x00\x00\x00"
    "\x00\x00\x01\x02\x01\x00\x00\x00\x04\x00\x24\x60\x25\x00\x1d\x00\x00\x00\x00\x00\x10\x00\x00\x00";
constexpr const char* made_up_record_chunks[] = {made_up_records};
constexpr csto::detail::CitationPool made_up_pool{made_up_record_chunks, made_up_texts, made_up_sources};
constexpr CitationList encoded(made_up_pool, 0, 2);

// The decoder works in constant expressions, as the tables it reads are constexpr.
static_assert(encoded.size() == 2 && encoded[0].text == "abc" && encoded[1].text == "defg");
static_assert(encoded[0].source == &made_up_sources[1] && encoded[1].source == &made_up_sources[0]);
}  // namespace

TEST_CASE("CitationList: an encoded citation decodes to its source, text, form, dates and fields") {
    const Citation first = encoded[0];
    CHECK(first.source->id == "ref");
    CHECK(first.text == "abc");
    CHECK(first.form == CitationForm::quote);
    REQUIRE(first.dates.has_value());
    CHECK(first.dates->precision() == Precision::day);
    CHECK(first.dates->earliest() == date(1992, 5, 15));
    CHECK(first.dates->latest() == date(1992, 5, 15));
    CHECK(first.states(Field::date));
    CHECK(first.states(Field::place));
    CHECK_FALSE(first.states(Field::start));
    CHECK(first.supports == 0x11u);

    const Citation second = encoded.back();
    CHECK(second.source->id == "seed.txt");
    CHECK(second.text == "defg");
    CHECK(second.form == CitationForm::paraphrase);
    REQUIRE(second.dates.has_value());
    CHECK(second.dates->precision() == Precision::month);
    CHECK(second.dates->earliest() == date(1994, 4, 1));
    CHECK(second.dates->latest() == date(1994, 4, 30));
    CHECK(second.supports == std::uint64_t{1} << 36);
    CHECK(second.states(Field::holders));

    // A list of part of the pool: the second citation only.
    const CitationList tail(made_up_pool, 1, 1);
    REQUIRE(tail.size() == 1);
    CHECK(tail.front().text == "defg");
    // subspan, clamped as Span's is.
    const CitationList second_only = encoded.subspan(1, 5);
    REQUIRE(second_only.size() == 1);
    CHECK(second_only[0].text == "defg");
    CHECK(encoded.subspan(0, 1).back().text == "abc");
    CHECK(encoded.subspan(3, 1).empty());
}

TEST_CASE("CitationList: over a table of Citation values, as a Dataset of your own holds them") {
    static constexpr Citation table[] = {
        {&made_up_sources[0], "one", {}, 0, CitationForm::quote},
        {&made_up_sources[1], "two", csto::DateRange::on(2002, 10, 7), csto::field_bit(Field::date)},
    };
    const CitationList list = table;
    REQUIRE(list.size() == 2);
    CHECK_FALSE(list.empty());
    CHECK(list[0].text == "one");
    CHECK_FALSE(list[0].dates.has_value());
    CHECK(list.back().dates->earliest() == date(2002, 10, 7));
    const CitationList from_span = csto::Span<Citation>(table);
    CHECK(from_span.size() == 2);
    CHECK(from_span[1].text == "two");
    CHECK(list.subspan(1, 1).front().text == "two");
    CHECK(CitationList().empty());
    CHECK(CitationList().begin() == CitationList().end());
}

TEST_CASE("CitationList: its iterator is random-access and outlives the list it came from") {
    CitationList::const_iterator first;
    CitationList::const_iterator last;
    {
        const CitationList list(made_up_pool, 0, 2);
        first = list.begin();
        last = list.end();
    }
    CHECK(last - first == 2);
    CHECK((*first).text == "abc");
    CHECK(first[1].text == "defg");
    CHECK((first + 1)->text == "defg");
    CHECK(first->source->id == "ref");
    auto it = first;
    ++it;
    CHECK(it != first);
    CHECK(first < it);
    CHECK(it - 1 == first);
    --it;
    CHECK(it == first);
    it += 2;
    CHECK(it == last);
    const auto found = std::find_if(first, last, [](const Citation& c) { return c.text == "defg"; });
    CHECK(std::distance(first, found) == 1);
}

TEST_CASE("CitationList: the built-in citations decode to what data/articles.toml says") {
    // [purpose] cites s000-principal-goal first: seed 000's words, undated.
    const CitationList purpose = csto::treaty_purpose();
    REQUIRE(purpose.size() == 3);
    CHECK(purpose[0].source->id == "000_6c4eab017748ff54.txt");
    CHECK(purpose[0].text ==
          "Its principal goal was to guarantee the security, stability, territorial integrity, and sovereignty "
          "of the parties involved in this treaty.");
    CHECK(purpose[0].is_verbatim());
    CHECK_FALSE(purpose[0].dates.has_value());
    int from_seeds = 0;
    for (const Citation& c : purpose) from_seeds += c.source->kind == csto::SourceKind::seed_document ? 1 : 0;
    CHECK(from_seeds == 3);
}
