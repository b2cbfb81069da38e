#!/usr/bin/env bash
# Runs the project's CI inside a fresh Debian 12 root, so that a green run
# proves the README works on a machine that has nothing installed.
#
#   1. a minbase bookworm root, unpacked from a cached debootstrap tarball
#      (made anew when missing or older than KINERJA_CI_CACHE_HARI days);
#   2. a fresh clone of this checkout's HEAD in /root/kinerja of that root,
#      with shared/ beside it as /root/shared (as CI lays it out);
#   3. inside the root: the README's first command (scripts/jalankan.sh),
#      its second (scripts/uji.sh), the build variants
#      (scripts/ci/varian.sh) and the end-to-end suite again on the
#      LibreOffice of bookworm-backports (scripts/ci/lo_baru.sh).
#
# Mounts live in a private mount namespace and every process in a private
# PID namespace: when this script ends, however it ends (even kill -9 of
# unshare), the kernel drops the mounts and kills what is left, and nothing
# leaks into the host's mount table.  Needs root (CI runs as root).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
shared="$repo/../shared"
cache=${KINERJA_CI_CACHE:-/var/cache/kinerja-ci}
umur_hari=${KINERJA_CI_CACHE_HARI:-14}
cermin=${KINERJA_CI_MIRROR:-http://deb.debian.org/debian}

gagal() { echo "ci: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || gagal "needs root (debootstrap, chroot, mounts)"
[ -d "$shared" ] || gagal "no shared/ beside the clone ($shared)"
git -C "$repo" rev-parse HEAD >/dev/null || gagal "$repo is not a git checkout"

if [ -z "${KINERJA_CI_DALAM_NS:-}" ]; then
  # Host tools: debootstrap makes the root; unshare (util-linux) is there.
  if ! command -v debootstrap >/dev/null; then
    echo "ci: installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
  fi
  export KINERJA_CI_DALAM_NS=1
  exec unshare --mount --propagation private --pid --fork --kill-child \
    bash "$0" "$@"
fi

mulai=$(date +%s)
tahap() { echo; echo "== ci [$(( ($(date +%s) - mulai) / 60 )) min] $*"; }

# 1. The root.  mktemp -d makes a 0700 folder: a root must be 0755, or an
#    unprivileged soffice inside it cannot even load libc.
mkdir -p "$cache" /var/tmp
akar=$(mktemp -d /var/tmp/kinerja-ci.XXXXXX)
chmod 0755 "$akar"
bersihkan() {
  # Mounts vanish with the namespace; the files are ours to remove.
  umount -R "$akar/dev" "$akar/proc" "$akar/sys" 2>/dev/null || true
  if [ -z "${KINERJA_CI_SIMPAN:-}" ]; then
    rm -rf --one-file-system "$akar"
  else
    echo "ci: root kept in $akar (KINERJA_CI_SIMPAN)"
  fi
}
trap bersihkan EXIT

tarball="$cache/bookworm-minbase.tar.gz"
if [ -f "$tarball" ] && [ -n "$(find "$tarball" -mtime -"$umur_hari")" ]; then
  tahap "unpacking the cached minbase root ($tarball)"
  tar -xzf "$tarball" -C "$akar" --numeric-owner -p
else
  tahap "debootstrap --variant=minbase bookworm (cached for $umur_hari days)"
  debootstrap --variant=minbase bookworm "$akar" "$cermin" >"$akar.log" 2>&1 ||
    { cat "$akar.log" >&2; rm -f "$akar.log"; gagal "debootstrap failed"; }
  rm -f "$akar.log"
  tar -czf "$tarball.baru" -C "$akar" --numeric-owner . && mv "$tarball.baru" "$tarball"
fi
chmod 0755 "$akar"

# Debian 12 as a user has it: the point releases' updates and security.
cat >"$akar/etc/apt/sources.list" <<SUMBER
deb $cermin bookworm main
deb $cermin bookworm-updates main
deb ${cermin%/debian}/debian-security bookworm-security main
SUMBER
cp /etc/resolv.conf "$akar/etc/resolv.conf"

# 2. A fresh clone, shared/ beside it; /root stays 0700 as on any machine.
tahap "cloning $(git -C "$repo" rev-parse --short HEAD) into the root's /root/kinerja"
git clone --quiet --no-hardlinks "$repo" "$akar/root/kinerja"
cp -rL "$shared" "$akar/root/shared"
chmod -R a-w "$akar/root/shared"
chmod 0700 "$akar/root"

mount -t proc proc "$akar/proc"
mount -t sysfs sysfs "$akar/sys"
mount --rbind /dev "$akar/dev"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$akar/dev/shm"

di_akar() {
  chroot "$akar" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI=true TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /root/kinerja && $1" </dev/null
}

# 3. The README's two commands, exactly as written there, then the rest.
perintah=$(sed -n '/^```$/,/^```$/p' "$repo/README.md" | grep '^bash scripts/' | head -2)
[ "$(echo "$perintah" | wc -l)" -eq 2 ] || gagal "README has no two commands in its first block"
while IFS= read -r p; do
  tahap "README: $p"
  di_akar "$p" || gagal "README command failed in a fresh root: $p"
done <<<"$perintah"

tahap "build variants: gcc and clang, Debug/Release/RelWithDebInfo, parts alone"
di_akar "bash scripts/ci/varian.sh" || gagal "a build variant failed"

tahap "the end-to-end suite on the LibreOffice of bookworm-backports"
di_akar "bash scripts/ci/lo_baru.sh" || gagal "end-to-end on the newer LibreOffice failed"

tahap "all passed"
