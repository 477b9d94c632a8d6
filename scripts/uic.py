"""Compile a Qt Designer form (ui/NAME.ui) into the package with pyside6-uic, keeping only the names it uses.

pyside6-uic imports some forty Qt names whatever the form needs, among them the `Qt` namespace (~30 ms to load):
for a window on the way to the first one (the login window) that is start-up time spent on nothing. The imports
are cut down to the names the generated code uses; the code itself is left as uic wrote it.

Usage: python scripts/uic.py ui/login.ui zwcx_desktop/gui/ui_login.py   (the Makefile's `ui` step)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)


def compile_form(ui: Path) -> str:
    """The Python source of form `ui`, with unused imports left out."""
    uic = Path(sys.executable).parent / "pyside6-uic"
    out = subprocess.run([str(uic), str(ui)], capture_output=True, text=True, check=True).stdout
    # The code without its imports and comments (the header names "Qt User Interface Compiler").
    body = "\n".join(line for line in _IMPORT.sub("", out).splitlines() if not line.lstrip().startswith("#"))

    def keep(m: re.Match) -> str:
        names = [n.strip() for n in m.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {m.group(1)} import {', '.join(used)}\n" if used else ""

    return _IMPORT.sub(keep, out)


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(compile_form(Path(sys.argv[1])), encoding="utf-8")
