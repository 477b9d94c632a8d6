#!/usr/bin/env bash
# The compat bundle and .deb for glibc 2.31 systems (Kylin V10, Debian 11; issue 22): dist/compat/zwcx/ and
# dist/compat/zwcx_VERSION_ARCH.deb, built inside a Debian 11 root so that nothing in them needs a newer glibc.
#
#   1. root     build/compat/debian11: debootstrap of Debian 11 (bullseye) from Debian's archive, kept and reused
#   2. python   /opt/python3.11 in the root, built there from Debian 12's python3.11 source package (Debian 11
#               has Python 3.9 only; a Python built on glibc 2.31 needs nothing newer)
#   3. venv     /opt/venv-compat in the root: the runtime requirements with PySide6 $QT (the newest release whose
#               wheels are manylinux_2_28; 6.10 and later need glibc 2.34) and PyInstaller
#   4. build    installer/zwcx.spec and installer/build-deb.sh, run in the root on the checkout (bind-mounted)
#   5. check    scripts/glibc-floor.py --max 2.31 on the bundle; scripts/smoke-dist.sh on the .deb inside the
#               root; the desktop to its first window under Xvfb there; apt resolves the .deb's Depends on Debian 11
#
# Usage: scripts/dist-compat.sh [--root DIR] [--qt VERSION] [--rebuild-root] [--no-smoke] [--plan]
# --plan prints what each cached stage would do (create/build or reuse) and changes nothing. Needs root (chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
ROOTFS=build/compat/debian11
QT=6.9.3
GLIBC_MAX=2.31
SUITE=bullseye
PLAN=0 REBUILD=0 SMOKE=1
usage() { echo "usage: scripts/dist-compat.sh [--root DIR] [--qt VERSION] [--rebuild-root] [--no-smoke] [--plan]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ $# -ge 2 ] || usage; ROOTFS=$2; shift ;;
    --qt) [ $# -ge 2 ] || usage; QT=$2; shift ;;
    --rebuild-root) REBUILD=1 ;;
    --no-smoke) SMOKE=0 ;;
    --plan) PLAN=1 ;;
    *) usage ;;
  esac
  shift
done
[[ "$QT" =~ ^6\.[0-9]+\.[0-9]+(\.[0-9]+)?$ ]] || { echo "dist-compat: --qt takes a PySide6 version such as 6.9.3" >&2; exit 2; }

# Packages of the root: a C toolchain and the headers for Python's extension modules, what Qt's xcb platform
# loads (scripts/system-deps.sh's runtime list), and the smoke test's tools (poppler, Xvfb, python3 for JSON).
PACKAGES="ca-certificates build-essential pkg-config dpkg-dev libssl-dev libffi-dev zlib1g-dev libbz2-dev
 liblzma-dev libsqlite3-dev uuid-dev binutils xz-utils python3 poppler-utils xvfb xauth
 libegl1 libgl1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libsm6 libice6 fonts-wqy-microhei fontconfig"
# Each cached stage is redone when its key changes (the key is written into its stamp file when it completes).
ROOT_KEY="debian $SUITE minbase"
PYTHON_KEY="python3.11 from Debian 12 source with its upstream fixes, --enable-shared, rpath /opt/python3.11/lib"
REQS=$(python3 installer/runtime_deps.py --qt "$QT"; cat installer/requirements-build.txt)
VENV_KEY="$PYTHON_KEY; $(printf '%s\n' "$REQS" | sha256sum | cut -c1-16)"

# "reuse" when the stamp file holds exactly the key, otherwise what to do.
stage() { if [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; then echo reuse; else echo "$3"; fi; }
root_do=$(stage "$ROOTFS/.zwcx-root" "$ROOT_KEY" create)
[ "$REBUILD" = 1 ] && root_do=create
if [ "$root_do" = create ]; then python_do=build venv_do=create; else
  python_do=$(stage "$ROOTFS/opt/python3.11/.zwcx-stamp" "$PYTHON_KEY" build)
  venv_do=$(stage "$ROOTFS/opt/venv-compat/.zwcx-stamp" "$VENV_KEY" create)
  [ "$python_do" = build ] && venv_do=create
fi
if [ "$PLAN" = 1 ]; then
  printf 'root: %s %s\npython: %s\nvenv: %s (PySide6 %s)\n' "$root_do" "$ROOTFS" "$python_do" "$venv_do" "$QT"
  printf 'root key: %s\npython key: %s\nvenv key: %s\n' "$ROOT_KEY" "$PYTHON_KEY" "$VENV_KEY"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "dist-compat: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -q debootstrap >/dev/null; }

in_root() { chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
MOUNTS=()
unmount_all() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
  MOUNTS=()
}
trap unmount_all EXIT
mount_in_root() {  # mount_in_root TARGET mount-args...
  local target="$ROOTFS/$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTS+=("$target")
}

if [ "$root_do" = create ]; then
  # Never delete a root that still has something mounted in it (a run killed before its trap).
  if [ -d "$ROOTFS" ] && findmnt -rn -o TARGET | grep -q "^$(realpath "$ROOTFS")/"; then
    echo "dist-compat: $ROOTFS has mounts left; unmount them first" >&2; exit 1
  fi
  rm -rf "$ROOTFS" "$ROOTFS.tmp"
  mkdir -p "$(dirname "$ROOTFS")"
  echo "dist-compat: debootstrap $SUITE into $ROOTFS"
  # ${COMPAT_MIRROR:-} empty: debootstrap's own default mirror of Debian's archive.
  debootstrap --variant=minbase "$SUITE" "$ROOTFS.tmp" ${COMPAT_MIRROR:-} > build/compat/debootstrap.log 2>&1 \
    || { tail -20 build/compat/debootstrap.log >&2; exit 1; }
  mv "$ROOTFS.tmp" "$ROOTFS"
  echo "$ROOT_KEY" > "$ROOTFS/.zwcx-root"
fi

cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
mount_in_root proc -t proc proc
mount_in_root dev --bind /dev
mount_in_root dev/pts --bind /dev/pts
mount_in_root src --bind "$CHECKOUT"

missing=$(in_root dpkg-query -W -f='${Package} ${Status}\n' $PACKAGES 2>/dev/null | awk '$4 == "installed" {print $1}' \
  | sort | comm -13 - <(printf '%s\n' $PACKAGES | sort) || true)
if [ -n "$missing" ]; then
  echo "dist-compat: installing in the root: $(echo $missing)"
  in_root apt-get update -qq
  in_root apt-get install -y -q --no-install-recommends $missing > build/compat/apt.log 2>&1 \
    || { tail -20 build/compat/apt.log >&2; exit 1; }
fi

# The root trusts the certificate authorities the build host added locally (an office or company proxy's), so
# that pip inside it reaches the package index the way the host does (pip is told to use the system's store: its
# own certifi bundle knows none of them).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$ROOTFS/usr/local/share/ca-certificates/"
  in_root update-ca-certificates >/dev/null 2>&1
fi

if [ "$python_do" = build ]; then
  # Debian 12's python3.11 source package: the upstream 3.11.2 tarball with the fixes Debian carries (its patch
  # series' upstream backports: git-updates, CVE-*, gh-* and two crash fixes). Debian's packaging patches
  # (multiarch layout, disabled ensurepip, setup.py module lists) are for its own rules file and break a plain
  # build, so they are left out, and so is PGO (hours on two cores). Only the source index is added, never
  # Debian 12's binaries; from the main archive, whose point releases carry the security fixes (the security
  # archive's pool is not reachable from every build machine).
  read -r _ mirror _ < "$ROOTFS/etc/apt/sources.list"
  echo "deb-src $mirror bookworm main" > "$ROOTFS/etc/apt/sources.list.d/bookworm-src.list"
  in_root apt-get update -qq
  rm -rf "$ROOTFS/opt/src-python" "$ROOTFS/opt/python3.11" && mkdir -p "$ROOTFS/opt/src-python"
  echo "dist-compat: building Python 3.11 in the root (about 10 minutes)"
  in_root sh -c 'set -e; cd /opt/src-python; apt-get source -q --download-only python3.11
    dpkg-source -q --skip-patches -x python3.11_*.dsc src; cd src
    for p in $(grep -E "^(git-updates\.diff|CVE-|[0-9]{4}-3\.11-|frame_dealloc|relfile-nullptr)" debian/patches/series)
    do patch -p1 -s < debian/patches/$p; done
    # The CVE-2026-4224 fix includes an internal header, which Debian can since it links pyexpat into the
    # interpreter; built as a shared module it needs what upstream 3.12 declares at the top of pyexpat.c.
    sed -i "1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif" Modules/pyexpat.c
    grep "^Version:" ../python3.11_*.dsc > /opt/src-python/version
    ./configure -q --prefix=/opt/python3.11 --enable-shared --with-ensurepip=install \
      LDFLAGS=-Wl,-rpath,/opt/python3.11/lib
    make -s -j"$(nproc)"; make -s install' \
    > build/compat/python-build.log 2>&1 || { tail -30 build/compat/python-build.log >&2; exit 1; }
  in_root /opt/python3.11/bin/python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid, pyexpat, _decimal' \
    || { echo "dist-compat: the root's Python lacks a module the app needs" >&2; exit 1; }
  echo "$PYTHON_KEY" > "$ROOTFS/opt/python3.11/.zwcx-stamp"
fi

if [ "$venv_do" = create ]; then
  rm -rf "$ROOTFS/opt/venv-compat"
  in_root /opt/python3.11/bin/python3.11 -m venv /opt/venv-compat
  printf '%s\n' "$REQS" > "$ROOTFS/opt/venv-compat/requirements.txt"
  # Binary wheels only: pip inside the root takes the newest of each pinned release's wheels that Debian 11's
  # glibc accepts, and a release without one fails here instead of compiling something unreviewed.
  in_root /opt/venv-compat/bin/pip install -q --cert /etc/ssl/certs/ca-certificates.crt --upgrade pip > build/compat/pip.log 2>&1
  in_root /opt/venv-compat/bin/pip install -q --cert /etc/ssl/certs/ca-certificates.crt --only-binary=:all: -r /opt/venv-compat/requirements.txt \
    >> build/compat/pip.log 2>&1 || { tail -20 build/compat/pip.log >&2; exit 1; }
  echo "$VENV_KEY" > "$ROOTFS/opt/venv-compat/.zwcx-stamp"
fi

echo "dist-compat: PyInstaller in the root (PySide6 $QT)"
rm -rf dist/compat build/compat/pyinstaller
in_root sh -c 'cd /src && /opt/venv-compat/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --workpath build/compat/pyinstaller --distpath dist/compat installer/zwcx.spec' \
  > build/compat/pyinstaller.log 2>&1 || { tail -30 build/compat/pyinstaller.log >&2; exit 1; }
in_root sh -c 'cd /src && ZWCX_DIST=dist/compat ZWCX_DEB_STAGE=build/compat/deb installer/build-deb.sh'
deb=$(ls dist/compat/zwcx_*.deb)

in_root python3 /src/scripts/glibc-floor.py --max "$GLIBC_MAX" /src/dist/compat/zwcx
# Debian 11's apt resolves the .deb's Depends (a dry run: the root stays as it was).
in_root apt-get install -s -q "/src/$deb" > build/compat/apt-depends.log 2>&1 \
  || { tail -20 build/compat/apt-depends.log >&2; echo "dist-compat: Depends unresolvable on Debian 11" >&2; exit 1; }
[ "$SMOKE" = 1 ] || exit 0

mount_in_root dev/shm -t tmpfs tmpfs
in_root sh -c "cd /src && SMOKE_DEB=$deb scripts/smoke-dist.sh --no-build"
# The desktop on a real X server (Xvfb) rather than offscreen: Qt's xcb plugin with Debian 11's xcb libraries.
in_root sh -c 'set -e; t=$(mktemp -d); export HOME=$t/home XDG_DATA_HOME=$t/xdg XDG_CONFIG_HOME=$t/config
  export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring ZWCX_ALLOW_FILE_KEYRING=1 QT_QPA_PLATFORM=xcb
  Z=/src/dist/compat/zwcx/zwcx
  echo compat-pass-1 | $Z --data-dir $t/data init --unit-name 道里区新阳路街道办事处 --unit-code 91110000600037341L \
    --division 230102 --admin admin --password-stdin --contact-person 张丽 --contact-phone 0451-84661234 \
    --address 哈尔滨市道里区新阳路123号 --supervisor 道里区纪委监委 --supervision-phone 0451-84612388 >/dev/null
  ZWCX_EXIT_AFTER_SHOWN=1 xvfb-run -a -s "-screen 0 1280x800x24" $Z --data-dir $t/data 2> $t/gui.err \
    || { cat $t/gui.err >&2; exit 1; }
  if grep -qi "could not load the qt platform plugin\|Traceback" $t/gui.err; then cat $t/gui.err >&2; exit 1; fi
  rm -rf $t' || { echo "dist-compat: FAIL: the desktop did not reach its first window under Xvfb" >&2; exit 1; }
echo "dist-compat: ok ($deb: glibc <= $GLIBC_MAX, smoke test and Xvfb desktop passed on Debian 11)"
