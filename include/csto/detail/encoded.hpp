// csto/detail/encoded.hpp - reading the data compiler's encoded records: little-endian numbers,
// a record in its chunk, a text a record names. The citations (csto/citation.hpp), the sources
// (csto/source.hpp), the meetings (csto/summit.hpp) and the institutions (csto/institution.hpp) are
// stored this way, as bytes in string literals, which cost a user's build far less to read than
// tables of values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace csto::detail {

// The data compiler counts the texts' offsets in UTF-8 bytes, as written in the headers: a
// compiler that read or stored those bytes otherwise would misread every text.
static_assert(sizeof("é") == 3, "csto's texts are UTF-8: compile with UTF-8 source and execution character sets");

#ifdef CSTO_CHECK_ENCODED_CHUNKS
/// Does the literal at `chunk` hold the `size` bytes of FNV-1a hash `hash` and then its NUL? The
/// generated headers' check of each encoded chunk, compiled only where
/// CSTO_CHECK_ENCODED_CHUNKS is defined (tests/encoded_chunks_test.cpp): evaluating every chunk
/// would cost every user's build.
[[nodiscard]] constexpr bool holds_bytes(const char* chunk, std::size_t size, std::uint32_t hash) noexcept {
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < size; ++i) h = (h ^ static_cast<unsigned char>(chunk[i])) * 16777619u;
    return h == hash && chunk[size] == '\0';
}
#endif

/// The little-endian number in the `count` bytes from `bytes` on.
[[nodiscard]] constexpr std::uint64_t read_le(const char* bytes, std::size_t count) noexcept {
    std::uint64_t value = 0;
    for (std::size_t i = count; i-- > 0;) value = value << 8 | static_cast<unsigned char>(bytes[i]);
    return value;
}

/// Record `i` of an encoded table cut into chunks of `per_chunk` records of `size` bytes each.
[[nodiscard]] constexpr const char* record_at(const char* const* chunks, std::size_t i, std::size_t per_chunk,
                                              std::size_t size) noexcept {
    return chunks[i / per_chunk] + i % per_chunk * size;
}

/// The text an encoded record names at `at`: its chunk in `texts`, offset and length, 2 bytes each.
[[nodiscard]] constexpr std::string_view text_at(const char* const* texts, const char* at) noexcept {
    return {texts[read_le(at, 2)] + read_le(at + 2, 2), static_cast<std::size_t>(read_le(at + 4, 2))};
}

/// The list (a RecordList) an encoded record names at `at`: its first row in `pool`, 4 bytes, then
/// its count, 2 bytes.
template <class List, class Pool>
[[nodiscard]] constexpr List list_at(const Pool& pool, const char* at) noexcept {
    return List(pool, static_cast<std::uint32_t>(read_le(at, 4)), static_cast<std::uint32_t>(read_le(at + 4, 2)));
}

/// A list of texts as bytes: a record of text_record_size bytes per text (text_at's three numbers).
inline constexpr std::size_t text_record_size = 6;
inline constexpr std::size_t text_records_per_chunk = 2048;  // 12 KB of records a literal

struct TextPool {
    const char* const* records;  ///< chunk k holds records k * text_records_per_chunk on
    const char* const* texts;    ///< the texts the records name

    /// Text `row`.
    [[nodiscard]] constexpr std::string_view operator[](std::size_t row) const noexcept {
        return text_at(texts, record_at(records, row, text_records_per_chunk, text_record_size));
    }
};

}  // namespace csto::detail
