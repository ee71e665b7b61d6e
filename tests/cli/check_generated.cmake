# Regenerates every file derived from data/ into OUTPUT (tools/compile_facts.py --output) and
# fails, naming each file, when a checked-in one differs: the tree must be what the data says.
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/compile_facts.py" --output "${OUTPUT}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "tools/compile_facts.py rejects data/ (errors above)")
endif()
file(GLOB_RECURSE generated RELATIVE "${OUTPUT}" "${OUTPUT}/*")
set(stale)
foreach(file IN LISTS generated)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT}/${file}" "${SOURCE_DIR}/${file}"
                    RESULT_VARIABLE differ)
    if(differ)
        list(APPEND stale "${file}")
    endif()
endforeach()
list(LENGTH generated count)
if(count LESS 15)
    message(FATAL_ERROR "expected every derived file under ${OUTPUT}, found ${count}")
endif()
if(stale)
    string(REPLACE ";" "\n  " stale "${stale}")
    message(FATAL_ERROR "out of date with data/:\n  ${stale}\nregenerate them: cmake --build --preset default --target regenerate")
endif()
