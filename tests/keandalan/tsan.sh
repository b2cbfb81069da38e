#!/usr/bin/env bash
# ThreadSanitizer: a separate small clang build with
# -fsanitize=thread of the two thread tests, run to completion; any data
# race report fails.
#
#   tests/keandalan/tsan.sh [BUILD_DIR]      (default build-tsan)
#
# test_benang drives the core and fungsi_panggil from 8 threads;
# test_komponen dispatches through the UNO component from 8 threads while
# references are taken and dropped.  LibreOffice's own libraries
# (libuno_sal, libuno_cppu) are not instrumented, so races inside them are
# out of reach; our code (the dispatcher, the conversions, the reference
# count, the core) is.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-tsan}
command -v clang >/dev/null || { echo "tsan: clang not found (apt-get install clang libclang-rt-dev)" >&2; exit 1; }

echo "== tsan: build ($build, clang -fsanitize=thread)"
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DKINERJA_TSAN=ON -DKINERJA_WINDOWS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target test_benang test_komponen >/dev/null

export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 exitcode=66"
for t in tests/keandalan/test_benang tests/komponen/test_komponen; do
  echo "-- $t"
  "$build/$t"
done
echo "== tsan: no data race"
