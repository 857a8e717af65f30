# Usage: cmake -DLUPDATE=... -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -extensions cpp,h,ui
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/modules" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
file(STRINGS "${copy}" lines)
set(unfinished 0)
set(context "")
set(source "")
set(report "")
set(misfiled "")
foreach(line IN LISTS lines)
    if(line MATCHES "<name>(.*)</name>")
        set(context "${CMAKE_MATCH_1}")
        # The code's tr() contexts are all Linli::<Module>. Another name means lupdate lost track
        # of a scope (e.g. on "Reports::Report f(...)" definitions) and filed the strings where
        # the running program will never look them up: they would show in English.
        if(NOT context MATCHES "^Linli::")
            string(APPEND misfiled "  ${context}\n")
        endif()
    elseif(line MATCHES "<source>(.*)</source>")
        set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "<source>(.*)$")
        set(source "${CMAKE_MATCH_1}...")
    endif()
    if(line MATCHES "type=\"unfinished\"")
        math(EXPR unfinished "${unfinished} + 1")
        string(APPEND report "  [${context}] ${source}\n")
    endif()
endforeach()
if(NOT misfiled STREQUAL "")
    message(FATAL_ERROR "${ts_name}: translation contexts that the program never uses (lupdate could not "
                        "resolve the Tr struct there; qualify the call or avoid the construct):\n${misfiled}")
endif()
if(unfinished GREATER 0)
    message(FATAL_ERROR "${ts_name}: ${unfinished} message(s) without a Chinese translation "
                        "(run: cmake --build build/dev --target linli_lupdate, then translate):\n${report}")
endif()
message(STATUS "${ts_name}: every message is translated")
