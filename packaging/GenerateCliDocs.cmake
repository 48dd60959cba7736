# Writes zhaocai-cli's completion scripts and man pages with the built
# program itself (its `completion` and `man` commands read the command
# table), the man pages gzipped as Debian wants them (gzip -9n: no name, no
# time stamp, so two builds give the same bytes).
#   cmake -DCLI=path/to/zhaocai-cli -DOUT_DIR=dir -P GenerateCliDocs.cmake
# writes OUT_DIR/zhaocai-cli.bash, OUT_DIR/_zhaocai-cli,
# OUT_DIR/man/man1/zhaocai-cli.1.gz and OUT_DIR/man/zh_CN/man1/zhaocai-cli.1.gz.
cmake_minimum_required(VERSION 3.21)

function(zc_run_cli out)
    execute_process(COMMAND "${CLI}" ${ARGN}
                    OUTPUT_FILE "${out}" ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "zhaocai-cli ${ARGN} failed (${rc}): ${err}")
    endif()
endfunction()

function(zc_gzip in out)
    execute_process(COMMAND gzip -9nc "${in}" OUTPUT_FILE "${out}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${in} failed (${rc})")
    endif()
endfunction()

file(MAKE_DIRECTORY "${OUT_DIR}/man/man1" "${OUT_DIR}/man/zh_CN/man1")
zc_run_cli("${OUT_DIR}/zhaocai-cli.bash" --lang en completion bash)
zc_run_cli("${OUT_DIR}/_zhaocai-cli" --lang en completion zsh)
foreach(lang IN ITEMS en zh_CN)
    if(lang STREQUAL "en")
        set(dir "${OUT_DIR}/man/man1")
    else()
        set(dir "${OUT_DIR}/man/${lang}/man1")
    endif()
    zc_run_cli("${dir}/zhaocai-cli.1" --lang ${lang} man)
    zc_gzip("${dir}/zhaocai-cli.1" "${dir}/zhaocai-cli.1.gz")
endforeach()
