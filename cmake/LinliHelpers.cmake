# Build conventions shared by every Linli target. Keep this to a page.

# Flags every target gets; nothing is set globally.
add_library(linli_common INTERFACE)
target_compile_features(linli_common INTERFACE cxx_std_20)
target_compile_definitions(linli_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(linli_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /utf-8>)

# Qt headers precompiled once and reused by every module and test.
if(LINLI_WITH_PCH)
    add_library(linli_pch STATIC "${CMAKE_CURRENT_LIST_DIR}/pch.cpp")
    target_link_libraries(linli_pch PUBLIC linli_common Qt6::Core)
    target_precompile_headers(linli_pch PUBLIC
        <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QHash>
        <QtCore/QByteArray> <QtCore/QVariant> <QtCore/QDateTime> <QtCore/QObject>
        <QtCore/QCoreApplication> <memory> <optional> <variant> <functional>)
endif()

function(_linli_use_pch target)
    if(LINLI_WITH_PCH)
        target_precompile_headers(${target} REUSE_FROM linli_pch)
    endif()
endfunction()

# linli_add_module(NAME <name> [UI] SOURCES ... [DEPENDS linli_x ...] [QT Core Sql ...] [LIBS ...])
# Builds the STATIC library linli_<name> (or linli_<name>_ui with UI).
function(linli_add_module)
    cmake_parse_arguments(PARSE_ARGV 0 arg "UI" "NAME" "SOURCES;DEPENDS;QT;LIBS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "linli_add_module: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_NAME OR NOT arg_SOURCES)
        message(FATAL_ERROR "linli_add_module: NAME and SOURCES are required")
    endif()
    set(target linli_${arg_NAME})
    if(arg_UI)
        set(target linli_${arg_NAME}_ui)
    endif()
    foreach(dep IN LISTS arg_DEPENDS)
        if(NOT TARGET ${dep})
            message(FATAL_ERROR "${target} depends on ${dep}, which is not defined yet: check the tiers in modules/CMakeLists.txt")
        endif()
    endforeach()
    if(NOT arg_UI AND ("Widgets" IN_LIST arg_QT OR "PrintSupport" IN_LIST arg_QT))
        message(FATAL_ERROR "${target}: domain modules must not link Qt Widgets; put the widgets in a UI target")
    endif()
    qt_add_library(${target} STATIC ${arg_SOURCES})
    set(qt_libs)
    foreach(component IN LISTS arg_QT)
        list(APPEND qt_libs Qt6::${component})
    endforeach()
    target_link_libraries(${target} PUBLIC linli_common Qt6::Core ${qt_libs} ${arg_DEPENDS} ${arg_LIBS})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
    _linli_use_pch(${target})
endfunction()

# linli_add_test(NAME <name> SOURCES ... LIBS ... LABELS ... [GUI] [TIMEOUT s] [ENVIRONMENT ...])
function(linli_add_test)
    cmake_parse_arguments(PARSE_ARGV 0 arg "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "linli_add_test: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_LABELS)
        message(FATAL_ERROR "linli_add_test(${arg_NAME}): LABELS are required (unit, gui, integration and the module)")
    endif()
    qt_add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE linli_common Qt6::Test ${arg_LIBS})
    target_include_directories(${arg_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    _linli_use_pch(${arg_NAME})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env "QT_QPA_PLATFORM=offscreen" "LINLI_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "LINLI_BINARY_DIR=${PROJECT_BINARY_DIR}" ${arg_ENVIRONMENT})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES LABELS "${arg_LABELS}" ENVIRONMENT "${env}" TIMEOUT ${arg_TIMEOUT})
endfunction()
