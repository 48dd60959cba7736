# Fails when a translation file is behind the code: runs lupdate over the
# sources into copies of the .ts files (keeping what vanished, unlike the
# update target) and refuses any entry left unfinished (a tr() string without
# its translation) or vanished (a translation whose string left the code).
# The .ts files in translations/ are the one source of the translations:
# update them with the zc_ui_lupdate (zc_cli_lupdate) target and translate in Qt Linguist.
#   cmake -DLUPDATE=… -DSOURCES_LIST=… -DTS_FILES="a.ts;b.ts" -DWORK_DIR=… -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -silent -locations none "@${SOURCES_LIST}" -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
set(problems "")
foreach(copy IN LISTS copies)
    file(READ "${copy}" xml)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<oldsource>[^<]*</oldsource>[ \n\r\t]*)?(<comment>[^<]*</comment>[ \n\r\t]*)?(<extracomment>[^<]*</extracomment>[ \n\r\t]*)?<translation type=\"(unfinished|vanished|obsolete)\"" hits "${xml}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "\\2: \\1" line "${hit}")
        get_filename_component(name "${copy}" NAME)
        string(APPEND problems "  ${name}: ${line}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "translations are behind the code (run the zc_ui_lupdate or zc_cli_lupdate target, then translate in Qt Linguist):\n${problems}")
endif()
message(STATUS "translations: every string of the code is translated, none vanished")
