#!/usr/bin/env bash
# Installer smoke test: build the bundle and the .deb (`make dist`; skipped with --no-build when CI just built
# them), unpack the .deb into a fresh folder with dpkg-deb -x, and from the unpacked bundle alone run the first-run
# path of an office: --version, init, demo, a printed notice (title in the text, every font embedded), `check`,
# and the desktop up to its first window (offscreen). No venv and no checkout on the way: a clean environment.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || make dist
# SMOKE_DEB: another .deb (the compat one, which scripts/dist-compat.sh tests inside Debian 11).
deb=${SMOKE_DEB:-$(ls dist/zwcx_*.deb)}
tmp=$(mktemp -d /tmp/zwcx-smoke-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "smoke-dist: FAIL: $*" >&2; exit 1; }

dpkg-deb -x "$deb" "$tmp/root"
dpkg-deb -f "$deb" Depends | grep -q libxcb-cursor0 || fail "Depends lacks the xcb libraries"
grep -qx 'Name\[zh_CN\]=政务诚信' "$tmp/root/usr/share/applications/zwcx.desktop" || fail "desktop entry name"
[ -f "$tmp/root/usr/share/icons/hicolor/256x256/apps/zwcx.png" ] || fail "icon missing"
grep -q '^exec /opt/zwcx/zwcx "\$@"$' "$tmp/root/usr/bin/zwcx" || fail "/usr/bin/zwcx does not start /opt/zwcx/zwcx"
[ -z "$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -E 'postrm|prerm|postinst|preinst')" ] \
  || fail "maintainer scripts present (user data must be left alone)"

Z="$tmp/root/opt/zwcx/zwcx"
data="$tmp/data"
# Only what an office machine has: no venv, no PYTHONPATH, an empty home; keyring's file backend (bundled), chosen
# explicitly as an administrator would (zwcx refuses a file store nobody chose).
run() {
  env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/config" \
    QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring ZWCX_ALLOW_FILE_KEYRING=1 "$@"
}
want=$(dpkg-deb -f "$deb" Version)
[ "$(run "$Z" --version)" = "zwcx $want" ] || fail "--version is not zwcx $want"
echo "smoke-pass-1" | run "$Z" --data-dir "$data" init --unit-name 道里区新阳路街道办事处 \
  --unit-code 91110000600037341L --division 230102 --admin admin --password-stdin \
  --contact-person 张丽 --contact-phone 0451-84661234 --address 哈尔滨市道里区新阳路123号 \
  --supervisor 道里区纪委监委 --supervision-phone 0451-84612388
run "$Z" --data-dir "$data" demo --records 200 --seed 3
run "$Z" --data-dir "$data" list disclosures --json > "$tmp/list.json"
read -r id title < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["records"][0]; print(r["id"], r["title"])' "$tmp/list.json")
run "$Z" --data-dir "$data" notice "$id" -o "$tmp/x.pdf"
pdftotext "$tmp/x.pdf" - | tr -d '\n' | grep -qF "$title" || fail "notice PDF does not show its title: $title"
fonts=$(pdffonts "$tmp/x.pdf" | tail -n +3)
[ -n "$fonts" ] || fail "notice PDF has no fonts"
# Column 'emb' is the 5th from the right whatever spaces the font names hold.
echo "$fonts" | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit bad }' || fail "a font is not embedded: $fonts"
# The bundled font alone (what an office without 仿宋/小标宋 gets) must be found inside the bundle and embedded.
run env ZWCX_NOTICE_FONTS=bundled "$Z" --data-dir "$data" notice "$id" -o "$tmp/bundled.pdf"
pdffonts "$tmp/bundled.pdf" | grep -q "UMing.*TrueType.* yes " || fail "bundled font not embedded in the notice"
run "$Z" --data-dir "$data" check
run env ZWCX_EXIT_AFTER_SHOWN=1 "$Z" --data-dir "$data" 2> "$tmp/gui.err" || { cat "$tmp/gui.err" >&2; fail "desktop start"; }
grep -qi "could not load the qt platform plugin\|Traceback" "$tmp/gui.err" && { cat "$tmp/gui.err" >&2; fail "desktop start"; }
# The bundle's budget (issue 11): an office machine downloads and installs all of it.
BUDGET_MIB=160
size=$(find "$tmp/root/opt/zwcx" -type f -printf "%s\n" | awk '{s+=$1} END {printf "%.1f", s/1048576}')
awk -v s="$size" -v b="$BUDGET_MIB" 'BEGIN { exit !(s <= b) }' || fail "bundle is $size MiB, over its $BUDGET_MIB MiB budget"
echo "smoke-dist: ok ($(basename "$deb"), notice '$title', bundle $size MiB of $BUDGET_MIB)"
