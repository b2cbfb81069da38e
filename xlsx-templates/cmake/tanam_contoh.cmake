# Writes a C file holding the built-in example's CSV files as byte arrays
# (run at build time; see CMakeLists.txt).  Inputs: KELUARAN, FOLDER,
# BERKAS (file names separated by commas).
string(REPLACE "," ";" BERKAS "${BERKAS}")
set(isi "/* Generated from xlsx-templates/contoh/mojokerto-2024 by\n * cmake/tanam_contoh.cmake: do not edit. */\n#include \"contoh.h\"\n\n")
set(daftar "")
set(i 0)
foreach(b ${BERKAS})
  file(READ ${FOLDER}/${b} hex HEX)
  string(LENGTH "${hex}" panjang_hex)
  math(EXPR panjang "${panjang_hex} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND isi "static const unsigned char data_${i}[] = {${bytes}0x00};\n")
  string(APPEND daftar "    {\"${b}\", data_${i}, ${panjang}},\n")
  math(EXPR i "${i} + 1")
endforeach()
string(APPEND isi "\nconst contoh_berkas contoh_bawaan[] = {\n${daftar}};\nconst size_t contoh_bawaan_jumlah = ${i};\n")
file(WRITE ${KELUARAN}.tmp "${isi}")
file(RENAME ${KELUARAN}.tmp ${KELUARAN})
