#!/usr/bin/env bash
# Every reasonable build, with warnings as errors: gcc and clang, each in
# Debug, Release and RelWithDebInfo, with their unit tests; then the parts a
# packager may build alone.  Run by CI after scripts/uji.sh (the packages are
# in by then); runnable by hand from the project folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

dasar=build-varian
jobs=$(nproc)
mkdir -p "$dasar"

bangun() { # name, cmake options...
  local nama=$1; shift
  echo "-- $nama: $*"
  rm -rf "${dasar:?}/$nama"
  if ! { cmake -S . -B "$dasar/$nama" -DKINERJA_WERROR=ON -DKINERJA_WINDOWS=OFF "$@" &&
         cmake --build "$dasar/$nama" -j"$jobs"; } >"$dasar/$nama.log" 2>&1; then
    cat "$dasar/$nama.log" >&2
    echo "varian: $nama failed to build (log above)" >&2
    exit 1
  fi
}

for cc in gcc clang; do
  for jenis in Debug Release RelWithDebInfo; do
    nama="$cc-$jenis"
    bangun "$nama" -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE="$jenis"
    ctest --test-dir "$dasar/$nama" -L unit -j"$jobs" --output-on-failure \
      >"$dasar/$nama.ctest.log" 2>&1 || { cat "$dasar/$nama.ctest.log" >&2; exit 1; }
    echo "   $(grep 'tests passed' "$dasar/$nama.ctest.log")"
  done
done

# What a variant must not need is checked in its CMake cache, and what it
# must not build in its tree.
tidak_ada() { # name, pattern, what
  if grep -q "$2" "$dasar/$1/CMakeCache.txt"; then
    echo "varian: $1 looked for $3" >&2
    exit 1
  fi
}

bangun tanpa-uji -DBUILD_TESTING=OFF
tidak_ada tanpa-uji -i cmocka "cmocka"
if find "$dasar/tanpa-uji" -type f -executable -name 'test_*' | grep -q .; then
  echo "varian: BUILD_TESTING=OFF still built test programs" >&2
  exit 1
fi

bangun generator-saja -DKINERJA_ADDIN=OFF
tidak_ada generator-saja 'KINERJA_UNO_\|KINERJA_LO_SDK' "the LibreOffice SDK"
test -x "$dasar/generator-saja/xlsx-templates/kinerja-template"
ctest --test-dir "$dasar/generator-saja" -L unit -j"$jobs" --output-on-failure >/dev/null

bangun addin-saja -DKINERJA_GENERATOR=OFF
tidak_ada addin-saja 'XLSXWRITER\|CSV_LIBRARY' "libxlsxwriter or libcsv"
ls "$dasar"/addin-saja/kinerja-calc-*.oxt >/dev/null

echo "varian: every variant built and its unit tests passed"
