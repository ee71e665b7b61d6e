// csto's headers do not include <optional> (it costs every including file some 40 million
// compiler instructions): this file, which includes them all and not <optional>, must not see it.
#include <csto/csto.hpp>
#include <csto/io.hpp>
#include <csto/parse.hpp>

// <optional>'s include guards (libstdc++, libc++); __cpp_lib_optional is <version>'s too.
#if defined(_GLIBCXX_OPTIONAL) || defined(_LIBCPP_OPTIONAL)
#error "a csto header includes <optional>"
#endif
#if !defined(__GLIBCXX__) && !defined(_LIBCPP_VERSION)
#error "which standard library is this? teach this test its <optional> include guard"
#endif

int main() {
    // The answers still read as optionals do.
    const csto::Optional<csto::MemberState> armenia = csto::find_state("Armenia");
    return armenia && !csto::find_state("Atlantis") ? 0 : 1;
}
