#!/usr/bin/env bash
# Installs, idempotently, every Debian 12 package Kinerja for Calc needs to
# build, test and run.  The one place that knows the package list: the
# README's commands and CI call it.  Uses sudo when not root.
set -euo pipefail

paket=(
  build-essential cmake pkg-config zip
  zlib1g-dev                 # libxlsxwriter's static users link -lz (the generator's tests)
  git                        # the tests that read the tracked tree (git grep)
  file dpkg-dev              # CPack's Debian package: file(1) and dpkg-shlibdeps; dpkg-source
                             # for the Windows build's Debian sources (windows/sumber-debian.sh)
  libreoffice-dev            # the SDK: UNO headers, idlc, unoidl-write
  libreoffice-calc-nogui     # a real Calc for the end-to-end tests and demo
  libreoffice-l10n-id        # Indonesian UI: the Function Wizard shows our id help
  python3-uno                # drives headless Calc in the end-to-end tests
  libxlsxwriter-dev          # the template generator's xlsx writer
  libcsv-dev                 # the generator's CSV plan reader
  libzip-dev libexpat1-dev   # zip and XML: the reader of filled workbooks (pembaca/), fuzz_templat; libzip also corrects numbers in written workbooks
  libcmocka-dev              # unit tests
  python3-openpyxl           # structural check of generated xlsx files
  clang libclang-rt-dev      # libFuzzer and ThreadSanitizer builds (tests/fuzz, tests/keandalan)
  valgrind                   # memcheck over soffice with the add-in (tests/keandalan)
  poppler-utils              # pdftoppm, pdftotext: charts render (tests/generator), printed pages measured (tests/cetak)
  gnumeric                   # ssconvert: an independent engine reads and recomputes the workbooks (tests/generator, tests/e2e)
  python3-xlsxwriter         # the generator benchmark's Python comparison (bench/, BENCHMARKS.md)
  gcc-mingw-w64-x86-64       # the add-in for Windows x86_64 (windows/, cmake/windows.cmake)
  wine64                     # runs the Windows unit tests (tests/windows)
  libz-mingw-w64-dev         # zlib for kinerja-template.exe (windows/generator.cmake)
)

kurang=()
for p in "${paket[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    kurang+=("$p")
  fi
done

if [ "${#kurang[@]}" -eq 0 ]; then
  echo "setup: all ${#paket[@]} packages already installed"
  exit 0
fi

sudo_bila_perlu=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${kurang[*]}" >&2; exit 1; }
  sudo_bila_perlu=(sudo)
fi

echo "setup: installing ${kurang[*]}"
# dpkg's progress is long: kept in a log, shown whole when something fails.
log=$(mktemp /tmp/kinerja-setup.XXXXXX.log)
if ! { "${sudo_bila_perlu[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
       "${sudo_bila_perlu[@]}" env DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends "${kurang[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "setup: installing packages failed (log above)" >&2
  exit 1
fi
rm -f "$log"
echo "setup: done (${#kurang[@]} packages)"
