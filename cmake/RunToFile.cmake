# Runs PROGRAM with ARG1 [ARG2] and writes its standard output to OUTPUT,
# replacing OUTPUT only when the program succeeds:
#   cmake -DPROGRAM=... -DARG1=... [-DARG2=...] -DOUTPUT=... -P RunToFile.cmake
set(_args "${ARG1}")
if(DEFINED ARG2)
  list(APPEND _args "${ARG2}")
endif()
execute_process(COMMAND "${PROGRAM}" ${_args}
                OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${_args} failed (${_status})")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
