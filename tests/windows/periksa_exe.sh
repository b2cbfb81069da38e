#!/usr/bin/env bash
# Usage: periksa_exe.sh OBJDUMP EXE
#
# Checks kinerja-template.exe the way a Windows office machine will meet
# it: a PE32+ x86-64 console program that imports only from KERNEL32.dll
# and the C runtime (msvcrt.dll or the Universal CRT's api-ms-win-crt-*),
# so that it runs alone: no libxlsxwriter, zlib, libgcc or winpthread DLL
# has to travel with it.
set -euo pipefail

objdump=${1:?usage: periksa_exe.sh OBJDUMP EXE}
exe=${2:?usage: periksa_exe.sh OBJDUMP EXE}
command -v "$objdump" >/dev/null || { echo "periksa_exe: $objdump is missing" >&2; exit 1; }
[ -f "$exe" ] || { echo "periksa_exe: $exe is missing" >&2; exit 1; }

gagal=0
salah() { echo "periksa_exe: $*" >&2; gagal=1; }

keluaran=$("$objdump" -p "$exe")
grep -q 'file format pei-x86-64' <<<"$keluaran" || salah "not a PE x86-64 file"
grep -Eq '^Subsystem[[:space:]]+0+3[[:space:]]' <<<"$keluaran" || salah "not a console program (subsystem 3)"
impor=$(awk '/DLL Name:/ {print $3}' <<<"$keluaran" | sort -u)
[ -n "$impor" ] || salah "imports nothing (not an import table objdump can read)"
for nama in $impor; do
  case "${nama,,}" in
    kernel32.dll | msvcrt.dll | api-ms-win-crt-*.dll) ;;
    *) salah "imports from $nama" ;;
  esac
done
grep -qix kernel32.dll <<<"$impor" || salah "does not import from KERNEL32.dll"

if [ "$gagal" -ne 0 ]; then
  exit 1
fi
echo "periksa_exe: $(basename "$exe") imports from $(echo $impor)"
