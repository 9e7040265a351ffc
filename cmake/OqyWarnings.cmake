# Warnings apply to Oqy's own targets only; third-party headers come in as SYSTEM includes.
function(oqy_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(OQY_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
