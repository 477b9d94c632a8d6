#!/usr/bin/env python3
"""The oldest glibc a bundle can start on: the highest GLIBC_x.y symbol version any ELF file in it needs.

    scripts/glibc-floor.py dist/zwcx                 # report: the floor and the files that set it
    scripts/glibc-floor.py --max 2.31 dist/compat/zwcx   # fail (exit 1) when any file needs more than glibc 2.31
    scripts/glibc-floor.py --print dist/zwcx         # just the floor, e.g. "2.34" (for the .deb's Depends)

The dynamic loader refuses a library whose version-needs section (.gnu.version_r) names a GLIBC_x.y that the
system's libc does not define ("version `GLIBC_2.34' not found"), so that section is what decides. The parser
reads only the ELF headers and that section, with the standard library alone: it runs in the Debian 11 build root
(Python 3.9) and under build-deb.sh as well as in the test venv. GLIBCXX (libstdc++, which the .deb takes from the
system) is reported beside it.
"""

from __future__ import annotations

import argparse
import os
import re
import struct
import sys
from pathlib import Path

SHT_GNU_VERNEED = 0x6FFFFFFE
_VERSION = re.compile(r"^(GLIBC|GLIBCXX)_(\d+(?:\.\d+)*)$")


class NotElf(Exception):
    """The file is not an ELF object (or too damaged to read one)."""


def _needed_versions(data: bytes) -> set[str]:
    """Every version name (GLIBC_2.34, GLIBCXX_3.4.29, ...) that the ELF image `data` needs from its libraries."""
    if data[:4] != b"\x7fELF" or len(data) < 64:
        raise NotElf
    is64 = {1: False, 2: True}.get(data[4])
    end = {1: "<", 2: ">"}.get(data[5])
    if is64 is None or end is None:
        raise NotElf
    try:
        if is64:
            shoff, = struct.unpack_from(end + "Q", data, 0x28)
            shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
            section = end + "IIQQQQIIQQ"
        else:
            shoff, = struct.unpack_from(end + "I", data, 0x20)
            shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
            section = end + "IIIIIIIIII"
        # (name, type, flags, addr, offset, size, link, info, align, entsize) of each section
        sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
        names: set[str] = set()
        for _name, kind, _flags, _addr, offset, _size, link, count, _align, _entsize in sections:
            if kind != SHT_GNU_VERNEED:
                continue
            strtab = sections[link][4]
            entry = offset
            for _ in range(count):  # Verneed: version, cnt, file, aux, next
                _v, cnt, _file, aux, nxt = struct.unpack_from(end + "HHIII", data, entry)
                at = entry + aux
                for _ in range(cnt):  # Vernaux: hash, flags, other, name, next
                    _h, _f, _o, name, anext = struct.unpack_from(end + "IHHII", data, at)
                    stop = data.index(b"\0", strtab + name)
                    names.add(data[strtab + name:stop].decode("ascii", "replace"))
                    at += anext
                entry += nxt
        return names
    except (struct.error, IndexError, ValueError) as e:
        raise NotElf from e


def needed_versions(path: Path) -> set[str]:
    """The version names one ELF file needs; NotElf for any other file."""
    with open(path, "rb") as f:
        if f.read(4) != b"\x7fELF":
            raise NotElf
        f.seek(0)
        return _needed_versions(f.read())


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def highest(names: set[str], family: str) -> str | None:
    """The highest x.y of `family` (GLIBC or GLIBCXX) among version names, or None."""
    found = [m.group(2) for m in map(_VERSION.match, names) if m and m.group(1) == family]
    return max(found, key=_key) if found else None


def scan(folder: Path) -> dict[Path, set[str]]:
    """Every ELF file under `folder` (symbolic links are skipped: they point at files scanned anyway)."""
    out = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in sorted(files):
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                continue
            try:
                out[path] = needed_versions(path)
            except NotElf:
                continue
    return out


def main(argv: list[str] | None = None) -> int:
    """Report the bundle's glibc floor; exit 1 when --max is given and exceeded, 2 on a wrong folder."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", type=Path, help="the bundle (e.g. dist/zwcx)")
    p.add_argument("--max", metavar="X.Y", help="fail when any file needs a GLIBC version above this")
    p.add_argument("--print", action="store_true", help="print the floor alone")
    args = p.parse_args(argv)
    if args.max is not None and not re.fullmatch(r"\d+\.\d+", args.max):
        p.error("--max takes a glibc version such as 2.31")
    files = scan(args.folder)
    if not files:
        print(f"glibc-floor: no ELF files under {args.folder}", file=sys.stderr)
        return 2
    floor = highest(set().union(*files.values()), "GLIBC") or "0"
    if args.print:
        print(floor)
        return 0
    cxx = highest(set().union(*files.values()), "GLIBCXX")
    limit = args.max or floor
    over = sorted((f, highest(v, "GLIBC")) for f, v in files.items()
                  if highest(v, "GLIBC") and _key(highest(v, "GLIBC")) > _key(limit))
    setting = over if args.max else sorted((f, floor) for f, v in files.items() if highest(v, "GLIBC") == floor)
    for path, version in setting[:20]:
        print(f"  GLIBC_{version}  {path.relative_to(args.folder)}")
    if len(setting) > 20:
        print(f"  ... and {len(setting) - 20} more")
    print(f"glibc-floor: {args.folder}: {len(files)} ELF files need glibc >= {floor}"
          f" (libstdc++: GLIBCXX_{cxx or '-'})")
    if args.max and over:
        print(f"glibc-floor: FAIL: {len(over)} files need more than glibc {args.max}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
