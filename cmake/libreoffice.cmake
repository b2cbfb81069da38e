# Where the LibreOffice SDK and program live (Debian 12: libreoffice-dev,
# libreoffice-dev-common, ure), and the SDK tools the add-in's build uses.
# Included by addin/uno, idl and packaging.
include_guard(GLOBAL)

set(KINERJA_LO_SDK "/usr/lib/libreoffice/sdk" CACHE PATH
    "LibreOffice SDK (lib/ with libuno_cppu and libuno_sal, bin/ with tools)")
set(KINERJA_LO_INCLUDE "/usr/include/libreoffice" CACHE PATH
    "LibreOffice SDK C headers")
set(KINERJA_LO_PROGRAM "/usr/lib/libreoffice/program" CACHE PATH
    "LibreOffice program directory (runtime libraries, types.rdb)")

find_library(KINERJA_UNO_CPPU uno_cppu PATHS "${KINERJA_LO_SDK}/lib"
             NO_DEFAULT_PATH REQUIRED)
find_library(KINERJA_UNO_SAL uno_sal PATHS "${KINERJA_LO_SDK}/lib"
             NO_DEFAULT_PATH REQUIRED)
find_program(KINERJA_UNOIDL_WRITE unoidl-write PATHS "${KINERJA_LO_SDK}/bin"
             NO_DEFAULT_PATH REQUIRED)
find_program(KINERJA_UNOIDL_READ unoidl-read PATHS "${KINERJA_LO_SDK}/bin"
             NO_DEFAULT_PATH REQUIRED)
find_file(KINERJA_LO_TYPES_RDB types.rdb PATHS "${KINERJA_LO_PROGRAM}"
          NO_DEFAULT_PATH REQUIRED)
