// csto/participant.hpp - Participant: who represented a state at a meeting, in what office.
#pragma once

#include <csto/citation.hpp>
#include <csto/detail/encoded.hpp>
#include <csto/detail/enum_name.hpp>
#include <csto/detail/lazy.hpp>
#include <csto/member_state.hpp>
#include <csto/person.hpp>
#include <csto/record_list.hpp>

#include <cstdint>
#include <string_view>

namespace csto {

/// The office a person held on the day of a meeting, as the source gives it.
enum class Office : std::uint8_t {
    president,
    acting_president,
    prime_minister,
    foreign_minister,
    defense_minister,
    press_secretary,
};

namespace detail {
inline constexpr char office_names[] =
    "president\0"
    "acting_president\0"
    "prime_minister\0"
    "foreign_minister\0"
    "defense_minister\0"
    "press_secretary\0";
inline constexpr char office_labels[] =
    "President\0"
    "Acting President\0"
    "Prime Minister\0"
    "Minister of Foreign Affairs\0"
    "Minister of Defense\0"
    "Press Secretary\0";

template <>
inline constexpr EnumTexts enum_texts<Office>{office_names, sizeof office_names, office_labels, sizeof office_labels};
}  // namespace detail

/// How a participant took part.
enum class Attendance : std::uint8_t { in_person, by_video };

namespace detail {
inline constexpr char attendance_names[] =
    "in_person\0"
    "by_video\0";
inline constexpr char attendance_labels[] =
    "in person\0"
    "by video\0";

template <>
inline constexpr EnumTexts enum_texts<Attendance>{attendance_names, sizeof attendance_names, attendance_labels,
                                                  sizeof attendance_labels};
}  // namespace detail

/// One state's representative at one meeting.
class Participant {
public:
    constexpr Participant(const Person& person, Office office, MemberState state, Attendance attendance,
                          std::string_view spelled, CitationList sources) noexcept
        : person_(&person),
          office_(office),
          state_(state),
          attendance_(attendance),
          spelled_(spelled),
          sources_(sources) {}

    /// The person's name in this library's form.
    [[nodiscard]] constexpr std::string_view name() const noexcept { return person_->name; }
    /// The name as this meeting's source spells it.
    [[nodiscard]] constexpr std::string_view spelled() const noexcept { return spelled_; }
    [[nodiscard]] constexpr const Person& person() const noexcept { return *person_; }
    [[nodiscard]] constexpr Office office() const noexcept { return office_; }
    [[nodiscard]] constexpr MemberState state() const noexcept { return state_; }
    [[nodiscard]] constexpr Attendance attendance() const noexcept { return attendance_; }
    [[nodiscard]] constexpr CitationList sources() const noexcept { return sources_; }

private:
    const Person* person_;
    Office office_;
    MemberState state_;
    Attendance attendance_;
    std::string_view spelled_;
    CitationList sources_;
};

namespace detail {
/// The built-in meetings' participants as bytes (tools/compile_facts.py, meetings_hpp), one record
/// of participant_record_size bytes each, little-endian: 0 the person's index in `people`, 2 bytes;
/// 2 office, 3 state's index, 4 attendance, 1 byte each; 5 the spelling, its text chunk, offset and
/// length (text_at), 2 bytes each; 11 sources, first citation 4 bytes, then count 2 (list_at). A
/// table of Participant values cost every user's clang++ build some 0.8 M instructions a row.
inline constexpr std::size_t participant_record_size = 17;
inline constexpr std::size_t participant_records_per_chunk = 2048;  // 34 KB of records a literal

struct ParticipantPool {
    const char* const* records;  ///< chunk k holds records k * participant_records_per_chunk on
    const CitationPool* citations;
    const Person* people;  ///< what a record's person index counts in

    /// Participant `row`, decoded. A template (Lazy is never given) so that only a file reading a
    /// participant compiles the decoding.
    template <class Lazy = void>
    [[nodiscard]] constexpr Participant operator[](std::size_t row) const noexcept {
        const auto r = record_at(lazy<Lazy>(records), row, participant_records_per_chunk, participant_record_size);
        return Participant(people[read_le(r, 2)], static_cast<Office>(r[2]),
                           member_states[static_cast<unsigned char>(r[3])], static_cast<Attendance>(r[4]),
                           text_at(citations->texts, r + 5), list_at<CitationList>(*citations, r + 11));
    }
};
}  // namespace detail

/// The representatives at a meeting: a RecordList (yields each Participant by value), converting
/// implicitly from an array of Participant or a Span of them.
using ParticipantList = RecordList<Participant, detail::ParticipantPool>;

}  // namespace csto
