#!/usr/bin/env bash
# Usage: sumber-debian.sh PAKET FOLDER
#
# Unpacks the Debian 12 source package PAKET (with Debian's patches) into
# FOLDER/PAKET, for libraries that must be cross-built for Windows because
# Debian ships them only for Linux (cmocka for the unit tests under Wine).
#
# Uses apt's ordinary `apt-get source`, which checks the files against the
# signed Sources index, with a private deb-src list and private apt state
# under FOLDER/apt: the machine's own apt configuration is never changed.
# Needs the network once; a second run with FOLDER/PAKET present does
# nothing.  Fails loudly when anything is missing.
set -euo pipefail

paket=${1:?usage: sumber-debian.sh PAKET FOLDER}
folder=${2:?usage: sumber-debian.sh PAKET FOLDER}

if [ -f "$folder/$paket/.kinerja-siap" ]; then
  exit 0
fi
command -v apt-get >/dev/null || { echo "sumber-debian: apt-get is missing" >&2; exit 1; }
command -v dpkg-source >/dev/null || { echo "sumber-debian: dpkg-source is missing (dpkg-dev)" >&2; exit 1; }

mkdir -p "$folder"
folder=$(cd "$folder" && pwd)
# One fetch at a time per folder: parallel build steps share its apt state.
exec 9>"$folder/.kunci"
flock 9
if [ -f "$folder/$paket/.kinerja-siap" ]; then
  exit 0
fi
apt_dir="$folder/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/unduh"
cat >"$apt_dir/sumber.sources" <<SUMBER
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SUMBER

opsi=(
  -o "Dir::Etc::SourceList=$apt_dir/sumber.sources"
  -o "Dir::Etc::SourceParts=$apt_dir/tidak-ada"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::Cache=$apt_dir/cache"
  -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=$(id -un)"
)
if [ ! -f "$apt_dir/diperbarui" ]; then
  apt-get "${opsi[@]}" -qq update
  touch "$apt_dir/diperbarui"
fi
rm -rf "${folder:?}/$paket"
(cd "$apt_dir/unduh" && apt-get "${opsi[@]}" -qq source --download-only "$paket")
dsc=$(ls "$apt_dir/unduh/${paket}"_*.dsc | head -n 1)
dpkg-source --no-check -x "$dsc" "$folder/$paket" >/dev/null
touch "$folder/$paket/.kinerja-siap"
echo "sumber-debian: $(basename "$dsc") unpacked into $folder/$paket"
