# Compares the compiled interface (kinerja.rdb) with the function table:
# the rdb must hold exactly one interface, named ANTARMUKA, whose methods
# are, line for line, what `kinerja-meta idl` derives from the table.
# Usage: cmake -DUNOIDL_READ= -DTYPES_RDB= -DRDB= -DANTARMUKA= -DMETA=
#        -P periksa_idl.cmake

execute_process(COMMAND "${UNOIDL_READ}" --summary "${TYPES_RDB}" "${RDB}"
  OUTPUT_VARIABLE ringkas RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "unoidl-read --summary ${RDB} failed (${rc})")
endif()
string(REGEX MATCHALL "interface [^\n]+" antarmuka "${ringkas}")
if(NOT antarmuka STREQUAL "interface ${ANTARMUKA}")
  message(FATAL_ERROR
    "${RDB} declares [${antarmuka}], expected one interface ${ANTARMUKA}")
endif()

execute_process(COMMAND "${UNOIDL_READ}" "${TYPES_RDB}" "${RDB}"
  OUTPUT_VARIABLE idl RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "unoidl-read ${RDB} failed (${rc})")
endif()
# ';' separates CMake list elements: compare with it spelled out.
string(REPLACE ";" "<titik-koma>" idl "${idl}")
# Methods are the lines at member depth (three spaces) with a '('.
string(REGEX MATCHALL "\n   [^ \n][^\n]*\\([^\n]*" metode "${idl}")
string(REPLACE "\n" "" metode "${metode}")

execute_process(COMMAND "${META}" idl
  OUTPUT_VARIABLE tabel RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kinerja-meta idl failed (${rc})")
endif()
string(REPLACE ";" "<titik-koma>" tabel "${tabel}")
string(REGEX REPLACE "\n$" "" tabel "${tabel}")
string(REPLACE "\n" ";" tabel "${tabel}")

if(NOT metode STREQUAL tabel)
  string(REPLACE ";" "\n" metode "${metode}")
  string(REPLACE ";" "\n" tabel "${tabel}")
  string(REPLACE "<titik-koma>" ";" metode "${metode}")
  string(REPLACE "<titik-koma>" ";" tabel "${tabel}")
  message(FATAL_ERROR "idl/XFungsi.idl and the function table differ.\n"
    "IDL methods:\n${metode}\n"
    "from the table (method name, [in] any <English argument name>...):\n"
    "${tabel}")
endif()
message(STATUS "IDL and function table agree")
