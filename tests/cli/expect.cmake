# Runs PROGRAM with ARGS (separated by '|'), and checks its exit status against EXIT and its
# output (stdout + stderr) against the regular expressions in EXPECT (separated by '|||').
# Optional:
#   EXPECT_STDOUT, EXPECT_STDERR  regular expressions (separated by '|||') for one stream alone
#   EMPTY_STDOUT, EMPTY_STDERR    ON: that stream must be empty
#   MAX_STDERR                    the most characters stderr may hold
#   JSON_STDOUT                   ON: stdout must be one JSON document
#   OUTPUT_FILE                   stdout goes to this file (e.g. /dev/full); the test prints
#                                 "skipped: no OUTPUT_FILE" (ctest's SKIP_REGULAR_EXPRESSION) when
#                                 it does not exist
#   LONG                          a number: each "{long}" in ARGS becomes that many 'x'
string(REPLACE "|" ";" args "${ARGS}")
if(DEFINED LONG)
    string(REPEAT "x" ${LONG} long)
    list(TRANSFORM args REPLACE "{long}" "${long}")
endif()
if(DEFINED OUTPUT_FILE AND NOT OUTPUT_FILE STREQUAL "")
    if(NOT EXISTS "${OUTPUT_FILE}")
        message(STATUS "skipped: no ${OUTPUT_FILE}")
        return()
    endif()
    execute_process(COMMAND "${PROGRAM}" ${args} RESULT_VARIABLE status OUTPUT_FILE "${OUTPUT_FILE}"
                    ERROR_VARIABLE err)
    set(out "")
else()
    execute_process(COMMAND "${PROGRAM}" ${args} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
set(all "${out}${err}")
if(NOT status EQUAL EXIT)
    message(FATAL_ERROR "exit status ${status}, expected ${EXIT}; output:\n${all}")
endif()
function(expect_all text patterns what)
    string(REPLACE "|||" ";" patterns "${patterns}")
    foreach(pattern IN LISTS patterns)
        if(NOT text MATCHES "${pattern}")
            message(FATAL_ERROR "${what} does not match '${pattern}':\n${text}")
        endif()
    endforeach()
endfunction()
expect_all("${all}" "${EXPECT}" "output")
expect_all("${out}" "${EXPECT_STDOUT}" "stdout")
expect_all("${err}" "${EXPECT_STDERR}" "stderr")
if(EMPTY_STDOUT AND NOT out STREQUAL "")
    message(FATAL_ERROR "stdout is not empty:\n${out}")
endif()
if(EMPTY_STDERR AND NOT err STREQUAL "")
    message(FATAL_ERROR "stderr is not empty:\n${err}")
endif()
if(JSON_STDOUT)
    string(JSON type ERROR_VARIABLE json_error TYPE "${out}")
    if(json_error)
        message(FATAL_ERROR "stdout is not JSON (${json_error}):\n${out}")
    endif()
endif()
if(DEFINED MAX_STDERR)
    string(LENGTH "${err}" length)
    if(length GREATER MAX_STDERR)
        message(FATAL_ERROR "stderr holds ${length} characters, more than ${MAX_STDERR}")
    endif()
endif()
message(STATUS "ok:\n${all}")
