# Regenerates every file derived from data/: the constexpr headers under include/csto/data/,
# docs/FACTS.md and the README's membership table (tools/compile_facts.py), then the timeline
# picture docs/timeline.svg (the timeline example, rebuilt against the new headers) and the exports'
# codebook docs/CODEBOOK.md (the export example's `export codebook`).
#   cmake -DPYTHON=python3 -DSOURCE_DIR=... -DBINARY_DIR=... [-DCONFIG=...] -DTIMELINE=... -DEXPORT=...
#         -P cmake/regenerate.cmake
execute_process(COMMAND "${PYTHON}" "${SOURCE_DIR}/tools/compile_facts.py" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "tools/compile_facts.py found errors in data/ (above); nothing was regenerated")
endif()
set(config_args)
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target timeline export ${config_args}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the timeline and export examples do not build against the regenerated headers")
endif()
execute_process(COMMAND "${TIMELINE}" OUTPUT_FILE "${SOURCE_DIR}/docs/timeline.svg" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the timeline example failed")
endif()
execute_process(COMMAND "${EXPORT}" codebook OUTPUT_FILE "${SOURCE_DIR}/docs/CODEBOOK.md" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "export codebook failed")
endif()
message(STATUS "regenerated include/csto/data/*.hpp, docs/FACTS.md, README.md's table, docs/timeline.svg and docs/CODEBOOK.md")
