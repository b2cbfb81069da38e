# The component's source files, one list for the Linux library
# (addin/uno/CMakeLists.txt) and the Windows DLL (windows/CMakeLists.txt).
set(KINERJA_UNO_SUMBER
  antarmuka.c
  objek.c
  konversi.c
  komponen.c
  abi.c)
list(TRANSFORM KINERJA_UNO_SUMBER PREPEND "${CMAKE_CURRENT_LIST_DIR}/")
