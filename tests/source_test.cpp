#include <csto/dataset.hpp>
#include <csto/sources.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <string_view>

using csto::Source;
using csto::SourceKind;
using csto::SourceList;
using csto::SourceRef;

namespace {
// Two sources written byte by byte as detail::SourcePool documents its layout: a wrong offset
// or width in the decoder reads other bytes and fails the checks below.
//   source 0: id "ab" (chunk 0 at 0, 2 bytes), title "cde" (chunk 0 at 2, 3 bytes), no location,
//             a seed document;
//   source 1: id "fg" (chunk 1 at 0), title "hij" (chunk 1 at 2), location "cde" (source 0's
//             title, shared), a reference.
constexpr char texts_0[] = "abcde";
constexpr char texts_1[] = "fghij";
constexpr const char* texts[] = {texts_0, texts_1};
constexpr char records[] =
    "\x00\x00\x00\x00\x02\x00"
    "\x00\x00\x02\x00\x03\x00"
    "\x00\x00\x00\x00\x00\x00"
    "\x00"
    "\x01\x00\x00\x00\x02\x00"
    "\x01\x00\x02\x00\x03\x00"
    "\x00\x00\x02\x00\x03\x00"
    "\x01";
constexpr const char* record_chunks[] = {records};
constexpr csto::detail::SourcePool pool{record_chunks, texts};
constexpr SourceList decoded_sources(pool, 0, 2);

constexpr Source by_hand_sources[] = {
    {"x", "a made-up seed", "here", SourceKind::seed_document},
    {"y", "a made-up reference", "there", SourceKind::reference},
};
constexpr SourceList by_hand(by_hand_sources);

// The decoder works in constant expressions, as the tables it reads are constexpr.
static_assert(sizeof records == 2 * csto::detail::source_record_size + 1);
static_assert(decoded_sources.size() == 2 && decoded_sources[0].id == "ab" && decoded_sources[0].title == "cde" &&
              decoded_sources[0].location.empty() && decoded_sources[0].kind == SourceKind::seed_document);
static_assert(decoded_sources[1].id == "fg" && decoded_sources[1].title == "hij" &&
              decoded_sources[1].location == "cde" && decoded_sources[1].kind == SourceKind::reference);
static_assert(decoded_sources.ref<SourceRef>(1)->id == "fg" && by_hand.ref<SourceRef>(1)->id == "y");
}  // namespace

TEST_CASE("SourceList: an decoded_sources source decodes to its id, title, location and kind, in order") {
    std::size_t n = 0;
    std::string_view titles[2];
    for (const Source& s : decoded_sources)
        if (n < 2) titles[n++] = s.title;
    CHECK(n == 2);
    CHECK(std::distance(decoded_sources.begin(), decoded_sources.end()) == 2);
    CHECK(titles[0] == "cde");
    CHECK(titles[1] == "hij");
    CHECK(decoded_sources[1].location == "cde");
    CHECK(decoded_sources[0].kind == SourceKind::seed_document);
    CHECK(decoded_sources[1].kind == SourceKind::reference);
    CHECK(SourceList().empty());
}

TEST_CASE("SourceList views an array of Source values as before") {
    REQUIRE(by_hand.size() == 2);
    CHECK(by_hand[0].title == "a made-up seed");
    CHECK(by_hand[1].location == "there");
    CHECK(by_hand.begin()->id == "x");
    CHECK(SourceList(csto::Span<Source>(by_hand_sources)).size() == 2);
}

TEST_CASE("SourceRef reads as a pointer: null, ->, *, and equal when it names the same source") {
    const SourceRef none;
    CHECK_FALSE(none);
    CHECK(none == nullptr);

    const SourceRef fg = decoded_sources.ref<SourceRef>(1);
    REQUIRE(fg);
    CHECK(fg != nullptr);
    CHECK(fg->id == "fg");
    CHECK((*fg).title == "hij");
    CHECK(fg == decoded_sources.ref<SourceRef>(1));
    CHECK(fg != decoded_sources.ref<SourceRef>(0));

    const SourceRef y = &by_hand_sources[1];
    CHECK(y->title == "a made-up reference");
    CHECK(by_hand.ref<SourceRef>(1) == y);
    CHECK(by_hand.ref<SourceRef>(0) != y);
    CHECK(y != fg);  // another table
}

TEST_CASE("find_source: a source by id, of the built-in release or of a dataset of your own") {
    const SourceRef mfa = csto::find_source("mfa-by-csto");
    REQUIRE(mfa);
    CHECK(mfa->title == "Ministry of Foreign Affairs of Belarus: page on the CSTO");
    CHECK(mfa->location == "https://mfa.gov.by/en/mulateral/organization/list/cddd96a3f70190b1.html");
    CHECK(mfa->kind == SourceKind::reference);
    CHECK(csto::find_source("000_6c4eab017748ff54.txt")->kind == SourceKind::seed_document);
    CHECK_FALSE(csto::find_source("no-such-source"));
    CHECK_FALSE(csto::find_source(""));
    static_assert(csto::find_source("tass-2012-06-28")->location == "https://tass.com/archive/678014");

    csto::Dataset mine;
    mine.sources = by_hand_sources;
    CHECK(csto::find_source("y", mine) == &by_hand_sources[1]);
    CHECK_FALSE(csto::find_source("mfa-by-csto", mine));
}
