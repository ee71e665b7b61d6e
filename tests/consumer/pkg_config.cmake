# Compiles tests/consumer/main.cpp with `-std=c++17 $(pkg-config --cflags csto)` against the staged
# prefix, and tests/consumer/cxx20.cpp with `-std=c++20 $(pkg-config --cflags csto)`, then runs them.
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")
execute_process(COMMAND pkg-config --cflags csto OUTPUT_VARIABLE cflags RESULT_VARIABLE status
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "pkg-config --cflags csto failed")
endif()
message(STATUS "pkg-config --cflags csto: ${cflags}")
if(NOT cflags MATCHES "${PREFIX}")
    message(FATAL_ERROR "the include path does not point into the staged prefix")
endif()
if(cflags MATCHES "-std=")
    message(FATAL_ERROR "csto.pc sets the language standard; the user's -std must stay in force")
endif()
separate_arguments(cflags UNIX_COMMAND "${cflags}")

# Builds `source` with the user's flags (the arguments after it) first and pkg-config's after them,
# as `c++ FLAGS $(pkg-config --cflags csto) file.cpp` does, then runs it.
function(build_and_run name source)
    set(program "${OUTPUT}${name}")
    execute_process(COMMAND "${CXX}" ${ARGN} ${cflags} "${source}" -o "${program}" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "compiling ${source} with '${ARGN}' and pkg-config's flags failed")
    endif()
    execute_process(COMMAND "${program}" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "the consumer ${source} built with pkg-config's flags answered wrongly")
    endif()
endfunction()

# A C++17 user (the flag is the user's: csto.pc sets no standard, and clang++ before 16 defaults to
# C++14).
build_and_run("" "${SOURCE}" -std=c++17)
# A C++20 user: pkg-config's flags must leave -std=c++20 in force (cxx20.cpp asserts __cplusplus).
build_and_run("-cxx20" "${SOURCE_CXX20}" -std=c++20)
