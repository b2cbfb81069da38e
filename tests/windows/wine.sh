#!/usr/bin/env bash
# Usage: wine.sh WINE64 PREFIX siapkan            make a fresh Wine prefix
#        wine.sh WINE64 PREFIX jalankan PROGRAM [ARG...]
#                                                 run a Windows console program
#        wine.sh WINE64 PREFIX henti              stop the prefix's wineserver
#
# Runs the Windows unit tests under Wine without a display, as any user
# (root in CI's fresh Debian root included): the prefix is a throwaway
# folder in the build tree, owned by whoever runs the tests, so Wine never
# touches ~/.wine.  Mono and Gecko are switched off (their installers would
# ask through a window), and WINEDEBUG=-all keeps Wine's own diagnostics out
# of the test output.  The program's exit status is the test's.
set -euo pipefail

wine=${1:?usage: wine.sh WINE64 PREFIX siapkan|jalankan PROGRAM|henti}
prefix=${2:?usage: wine.sh WINE64 PREFIX siapkan|jalankan PROGRAM|henti}
perintah=${3:?usage: wine.sh WINE64 PREFIX siapkan|jalankan PROGRAM|henti}

if [ ! -x "$wine" ]; then
  echo "wine.sh: Wine is missing ($wine): install wine64 (scripts/setup.sh)" >&2
  exit 1
fi
export WINEPREFIX="$prefix"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export HOME="${HOME:-$(dirname "$prefix")}"
unset DISPLAY WAYLAND_DISPLAY

wineserver=$(dirname "$wine")/wineserver64
[ -x "$wineserver" ] || wineserver=$(command -v wineserver || true)

case "$perintah" in
  siapkan)
    rm -rf "$prefix"
    mkdir -p "$prefix"
    # One wineserver for the whole run, started first and detached from
    # this script's output: a server started by a test inherits the test's
    # stdout and CTest waits for it to exit.  It exits by itself 30 s after
    # its last client even if `henti` never runs.
    if [ -n "$wineserver" ]; then
      "$wineserver" -p30 </dev/null >/dev/null 2>&1
    fi
    # wineboot returns once the prefix is made (no `wineserver -w` here:
    # it would wait for the persistent server itself to exit).  Its output
    # goes to a log for the same reason as the server's: the Windows
    # services it starts keep running, holding whatever stdout they got.
    log="$prefix.log"
    if ! "$wine" wineboot.exe --init </dev/null >"$log" 2>&1; then
      cat "$log" >&2
      exit 1
    fi
    test -d "$prefix/drive_c/windows/system32"
    ;;
  jalankan)
    program=${4:?usage: wine.sh WINE64 PREFIX jalankan PROGRAM}
    if [ ! -d "$prefix/drive_c" ]; then
      echo "wine.sh: no Wine prefix in $prefix (the windows_wine_siapkan test makes it)" >&2
      exit 1
    fi
    exec "$wine" "$program" "${@:5}"
    ;;
  henti)
    if [ -n "$wineserver" ] && [ -d "$prefix" ]; then "$wineserver" -k || true; fi
    ;;
  *)
    echo "wine.sh: unknown command $perintah" >&2
    exit 2
    ;;
esac
