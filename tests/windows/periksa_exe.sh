#!/usr/bin/env bash
# Usage: periksa_exe.sh OBJDUMP EXE
#
# Checks kinerja-template.exe the way a Windows office machine will meet
# it: a PE32+ x86-64 console program that imports only from KERNEL32.dll,
# ADVAPI32.dll and the C runtime (msvcrt.dll or the Universal CRT's
# api-ms-win-crt-*), so that it runs alone: no libxlsxwriter, libzip,
# expat, zlib, libgcc or winpthread DLL has to travel with it.  ADVAPI32
# is part of every Windows; libzip's Windows file layer calls it
# (CryptGenRandom for the name of a temporary file when writing a zip,
# GetSecurityInfo to copy a file's permissions) and the reader links that
# layer, though it only reads.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pe_umum.sh"

objdump=${1:?usage: periksa_exe.sh OBJDUMP EXE}
exe=${2:?usage: periksa_exe.sh OBJDUMP EXE}
pe_mulai periksa_exe "$objdump" "$exe"
grep -Eq '^Subsystem[[:space:]]+0+3[[:space:]]' <<<"$keluaran" || salah "not a console program (subsystem 3)"
[ -n "$impor" ] || salah "imports nothing (not an import table objdump can read)"
pe_periksa_impor kernel32.dll advapi32.dll
pe_selesai "$(basename "$exe") imports from $(echo $impor)"
