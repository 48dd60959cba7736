# Project-wide compile settings, applied per target (never directory-wide).
function(zc_target_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wold-style-cast)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            # Qt's logging macros (qCDebug(category) << …) leave their variadic part empty.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
    endif()
    zc_sanitizer_settings(${target})
endfunction()

# ZC_SANITIZE (and ZC_FUZZ, which implies address,undefined): instruments the
# target and links the sanitizers' runtimes into executables. Undefined
# behaviour stops the program, so that a test or a fuzz run fails on it.
# ZC_FUZZ adds libFuzzer's coverage hooks (fuzzer-no-link) to the libraries;
# the fuzz targets themselves link libFuzzer (tests/fuzz/CMakeLists.txt).
function(zc_sanitizer_settings target)
    set(sanitize "${ZC_SANITIZE}")
    if(ZC_FUZZ)
        set(sanitize "address,undefined")
    endif()
    if(sanitize STREQUAL "")
        return()
    endif()
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ZC_SANITIZE and ZC_FUZZ need gcc or clang")
    endif()
    set(flags -fsanitize=${sanitize} -fno-omit-frame-pointer)
    if(sanitize MATCHES "undefined")
        list(APPEND flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PRIVATE -fsanitize=${sanitize})
    if(ZC_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# zc_add_test(NAME name SOURCES a.cpp ... LIBS lib ... LABELS unit|server|sync|ui|e2e
#             [ENVIRONMENT VAR=value ...] [TIMEOUT seconds])
# Adds one Qt Test executable and registers it with CTest.
function(zc_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    zc_target_settings(${T_NAME})
    if(UNIX)
        # Each test program gets its own HOME (see tests/isolated-home.sh).
        add_test(NAME ${T_NAME} COMMAND sh "${PROJECT_SOURCE_DIR}/tests/isolated-home.sh" $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "ZC_SOURCE_DIR=${PROJECT_SOURCE_DIR}" ${T_ENVIRONMENT})
    if(TARGET zhaocai-server)
        list(APPEND env "ZC_SERVER_BIN=$<TARGET_FILE:zhaocai-server>")
        add_dependencies(${T_NAME} zhaocai-server)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
