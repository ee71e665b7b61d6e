// libFuzzer target: csto-query's argument handling. The input is split at NUL bytes into
// arguments; whatever they are, the program answers (0) or rejects them (2), never crashes.
#define CSTO_QUERY_NO_MAIN
#include "../../examples/csto_query.cpp"

#include <cstdint>
#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string_view> args;
    const char* text = reinterpret_cast<const char*>(data);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size; ++i) {
        if (i == size || text[i] == '\0') {
            args.emplace_back(text + start, i - start);
            start = i + 1;
        }
    }
    if (args.size() > 8) return 0;  // the commands take at most five words
    std::ostringstream sink;
    auto* out = std::cout.rdbuf(sink.rdbuf());
    auto* err = std::cerr.rdbuf(sink.rdbuf());
    json_output = false;
    const int status = run(args);
    std::cout.rdbuf(out);
    std::cerr.rdbuf(err);
    if (status != exit_answered && status != exit_bad_input) std::abort();
    return 0;
}
