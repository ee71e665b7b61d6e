// A user's program built with -fno-exceptions: every csto header compiles so, the queries answer,
// and a day that does not exist, met at run time, ends the program (std::abort, after a message on
// stderr) instead of throwing. Run with no argument: the queries (exit 0 when all answer right).
// With "impossible-day" or "reversed-range": the invalid call, which must abort.
#include <csto/csto.hpp>
#include <csto/io.hpp>
#include <csto/parse.hpp>

#include <boost/throw_exception.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#error "this test must be compiled with -fno-exceptions"
#endif

// Boost (BOOST_NO_EXCEPTIONS) asks the program to say what a failed check in Boost's own code does.
namespace boost {
void throw_exception(const std::exception& e) {
    std::fprintf(stderr, "boost: %s\n", e.what());
    std::abort();
}
void throw_exception(const std::exception& e, const boost::source_location&) { throw_exception(e); }
}  // namespace boost

namespace {
int failures = 0;
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "wrong: %s\n", what);
        ++failures;
    }
}
}  // namespace

int main(int argc, char** argv) {
    namespace g = boost::gregorian;
    namespace st = csto::states;
    const std::string_view mode = argc > 1 ? argv[1] : "";
    // Run-time values, so the compiler cannot evaluate the invalid calls early.
    const int february = argc > 0 ? 2 : 3;
    if (mode == "impossible-day") {
        const auto r = csto::DateRange::on(2023, february, 29);
        std::printf("not reached: %s\n", csto::to_string(r).c_str());
        return 0;
    }
    if (mode == "reversed-range") {
        const auto r = csto::DateRange::between(g::date(2006, 8, 16), g::date(2006, february + 4, 23));
        std::printf("not reached: %s\n", csto::to_string(r).c_str());
        return 0;
    }

    const auto uz = csto::find_state("Uzbekistan");
    check(uz == st::uzbekistan, "find_state");
    check(static_cast<bool>(csto::is_member(st::uzbekistan, g::date(2010, 5, 1))), "is_member 2010");
    check(static_cast<bool>(!csto::is_member(st::uzbekistan, g::date(2015, 1, 1))), "is_member 2015");
    check(csto::members_on(g::date(2017, 5, 15)).size() == 6, "members_on");
    check(csto::status_on(st::armenia, g::date(2024, 6, 1)).standing == csto::Standing::member_participation_frozen,
          "status_on");
    check(csto::summits_between(g::date(2020, 12, 1), g::date(2020, 12, 2)).count() == 3, "summits_between");
    check(csto::parse_date("2010-05-01") == g::date(2010, 5, 1), "parse_date");
    check(!csto::parse_date("2010-02-30"), "parse_date of 30 February");
    check(csto::to_string(csto::DateRange::on(2023, february, 28)) == "2023-02-28", "DateRange::on at run time");
    check(static_cast<bool>(csto::collective_defense(st::tajikistan, g::date(2024, 5, 16)).applies),
          "collective_defense");
    std::printf("without exceptions: %s\n", failures == 0 ? "ok" : "WRONG");
    return failures == 0 ? 0 : 1;
}
