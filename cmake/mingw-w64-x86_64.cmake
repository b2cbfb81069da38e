# CMake toolchain for Windows x86_64 with Debian's MinGW-w64
# (gcc-mingw-w64-x86-64, its "win32" thread model: no winpthreads DLL).
#
#   cmake -S windows -B build/windows \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-x86_64.cmake
#
# The top-level build runs exactly this as a sub-build (cmake/windows.cmake).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(KINERJA_MINGW_TRIPLET x86_64-w64-mingw32)
find_program(CMAKE_C_COMPILER NAMES ${KINERJA_MINGW_TRIPLET}-gcc-win32
                                    ${KINERJA_MINGW_TRIPLET}-gcc REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${KINERJA_MINGW_TRIPLET}-windres)
find_program(KINERJA_DLLTOOL NAMES ${KINERJA_MINGW_TRIPLET}-dlltool REQUIRED)
find_program(KINERJA_OBJDUMP NAMES ${KINERJA_MINGW_TRIPLET}-objdump REQUIRED)

# Libraries and headers for the target come from the MinGW sysroot only,
# never from the build machine's /usr/include or /usr/lib.
set(CMAKE_FIND_ROOT_PATH /usr/${KINERJA_MINGW_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# The C runtime and libgcc go into each binary, so a DLL or .exe needs only
# what every Windows has (KERNEL32, msvcrt) besides LibreOffice's own DLLs.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static-libgcc")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static-libgcc")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static-libgcc")
