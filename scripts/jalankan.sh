#!/usr/bin/env bash
# The main job on the built-in example (the seed's LKjIP 2024 of Diskominfo
# Kabupaten Mojokerto): sets up and builds; prints the key figures computed
# by the core; writes the year's one workbook, keluaran/kinerja-2024.xlsx
# (RKT, Perjanjian Kinerja, Pengukuran Kinerja, Realisasi Anggaran,
# Pemeriksaan, Ringkasan and its tables and charts, each figure typed once);
# installs the Calc extension into LibreOffice (system-wide when run as
# root, into your own profile otherwise) and shows it working in real
# headless Calc.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
echo "== build"
mkdir -p build
# Quiet when it works, the whole log when it does not.
if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
       cmake --build build -j"$(nproc)"; } >build/jalankan-build.log 2>&1; then
  cat build/jalankan-build.log >&2
  echo "jalankan: build failed (log above)" >&2
  exit 1
fi

echo "== key figures of the built-in example, computed by the core"
./build/addin/ringkasan-seed

echo
echo "== the 2024 workbook of the built-in example (kinerja-2024.xlsx)"
./build/xlsx-templates/kinerja-template --keluar keluaran --timpa

# The .oxt of the version this build was configured with (an older
# version's may still lie in build/).
oxt=build/kinerja-calc-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt).oxt
test -f "$oxt" || { echo "$0: $oxt not built" >&2; exit 1; }
echo
echo "== installing $oxt into LibreOffice and evaluating Tabel 3.2 in Calc"
tests/e2e/kinerja-demo --install --oxt "$oxt"
