#!/usr/bin/env bash
# The main job on the built-in example (the seed's LKjIP 2024): sets up,
# builds, and prints the key figures computed by the core.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
./build/addin/ringkasan-seed
