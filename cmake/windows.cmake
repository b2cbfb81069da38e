# The Windows x86_64 sub-build (windows/, MinGW-w64), run from the Linux
# build so that one .oxt carries the component for both platforms.
#
#   KINERJA_WINDOWS=AUTO (default)  on when MinGW-w64 is installed (and, with
#                                   BUILD_TESTING, Wine to run its tests)
#   KINERJA_WINDOWS=ON              required: configuring fails without them
#                                   (CI and scripts/uji.sh)
#   KINERJA_WINDOWS=OFF             a Linux-only .oxt
#
# When on, the sub-build is configured and built in build/windows by
# ExternalProject at build time (its own CMake run with
# cmake/mingw-w64-x86_64.cmake), and this file leaves for the rest of the
# build:
#   KINERJA_WINDOWS_AKTIF  ON/OFF
#   KINERJA_WINDOWS_BIN    build/windows
#   KINERJA_WINDOWS_DLL    build/windows/kinerja.uno.dll
#   KINERJA_WINDOWS_EXE    build/windows/xlsx-templates/kinerja-template.exe
#                          (when KINERJA_GENERATOR is on)
#   KINERJA_WINE           the wine64 loader (tests only)
#   target kinerja_windows
include_guard(GLOBAL)

set(KINERJA_WINDOWS AUTO CACHE STRING
    "Also build the add-in for Windows x86_64 with MinGW-w64 (AUTO, ON, OFF)")
set_property(CACHE KINERJA_WINDOWS PROPERTY STRINGS AUTO ON OFF)

find_program(KINERJA_MINGW_GCC NAMES x86_64-w64-mingw32-gcc-win32
                                     x86_64-w64-mingw32-gcc)
find_program(KINERJA_MINGW_DLLTOOL x86_64-w64-mingw32-dlltool)
find_program(KINERJA_MINGW_OBJDUMP x86_64-w64-mingw32-objdump)
# Debian's wine64 package puts the 64-bit loader here, not on PATH.
find_program(KINERJA_WINE NAMES wine64 PATHS /usr/lib/wine NO_DEFAULT_PATH)
find_program(KINERJA_WINE NAMES wine64)

set(kurang)
foreach(alat KINERJA_MINGW_GCC KINERJA_MINGW_DLLTOOL KINERJA_MINGW_OBJDUMP)
  if(NOT ${alat})
    list(APPEND kurang ${alat})
  endif()
endforeach()
if(BUILD_TESTING AND NOT KINERJA_WINE)
  list(APPEND kurang "KINERJA_WINE (Debian package wine64)")
endif()

string(TOUPPER "${KINERJA_WINDOWS}" pilihan)
if(pilihan STREQUAL "ON" OR pilihan STREQUAL "AUTO")
  if(kurang)
    if(pilihan STREQUAL "ON")
      message(FATAL_ERROR "KINERJA_WINDOWS=ON but missing: ${kurang}. "
              "Install gcc-mingw-w64-x86-64 and wine64 (scripts/setup.sh), "
              "or configure with -DKINERJA_WINDOWS=OFF for a Linux-only .oxt.")
    endif()
    message(STATUS "Windows add-in: off (missing ${kurang}); the .oxt is Linux-only")
    set(aktif OFF)
  else()
    set(aktif ON)
  endif()
elseif(pilihan STREQUAL "OFF")
  set(aktif OFF)
else()
  message(FATAL_ERROR "KINERJA_WINDOWS must be AUTO, ON or OFF, not '${KINERJA_WINDOWS}'")
endif()
set(KINERJA_WINDOWS_AKTIF ${aktif} CACHE INTERNAL "the Windows sub-build is on")
set(KINERJA_WINDOWS_BIN "${PROJECT_BINARY_DIR}/windows" CACHE INTERNAL "")
set(KINERJA_WINDOWS_DLL "${KINERJA_WINDOWS_BIN}/kinerja.uno.dll" CACHE INTERNAL "")
if(NOT aktif)
  return()
endif()
message(STATUS "Windows add-in: on (${KINERJA_MINGW_GCC})")

# Warnings as errors in the sub-build when the top-level build has them.
if(DEFINED KINERJA_WERROR)
  set(werror ${KINERJA_WERROR})
else()
  set(werror ON) # the top-level build forces -Werror
endif()
if(BUILD_TESTING)
  set(uji ON)
else()
  set(uji OFF)
endif()
set(jenis "${CMAKE_BUILD_TYPE}")
if(NOT jenis)
  set(jenis RelWithDebInfo)
endif()

include(ExternalProject)

# kinerja-template.exe, when the generator is built: libxlsxwriter, libcsv,
# and the workbook reader's libzip and expat cross-built first from their
# Debian sources (windows/pustaka), into a prefix the sub-build finds them in.
# KINERJA_WINDOWS_EXE_BANGUN=OFF leaves it out (its libraries' sources are
# fetched from Debian at build time: a build without network needs it off).
option(KINERJA_WINDOWS_EXE_BANGUN
       "With KINERJA_WINDOWS and KINERJA_GENERATOR, also build kinerja-template.exe" ON)
if(KINERJA_GENERATOR AND KINERJA_WINDOWS_EXE_BANGUN)
  set(generator_windows ON)
else()
  set(generator_windows OFF)
endif()
set(KINERJA_WINDOWS_GENERATOR_AKTIF ${generator_windows} CACHE INTERNAL "")
set(KINERJA_WINDOWS_EXE "${KINERJA_WINDOWS_BIN}/xlsx-templates/kinerja-template.exe"
    CACHE INTERNAL "")
set(pustaka_pasang "${PROJECT_BINARY_DIR}/windows-pustaka/pasang")
set(tergantung)
if(generator_windows)
  set(sumber "${PROJECT_BINARY_DIR}/windows-pustaka/sumber")
  ExternalProject_Add(kinerja_windows_pustaka
    PREFIX "${PROJECT_BINARY_DIR}/windows-pustaka/ep"
    SOURCE_DIR "${sumber}"
    BINARY_DIR "${PROJECT_BINARY_DIR}/windows-pustaka/bangun"
    DOWNLOAD_COMMAND
      bash "${PROJECT_SOURCE_DIR}/windows/sumber-debian.sh" libxlsxwriter "${sumber}"
      COMMAND bash "${PROJECT_SOURCE_DIR}/windows/sumber-debian.sh" libcsv "${sumber}"
    UPDATE_COMMAND ""
    # The reader's libzip and expat are fetched by the configure step, which
    # (unlike the download step) runs again when its commands change: a
    # build tree made before the .exe had the reader gets them too.
    # sumber-debian.sh does nothing for a package already unpacked.
    CONFIGURE_COMMAND
      bash "${PROJECT_SOURCE_DIR}/windows/sumber-debian.sh" libzip "${sumber}"
      COMMAND bash "${PROJECT_SOURCE_DIR}/windows/sumber-debian.sh" expat "${sumber}"
      COMMAND "${CMAKE_COMMAND}" -S "${PROJECT_SOURCE_DIR}/windows/pustaka"
      -B <BINARY_DIR>
      "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/mingw-w64-x86_64.cmake"
      "-DCMAKE_C_COMPILER=${KINERJA_MINGW_GCC}"
      -DCMAKE_BUILD_TYPE=Release
      "-DCMAKE_INSTALL_PREFIX=${pustaka_pasang}"
      "-DLXW_SUMBER=${sumber}/libxlsxwriter"
      "-DCSV_SUMBER=${sumber}/libcsv"
      "-DZIP_SUMBER=${sumber}/libzip"
      "-DEXPAT_SUMBER=${sumber}/expat/expat"
    BUILD_COMMAND "${CMAKE_COMMAND}" --build <BINARY_DIR>
    INSTALL_COMMAND "${CMAKE_COMMAND}" --install <BINARY_DIR>
    BUILD_BYPRODUCTS "${pustaka_pasang}/lib/libxlsxwriter.a" "${pustaka_pasang}/lib/libcsv.a"
                     "${pustaka_pasang}/lib/libzip.a" "${pustaka_pasang}/lib/libexpat.a")
  set(tergantung DEPENDS kinerja_windows_pustaka)
  # rebuilt when its build file changes (how libxlsxwriter is compiled)
  ExternalProject_Add_StepDependencies(kinerja_windows_pustaka configure
    "${PROJECT_SOURCE_DIR}/windows/pustaka/CMakeLists.txt")
endif()

ExternalProject_Add(kinerja_windows
  SOURCE_DIR "${PROJECT_SOURCE_DIR}/windows"
  BINARY_DIR "${KINERJA_WINDOWS_BIN}"
  PREFIX "${KINERJA_WINDOWS_BIN}/ep"
  CMAKE_ARGS
    "-DCMAKE_TOOLCHAIN_FILE=${PROJECT_SOURCE_DIR}/cmake/mingw-w64-x86_64.cmake"
    "-DCMAKE_C_COMPILER=${KINERJA_MINGW_GCC}"
    "-DCMAKE_BUILD_TYPE=${jenis}"
    "-DKINERJA_WERROR=${werror}"
    "-DKINERJA_WINDOWS_UJI=${uji}"
    "-DKINERJA_LO_INCLUDE=${KINERJA_LO_INCLUDE}"
    "-DKINERJA_SERVICE_NAME=${KINERJA_SERVICE_NAME}"
    "-DKINERJA_IMPLEMENTATION_NAME=${KINERJA_IMPLEMENTATION_NAME}"
    "-DKINERJA_INTERFACE_NAME=${KINERJA_INTERFACE_NAME}"
    "-DKINERJA_VERSI=${PROJECT_VERSION}"
    "-DKINERJA_WINDOWS_GENERATOR=${generator_windows}"
    "-DKINERJA_PUSTAKA_MINGW=${pustaka_pasang}"
  ${tergantung}
  # The sub-build's own make decides what is out of date.
  BUILD_ALWAYS ON
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS "${KINERJA_WINDOWS_DLL}" "${KINERJA_WINDOWS_EXE}")
