#!/usr/bin/env bash
# The Debian package (packaging/CMakeLists.txt, target `deb`): built with
# cpack from this build, it must carry the generator, the .oxt and the
# docs, depend on the libraries the binary links, and work once unpacked:
# the unpacked kinerja-template writes the built-in example's workbooks.
#
#   periksa_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
versi_proyek=$2
kerja=$(mktemp -d)
trap 'rm -rf "$kerja"' EXIT

gagal() { echo "periksa_deb: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$kerja/paket" >"$kerja/cpack.log" 2>&1 ||
  { cat "$kerja/cpack.log" >&2; gagal "cpack failed"; }
deb=$(ls "$kerja"/paket/kinerja_*.deb 2>/dev/null) || gagal "no kinerja_*.deb written"
echo "package: $(basename "$deb")"

[ "$(dpkg-deb -f "$deb" Package)" = kinerja ] || gagal "Package is not kinerja"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libxlsxwriter libcsv libc6; do
  grep -q "$lib" <<<"$depends" || gagal "Depends lacks $lib (dpkg-shlibdeps)"
done

isi=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kinerja-template ./usr/share/kinerja/kinerja-calc.oxt \
         ./usr/share/doc/kinerja/README.md ./usr/share/doc/kinerja/kinerja-template.md \
         ./usr/share/doc/kinerja/copyright; do
  grep -q " $f\$" <<<"$isi" || gagal "$f is not in the package"
done

# Unpacked, the program runs from its own folder: the built-in example is
# compiled in, nothing is read from the source tree.
dpkg-deb -x "$deb" "$kerja/akar"
program="$kerja/akar/usr/bin/kinerja-template"
# The package's version is the program's, the .oxt's and the project's.
python3 "$(dirname "$0")/periksa_versi.py" --versi "$versi_proyek" --program "$program" \
  --oxt "$build"/kinerja-calc-*.oxt --deb "$deb" || gagal "the versions disagree"
(cd "$kerja" && "$program" -k keluaran >/dev/null)
n=$(ls "$kerja"/keluaran/*.xlsx | wc -l)
[ "$n" -eq 1 ] && [ -f "$kerja"/keluaran/kinerja-2024.xlsx ] ||
  gagal "the packaged program wrote $n workbooks, not the one kinerja-2024.xlsx"
# The packaged .oxt is the one the build made, byte for byte.
cmp -s "$kerja/akar/usr/share/kinerja/kinerja-calc.oxt" "$build"/kinerja-calc-*.oxt ||
  gagal "the packaged .oxt differs from the build's"
echo "periksa_deb: ok"
