# The data grown N times: tools/compile_facts.py --synthetic N writes the headers of a made-up
# dataset N times the real one; tests/growth/growth_check.cpp must then compile with the compiler
# under test, every constant expression held to 65,536 steps (a whole-table or quadratic evaluation
# in a user's build would exceed it), and run with each copy answering as the first does.
#
#   cmake -DPYTHON=python3 -DSOURCE_DIR=. -DWORK_DIR=build/growth -DCXX=g++ -DCXX_ID=GNU -DSTD=17
#         -DCOPIES=10 -P tests/growth/check_growth.cmake
foreach(var PYTHON SOURCE_DIR WORK_DIR CXX CXX_ID STD COPIES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_growth.cmake: -D${var}=... is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/compile_facts.py" --synthetic ${COPIES} --output "${WORK_DIR}"
    RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "the data compiler failed on the synthetic dataset (${rc})")
endif()

if(CXX_ID STREQUAL "GNU")
    set(limit -fconstexpr-ops-limit=65536)
elseif(CXX_ID MATCHES "Clang")
    set(limit -fconstexpr-steps=65536)
else()
    message(FATAL_ERROR "check_growth.cmake: no constexpr limit known for ${CXX_ID}")
endif()
execute_process(COMMAND "${CXX}" -std=c++${STD} -O1 -Wall -Wextra -Wpedantic -Werror ${limit}
    "-I${WORK_DIR}/include" "-I${SOURCE_DIR}/include" "${SOURCE_DIR}/tests/growth/growth_check.cpp"
    -o "${WORK_DIR}/growth_check"
    RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "the headers do not build on ${COPIES}x the data with ${CXX} (${rc})")
endif()
execute_process(COMMAND "${WORK_DIR}/growth_check" RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "the queries answer wrongly on ${COPIES}x the data (${rc})")
endif()
