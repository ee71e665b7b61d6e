// The compile-fail runner's own test, not a case: with CSTO_COMPILE_FAIL this still builds, and the
// build only prints a message (a warning with clang++, a note with g++) naming "nodiscard". The
// test compile_fail.runner_requires_failure expects a failed build and must therefore itself fail
// (WILL_FAIL): a build that succeeds never passes as a compile failure, whatever it prints.
#ifdef CSTO_COMPILE_FAIL
#pragma message("nodiscard")
#endif

int main() { return 0; }
