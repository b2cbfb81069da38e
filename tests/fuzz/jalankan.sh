#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -DKINERJA_FUZZ=ON) and runs each for
# a bounded time, all at once (three on two cores), starting from the committed
# corpus.  Fails if a fuzzer finds anything: the input is printed (base64)
# and kept under the work folder, to be added to regresi/ as a regression
# test (README.md).  Known open findings (TERBUKA) are looked past.
#
#   tests/fuzz/jalankan.sh [SECONDS_PER_TARGET [BUILD_DIR]]
#
# CI (scripts/uji.sh) runs it with 60 s per target.  Set KINERJA_FUZZ_KORPUS
# to a folder to keep the grown corpora there (e.g. to merge them into
# korpus/ with -merge=1 after a long run).
set -euo pipefail
cd "$(dirname "$0")/../.."

detik=${1:-60}
build=${2:-build-fuzz}
sasaran=(fungsi rencana templat pembaca)

command -v clang >/dev/null || { echo "fuzz: clang not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

echo "== fuzz: build ($build, clang, libFuzzer + ASan + UBSan)"
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DKINERJA_FUZZ=ON -DKINERJA_WINDOWS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${sasaran[@]/#/fuzz_}" >/dev/null

# awk, not grep: no open finding is no match, which must not fail the run
lewati=$(awk '!/^#/ && NF {print $1}' tests/fuzz/TERBUKA | paste -sd, -)
kerja=$(mktemp -d /tmp/kinerja-fuzz.XXXXXX)
trap 'rm -rf "$kerja"' EXIT

pids=()
for s in "${sasaran[@]}"; do
  mkdir -p "$kerja/$s/korpus" "$kerja/$s/temuan"
  opsi=(-max_total_time="$detik" -timeout=10 -rss_limit_mb=2048
        -print_final_stats=1 -artifact_prefix="$kerja/$s/temuan/")
  [ -f "tests/fuzz/$s.dict" ] && opsi+=(-dict="tests/fuzz/$s.dict")
  korpus=("tests/fuzz/korpus/$s")
  # fuzz_templat reads the same plan files as fuzz_rencana
  if [ "$s" = templat ]; then
    opsi+=(-dict=tests/fuzz/rencana.dict)
    korpus+=(tests/fuzz/korpus/rencana)
  fi
  # The bound is libFuzzer's own; timeout(1) is the backstop for a hang
  # outside its control.
  KINERJA_FUZZ_LEWATI="$lewati" timeout --kill-after=10 $((detik + 120)) \
    "$build/tests/fuzz/fuzz_$s" "${opsi[@]}" "$kerja/$s/korpus" "${korpus[@]}" \
    >"$kerja/$s/log" 2>&1 &
  pids+=($!)
done

gagal=0
for i in "${!sasaran[@]}"; do
  s=${sasaran[$i]}
  status=0
  wait "${pids[$i]}" || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$kerja/$s/log")
  baru=$(sed -n 's/^stat::new_units_added: *//p' "$kerja/$s/log")
  echo "fuzz_$s: ${runs:-?} executions in ${detik} s, ${baru:-?} new corpus units, exit status $status (skipping known: ${lewati:-none})"
  if [ "$status" -ne 0 ] || ls "$kerja/$s/temuan/"* >/dev/null 2>&1; then
    gagal=1
    echo "FUZZ FINDING in fuzz_$s:" >&2
    grep -v -E '^(#[0-9]|INFO:|\s+NEW_FUNC)' "$kerja/$s/log" | tail -60 >&2
    for f in "$kerja/$s/temuan/"*; do
      [ -e "$f" ] || continue
      echo "input $(basename "$f") (base64): $(base64 -w0 "$f")" >&2
      echo "  replay: $build/tests/fuzz/fuzz_$s $f; add it to tests/fuzz/regresi/$s/" >&2
    done
  fi
  if [ -n "${KINERJA_FUZZ_KORPUS:-}" ]; then
    mkdir -p "$KINERJA_FUZZ_KORPUS/$s"
    cp -a "$kerja/$s/korpus/." "$KINERJA_FUZZ_KORPUS/$s/"
  fi
done
if [ "$gagal" -ne 0 ]; then
  trap - EXIT
  echo "fuzz: findings kept in $kerja" >&2
  exit 1
fi
echo "== fuzz: no findings"
