#!/usr/bin/env bash
# Packs the PyInstaller folder dist/zwcx/ into dist/zwcx_VERSION_ARCH.deb with plain dpkg-deb (no debhelper).
# ZWCX_DIST and ZWCX_DEB_STAGE name other folders (the compat bundle: dist/compat, build/compat/deb).
# The app goes to /opt/zwcx, `zwcx` onto the PATH through /usr/bin/zwcx, a desktop entry (政务诚信) and icons under
# /usr/share. There are no maintainer scripts at all: an upgrade or removal (even --purge) never touches the
# users' data in ~/.local/share/zwcx, which dpkg does not know about.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${ZWCX_DIST:-dist}
[ -x "$dist/zwcx/zwcx" ] || { echo "build-deb: $dist/zwcx/zwcx missing; run make dist" >&2; exit 1; }
version=$(QT_QPA_PLATFORM=offscreen "$dist/zwcx/zwcx" --version | awk '{print $2}')
# The oldest libc6 the bundle starts on: the highest GLIBC symbol version its files need.
glibc=$(python3 scripts/glibc-floor.py --print "$dist/zwcx")
arch=$(dpkg --print-architecture)
stage=${ZWCX_DEB_STAGE:-build/deb}
root=$stage/zwcx
rm -rf "$stage" && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/doc/zwcx" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/48x48/apps"
cp -a "$dist/zwcx" "$root/opt/zwcx"
# A wrapper rather than a symlink: the bundle finds its _internal folder next to the real executable.
printf '#!/bin/sh\nexec /opt/zwcx/zwcx "$@"\n' > "$root/usr/bin/zwcx"
chmod 755 "$root/usr/bin/zwcx"
install -m 644 installer/deb/zwcx.desktop "$root/usr/share/applications/zwcx.desktop"
install -m 644 installer/deb/copyright "$root/usr/share/doc/zwcx/copyright"
install -m 644 resources/icons/zwcx.svg "$root/usr/share/icons/hicolor/scalable/apps/zwcx.svg"
install -m 644 resources/icons/zwcx-256.png "$root/usr/share/icons/hicolor/256x256/apps/zwcx.png"
install -m 644 resources/icons/zwcx-48.png "$root/usr/share/icons/hicolor/48x48/apps/zwcx.png"
size_kib=$(du -sk "$root" | cut -f1)
# Depends: the system libraries the bundle leaves out on purpose (installer/zwcx.spec, _FROM_SYSTEM) and what Qt
# loads at run time (EGL/GL, the xcb set of its X11 platform plugin, CUPS for printing).
sed -e "s/@VERSION@/$version/" -e "s/@GLIBC@/$glibc/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kib/" installer/deb/control.in \
  > "$root/DEBIAN/control"
out="$dist/zwcx_${version}_${arch}.deb"
rm -f "$dist"/zwcx_*.deb
# xz is what every dpkg reads (UOS and Kylin ship dpkg releases without zstd support).
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "built $out ($(du -h "$out" | cut -f1))"
