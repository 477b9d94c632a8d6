"""Compile a Qt Designer form (ui/NAME.ui) into the package with pyside6-uic, keeping only the names it uses.

pyside6-uic imports some forty Qt names whatever the form needs, among them the `Qt` namespace (~17 ms to load):
for a window on the way to the first one (the login and main windows) that is start-up time spent on nothing. The
imports are cut down to the names the generated code uses. Two calls uic writes load the namespace too, through
PySide6's choice between overloads (it tries the `Qt` enum ones first), and are written as their equivalents:
`setShortcut("F1")` as `setShortcuts([QKeySequence("F1")])`, and a button box made with its parent
(`QDialogButtonBox(parent)`, which could be a `Qt.Orientation`) as made bare, then given the parent. The rest of
the code is left as uic wrote it.

Usage: python scripts/uic.py ui/login.ui zwcx_desktop/gui/ui_login.py   (the Makefile's `ui` step)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.M)
_SHORTCUT = re.compile(r"^( +self\.\w+)\.setShortcut\((u?\"[^\"]*\")\)$", re.M)
_PARENT_AFTER = re.compile(r"^( +)(self\.\w+) = (QDialogButtonBox)\((\w+)\)$", re.M)


def _avoid_qt_namespace(code: str) -> str:
    code = _SHORTCUT.sub(r"\1.setShortcuts([QKeySequence(\2)])", code)
    return _PARENT_AFTER.sub(r"\1\2 = \3()\n\1\2.setParent(\4)", code)


def compile_form(ui: Path) -> str:
    """The Python source of form `ui`, with unused imports left out."""
    uic = Path(sys.executable).parent / "pyside6-uic"
    out = _avoid_qt_namespace(subprocess.run([str(uic), str(ui)], capture_output=True, text=True, check=True).stdout)
    # The code without its imports and comments (the header names "Qt User Interface Compiler").
    body = "\n".join(line for line in _IMPORT.sub("", out).splitlines() if not line.lstrip().startswith("#"))

    def keep(m: re.Match) -> str:
        names = [n.strip() for n in m.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {m.group(1)} import {', '.join(used)}\n" if used else ""

    return _IMPORT.sub(keep, out)


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(compile_form(Path(sys.argv[1])), encoding="utf-8")
