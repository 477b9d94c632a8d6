#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that Qt, the notices and (with "test") the test suite need.
# As root it installs them with apt-get; otherwise it prints the exact apt-get line and fails.
set -euo pipefail
RUNTIME="libegl1 libgl1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libsm6 libice6
 fonts-wqy-microhei fontconfig"
TEST="poppler-utils xvfb xauth postgresql gnome-keyring dbus"
# The city console's browser tests and screenshots drive Chromium through chromedriver. Debian packages them as
# chromium and chromium-driver; where the archive has no such package (Ubuntu ships a snap) those tests skip.
BROWSER="chromium chromium-driver"
want="$RUNTIME"
[ "${1:-}" = "test" ] && want="$RUNTIME $TEST $BROWSER"
missing=()
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "zwcx needs these system packages. Run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq  # first: a fresh machine has no package lists, so nothing has a candidate yet
have=()
for p in "${missing[@]}"; do
  if [[ " $BROWSER " == *" $p "* ]] && ! apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "note: $p is not in this system's archive; the console's browser tests will be skipped" >&2
    continue
  fi
  have+=("$p")
done
[ ${#have[@]} -eq 0 ] && exit 0
echo "installing system packages: ${have[*]}"
apt-get install -y --no-install-recommends "${have[@]}" >/dev/null
