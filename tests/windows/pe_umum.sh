# Shared by periksa_dll.sh and periksa_exe.sh (sourced, not run): reading a
# Windows PE file with MinGW's objdump and checking which DLLs it imports.
# A Windows office machine has KERNEL32.dll and the C runtime (msvcrt.dll,
# or the Universal CRT's api-ms-win-crt-*.dll) and nothing else of MinGW's:
# no libgcc, winpthread, zlib or libxlsxwriter DLL travels with the files.

# salah MESSAGE: reports one failed check and goes on with the next.
salah() {
  echo "$alat: $*" >&2
  gagal=1
}

# pe_mulai TOOL OBJDUMP FILE: fails at once when objdump or the file is
# missing; sets keluaran (objdump -p of the file) and impor (the DLLs it
# imports from, one a line) and checks that it is a PE32+ x86-64 file.
pe_mulai() {
  alat=$1
  local objdump=$2 berkas=$3
  command -v "$objdump" >/dev/null || { echo "$alat: $objdump is missing" >&2; exit 1; }
  [ -f "$berkas" ] || { echo "$alat: $berkas is missing" >&2; exit 1; }
  gagal=0
  keluaran=$("$objdump" -p "$berkas")
  grep -q 'file format pei-x86-64' <<<"$keluaran" || salah "not a PE x86-64 file"
  impor=$(awk '/DLL Name:/ {print $3}' <<<"$keluaran" | sort -u)
}

# pe_periksa_impor DLL...: every import is KERNEL32.dll, the C runtime or
# one of the DLLs named (lower case), and each DLL named is imported.
pe_periksa_impor() {
  local nama perlu boleh
  for nama in $impor; do
    case "${nama,,}" in
      kernel32.dll | msvcrt.dll | api-ms-win-crt-*.dll) ;;
      *)
        boleh=0
        for perlu in "$@"; do
          [ "${nama,,}" = "$perlu" ] && boleh=1
        done
        [ "$boleh" -eq 1 ] || salah "imports from $nama"
        ;;
    esac
  done
  for perlu in "$@"; do
    grep -qix "$perlu" <<<"$impor" || salah "does not import from $perlu"
  done
}

# pe_selesai SUMMARY: exits 1 when a check failed, or prints the summary.
pe_selesai() {
  [ "$gagal" -eq 0 ] || exit 1
  echo "$alat: $*"
}
