"""`make bench`: every benchmark script in this folder, one after the other, with the machine described."""

from __future__ import annotations

import importlib
import pkgutil
import sys

from bench.common import machine


def main() -> int:
    print(f"machine: {machine()}")
    folder = importlib.import_module("bench").__path__
    names = sorted(m.name for m in pkgutil.iter_modules(folder) if m.name.startswith("bench_"))
    only = sys.argv[1:]
    failed = []
    for name in names:
        if only and name not in only:
            continue
        print(f"\n== {name}")
        try:
            importlib.import_module(f"bench.{name}").main()
        except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others' numbers
            failed.append(name)
            print(f"{name} failed: {exc!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
