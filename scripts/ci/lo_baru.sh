#!/usr/bin/env bash
# The end-to-end suite again, on the newest LibreOffice Debian 12 users can
# install (bookworm-backports: 25.2), with the very .oxt built against
# Debian 12's own 7.4 SDK by scripts/uji.sh: one extension must serve both.
# Run by CI after scripts/uji.sh, in its throwaway root: it upgrades that
# root's LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The .oxt of the version this build was configured with (an older
# version's may still lie in build/).
oxt=build/kinerja-calc-$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt).oxt
test -f "$oxt" || { echo "$0: $oxt not built" >&2; exit 1; }
sebelum=$(dpkg-query -W -f='${Version}' libreoffice-calc-nogui)

echo "deb http://deb.debian.org/debian bookworm-backports main" \
  >/etc/apt/sources.list.d/bookworm-backports.list
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends -t bookworm-backports \
  libreoffice-calc-nogui libreoffice-l10n-id python3-uno >/dev/null
sesudah=$(dpkg-query -W -f='${Version}' libreoffice-calc-nogui)
echo "lo_baru: LibreOffice $sebelum -> $sesudah"
case "$sesudah" in
  4:25.*) ;;
  *) echo "lo_baru: expected LibreOffice 25.x from bookworm-backports" >&2; exit 1 ;;
esac
soffice --version

# -FS: the .oxt fixture would rebuild; the point is the 7.4-built one.
ctest --test-dir build -L e2e -FS kinerja_oxt --output-on-failure
echo "lo_baru: the end-to-end suite passed on LibreOffice $sesudah with $oxt"
