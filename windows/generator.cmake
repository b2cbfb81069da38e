# kinerja-template.exe: the same generator sources and CMake file as on
# Linux (xlsx-templates/), with the Windows implementation of the platform
# layer (xlsx-templates/src/platform_*_win32.c), and the workbook reader
# (pembaca/) for --baca-buku and --konsolidasi, linked statically against
# libxlsxwriter, libcsv, libzip and expat built for MinGW (windows/pustaka,
# in KINERJA_PUSTAKA_MINGW) and Debian's MinGW zlib: the .exe needs no DLL
# but the system's KERNEL32, ADVAPI32 and the C runtime (tests/windows
# checks its imports).

foreach(pustaka libxlsxwriter libcsv libzip libexpat)
  if(NOT EXISTS "${KINERJA_PUSTAKA_MINGW}/lib/${pustaka}.a")
    message(FATAL_ERROR "${pustaka} for MinGW is missing in '${KINERJA_PUSTAKA_MINGW}' "
            "(the top-level build makes it: cmake/windows.cmake)")
  endif()
endforeach()
# xlsx-templates/CMakeLists.txt finds libxlsxwriter with pkg-config and
# libcsv with find_library: both in the prefix, and only static libraries
# (MinGW's zlib also has an import library for zlib1.dll).
list(APPEND CMAKE_FIND_ROOT_PATH "${KINERJA_PUSTAKA_MINGW}")
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
set(ENV{PKG_CONFIG_LIBDIR} "${KINERJA_PUSTAKA_MINGW}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(PROJECT_VERSION "${KINERJA_VERSI}")

add_subdirectory("${KINERJA_SUMBER}/pembaca" pembaca)
add_subdirectory("${KINERJA_SUMBER}/xlsx-templates" xlsx-templates)

# The reader's libzip is static: ZIP_STATIC keeps zip.h from declaring its
# functions __declspec(dllimport).  A static libzip.a names zlib but does
# not carry it, so zlib comes after it on the link line.
find_package(ZLIB REQUIRED)
target_compile_definitions(kinerja_pembaca PUBLIC ZIP_STATIC)
target_link_libraries(kinerja_pembaca PUBLIC ZLIB::ZLIB)

# The few POSIX names the plan reader uses that MinGW lacks
# (platform_posix_win32.h says what each means on Windows).
target_compile_options(kinerja_generator PRIVATE
  -include "${KINERJA_SUMBER}/xlsx-templates/src/platform_posix_win32.h")
# MinGW's GCC checks format(printf) against msvcrt's printf, which knows no
# %zu, although the program links MinGW's own C99 printf
# (__USE_MINGW_ANSI_STDIO), which does.  The format strings are the same
# as on Linux, where they are checked; the Wine test compares the text.
target_compile_options(kinerja_generator PRIVATE -Wno-format)
target_compile_options(kinerja-template PRIVATE -Wno-format)
target_compile_options(kinerja_pembaca PRIVATE -Wno-format)

# Files opened without "b" or O_BINARY are read and written byte for byte,
# as on POSIX (no CR LF translation, no end at Ctrl-Z): mode_biner.c sets
# the C runtime's default mode before main.  Linked into the program
# itself, not the library: nothing calls it, so an archive would drop it.
target_sources(kinerja-template PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/mode_biner.c")
# The manifest makes the process's code page UTF-8 (Windows 10 1903 and
# later): the command line, fopen and open then take UTF-8 paths, as the
# platform layer does.
enable_language(RC)
configure_file(kinerja-template.manifest.in kinerja-template.manifest @ONLY)
set(rc "${CMAKE_CURRENT_BINARY_DIR}/kinerja-template.rc")
file(WRITE "${rc}.baru"
     "/* the application manifest: resource type 24, id 1 */\n"
     "1 24 \"${CMAKE_CURRENT_BINARY_DIR}/kinerja-template.manifest\"\n")
file(COPY_FILE "${rc}.baru" "${rc}" ONLY_IF_DIFFERENT)
target_sources(kinerja-template PRIVATE "${rc}")
set_source_files_properties("${rc}" PROPERTIES
  OBJECT_DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/kinerja-template.manifest")
target_link_options(kinerja-template PRIVATE -static)
