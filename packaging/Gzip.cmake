# gzip -9n IN into OUT (no name, no time stamp: the same bytes every build),
# for the man pages written by hand (packaging/man/) and the changelog.
#   cmake -DIN=file -DOUT=file.gz -P Gzip.cmake
cmake_minimum_required(VERSION 3.21)
execute_process(COMMAND gzip -9nc "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${IN} failed (${rc})")
endif()
