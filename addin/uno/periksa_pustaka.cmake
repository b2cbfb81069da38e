# Checks the built component library: no direct dependency on libstdc++
# (the add-in is C only) and exactly the two UNO entry points exported.
# Usage: cmake -DPUSTAKA=... -DREADELF=... -DNM=... -P periksa_pustaka.cmake

execute_process(COMMAND "${READELF}" -d "${PUSTAKA}"
  OUTPUT_VARIABLE dinamis RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${PUSTAKA} failed (${rc})")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*" needed "${dinamis}")
message(STATUS "NEEDED: ${needed}")
if(needed MATCHES "libstdc\\+\\+")
  message(FATAL_ERROR "${PUSTAKA} depends on libstdc++: ${needed}")
endif()

execute_process(COMMAND "${NM}" -D --defined-only "${PUSTAKA}"
  OUTPUT_VARIABLE simbol RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nm -D ${PUSTAKA} failed (${rc})")
endif()
string(REGEX MATCHALL " [TDBRVW] [^\n]+" ekspor "${simbol}")
list(TRANSFORM ekspor REPLACE "^ [TDBRVW] " "")
list(SORT ekspor)
set(harapan component_getFactory component_getImplementationEnvironment)
if(NOT ekspor STREQUAL harapan)
  message(FATAL_ERROR
    "${PUSTAKA} exports [${ekspor}], expected [${harapan}]")
endif()
