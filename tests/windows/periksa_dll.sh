#!/usr/bin/env bash
# Usage: periksa_dll.sh OBJDUMP DLL PETA
#
# Checks the Windows component library the way LibreOffice for Windows will
# meet it:
#  - a PE32+ x86-64 DLL;
#  - it exports exactly the component entry points the Linux library's
#    version script PETA (addin/uno/komponen.map) makes global, nothing of
#    the core or the function layer;
#  - it imports only from LibreOffice's sal3.dll and cppu3.dll (both used),
#    KERNEL32.dll and the C runtime (msvcrt.dll or the Universal CRT's
#    api-ms-win-crt-*.dll): no libgcc, winpthread or other MinGW DLL that a
#    Windows machine would not have.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/pe_umum.sh"

objdump=${1:?usage: periksa_dll.sh OBJDUMP DLL PETA}
dll=${2:?usage: periksa_dll.sh OBJDUMP DLL PETA}
peta=${3:?usage: periksa_dll.sh OBJDUMP DLL PETA}
pe_mulai periksa_dll "$objdump" "$dll"
sed -n '/^Characteristics/,/^$/p' <<<"$keluaran" | grep -qx $'\tDLL' || salah "not a DLL"

# Exports: the names after "[Ordinal/Name Pointer] Table".
ekspor=$(awk '/\[Ordinal\/Name Pointer\] Table/ {t=1; next} t && NF==0 {t=0} t {print $NF}' <<<"$keluaran" | sort)
# The global names of the version script: between "global:" and "local:".
harus=$(awk '/global:/ {g=1; next} /local:/ {g=0} g {gsub(/[ \t;]/, ""); if ($0 != "") print}' "$peta" | sort)
if [ -z "$harus" ]; then
  salah "no global name in $peta"
fi
if [ "$ekspor" != "$harus" ]; then
  salah "exports differ from $peta"$'\n'"  exported: $(echo $ekspor)"$'\n'"  expected: $(echo $harus)"
fi

pe_periksa_impor sal3.dll cppu3.dll
pe_selesai "$(basename "$dll") exports $(echo $ekspor), imports from $(echo $impor)"
