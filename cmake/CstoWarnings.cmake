# csto_enable_warnings(<target>): the warnings every target of csto's own is built with.
# Consumers of csto::csto are not affected.
function(csto_enable_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /WX /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    endif()
endfunction()
