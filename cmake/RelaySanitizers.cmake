# SPDX-License-Identifier: MIT
# RELAY_SANITIZE: sanitizers for every target of the project (scripts/sanitizers.sh builds both).
#   -DRELAY_SANITIZE="address;undefined"   ASan (with LeakSanitizer) + UBSan
#   -DRELAY_SANITIZE=thread                TSan: the relay thread next to the GUI/main thread
# Included from the root CMakeLists.txt before any target exists, so add_compile_options reaches
# them all, including the test helpers that do not link relay_build_options.
set(RELAY_SANITIZE "" CACHE STRING
    "Sanitizers for every target: empty, \"address;undefined\" or \"thread\"")
# (The choices for cmake-gui: a ";" would split the list.)
set_property(CACHE RELAY_SANITIZE PROPERTY STRINGS "" "address,undefined" "thread")

# "address,undefined" on a command line means the same list.
string(REPLACE "," ";" _relay_sanitizers "${RELAY_SANITIZE}")
foreach(_relay_sanitizer IN LISTS _relay_sanitizers)
    if(NOT _relay_sanitizer MATCHES "^(address|undefined|leak|thread)$")
        message(FATAL_ERROR "RELAY_SANITIZE: unknown sanitizer '${_relay_sanitizer}'; "
                            "use \"address;undefined\" or \"thread\".")
    endif()
endforeach()
if("thread" IN_LIST _relay_sanitizers
   AND ("address" IN_LIST _relay_sanitizers OR "leak" IN_LIST _relay_sanitizers))
    message(FATAL_ERROR "RELAY_SANITIZE: thread cannot be combined with address or leak; "
                        "configure two build directories.")
endif()

set(RELAY_SANITIZING OFF)
if(_relay_sanitizers)
    set(RELAY_SANITIZING ON)
    list(JOIN _relay_sanitizers "," _relay_sanitize_flag)
    # Frame pointers: the fast unwinder follows them through our code (Qt has none).
    add_compile_options(-fsanitize=${_relay_sanitize_flag} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_relay_sanitize_flag})
    if("undefined" IN_LIST _relay_sanitizers)
        # UB aborts the process, so a test that hits it fails instead of printing and passing.
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
endif()
add_feature_info(Sanitizers RELAY_SANITIZING "RELAY_SANITIZE=${RELAY_SANITIZE}")
