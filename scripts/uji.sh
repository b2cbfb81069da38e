#!/usr/bin/env bash
# Sets up, builds and runs every test: the normal build (unit tests and the
# end-to-end tests in real headless Calc), then the same unit tests under
# AddressSanitizer + UndefinedBehaviorSanitizer.  Fails loudly on anything.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

jobs=$(nproc)

echo "== build (RelWithDebInfo, -Wall -Wextra -Werror, the Windows DLL cross-built too)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKINERJA_WERROR=ON -DKINERJA_WINDOWS=ON
cmake --build build -j"$jobs"

echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build with AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKINERJA_SANITIZE=ON -DKINERJA_WERROR=ON -DKINERJA_WINDOWS=OFF
cmake --build build-asan -j"$jobs"

echo "== tests under sanitizers (unit tests; the end-to-end ones run in the normal build)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -LE e2e

echo "== fuzzing, bounded: 60 s per target, all three at once (tests/fuzz/README.md)"
bash tests/fuzz/jalankan.sh 60

echo "== ThreadSanitizer: the core and the component from 8 threads (tests/keandalan/tsan.sh)"
bash tests/keandalan/tsan.sh

echo "== all tests passed"
