"""Print the app's runtime requirements from pyproject.toml, one per line, for the lean build venv.

The build venv gets these plus PyInstaller, and not the app itself: the spec takes the app (and zwcx-core, which
is in this repository, not on an index) from the checkout, so a bundle never contains a stale installed copy, nor
the server or test extras. zwcx-core's own requirements stand in for it.

`--qt VERSION` swaps the pinned PySide6 for another release (the compat bundle, scripts/dist-compat.sh, needs one
whose wheels run on glibc 2.31). Before 6.12 the PDF modules came in PySide6-Addons, not in PySide6-Pdf.
"""

import argparse
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_PACKAGES = ("PySide6-Essentials", "PySide6-Pdf")


def _deps(pyproject: Path) -> list[str]:
    with open(pyproject, "rb") as f:
        return tomllib.load(f)["project"]["dependencies"]


def _name(requirement: str) -> str:
    return requirement.split("==")[0].strip()


def runtime_deps(qt: str | None = None) -> list[str]:
    """The pinned runtime requirements; with `qt`, PySide6 at that version instead of the pinned one."""
    deps = []
    for d in _deps(ROOT / "pyproject.toml"):
        if _name(d) == "zwcx-core":
            deps += _deps(ROOT / "core" / "pyproject.toml")
        elif qt and _name(d) in QT_PACKAGES:
            continue
        else:
            deps.append(d)
    if qt:
        major_minor = tuple(int(p) for p in qt.split(".")[:2])
        deps += [f"PySide6-Essentials=={qt}", f"PySide6-Pdf=={qt}" if major_minor >= (6, 12)
                 else f"PySide6-Addons=={qt}"]
    return deps


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qt", metavar="VERSION", help="PySide6 release to use instead of the pinned one")
    print("\n".join(runtime_deps(parser.parse_args().qt)))
