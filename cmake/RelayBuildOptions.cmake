# SPDX-License-Identifier: MIT
# Warnings, Qt defines and hardening shared by every target of the project.
add_library(relay_build_options INTERFACE)
target_compile_definitions(relay_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RELAY_VERSION="${PROJECT_VERSION}")
target_compile_options(relay_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
    -fstack-protector-strong)
# Not under sanitizers (cmake/RelaySanitizers.cmake): fortified __*_chk calls are not all
# intercepted, so they would escape ASan's checks, which are the stronger ones anyway.
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT RELAY_SANITIZING)
    target_compile_definitions(relay_build_options INTERFACE _FORTIFY_SOURCE=2)
endif()
target_link_options(relay_build_options INTERFACE -Wl,-z,relro -Wl,-z,now)
if(RELAY_WERROR)
    target_compile_options(relay_build_options INTERFACE -Werror)
endif()
