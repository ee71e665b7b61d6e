// tests/encoded_chunks_test.cpp - every encoded chunk of the built-in data holds the bytes
// tools/compile_facts.py wrote, in the layout its decoder reads: the generated headers check each
// chunk's length and FNV-1a hash, and each kind of record's size and chunking against its
// decoder's, at compile time where CSTO_CHECK_ENCODED_CHUNKS is defined, as here (users' builds
// skip the checks: evaluating them would cost each of them). This file compiles only if they hold.
#define CSTO_CHECK_ENCODED_CHUNKS 1
#include <csto/csto.hpp>

#include <doctest/doctest.h>

// The checks are on in this file: holds_bytes is declared only where they are.
static_assert(csto::detail::holds_bytes("ab", 2, 0x4d2505cau), "the generated headers' checks are compiled here");

TEST_CASE("encoded chunks: the check rejects a changed byte, a wrong length and a missing end") {
    using csto::detail::holds_bytes;
    CHECK(holds_bytes("ab", 2, 0x4d2505cau));
    CHECK_FALSE(holds_bytes("ac", 2, 0x4d2505cau));  // a byte changed
    CHECK_FALSE(holds_bytes("ab", 1, 0x4d2505cau));  // one byte short
    constexpr char no_end[] = {'a', 'b', 'c'};
    CHECK_FALSE(holds_bytes(no_end, 2, 0x4d2505cau));  // the right bytes, then no NUL
    // A UTF-8 text counts its bytes: 'é' is two.
    CHECK(holds_bytes("é", 2, 0x1e9de8c1u));
}
