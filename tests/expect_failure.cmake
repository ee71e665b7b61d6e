# Runs COMMAND (its words separated by '|') and passes only when it fails (a non-zero exit status
# or a signal) and its output (stdout + stderr) matches the regular expression PATTERN, which names
# the cause. For code that must not compile and programs that must stop: matching the text alone
# would let a success whose output happens to contain PATTERN (a warning, a note) pass.
string(REPLACE "|" ";" command "${COMMAND}")
execute_process(COMMAND ${command} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(status STREQUAL "0")
    message(FATAL_ERROR "succeeded, but must fail; output:\n${all}")
endif()
if(NOT all MATCHES "${PATTERN}")
    message(FATAL_ERROR "failed (${status}), but the output does not name the cause '${PATTERN}':\n${all}")
endif()
message(STATUS "failed as it must (${status}), naming the cause '${PATTERN}'")
