"""Where the shipped resource files (fonts, translations, icons) are, from a source checkout or a frozen bundle.

In a checkout they sit in `resources/` at the repository root, beside the package. A PyInstaller bundle has no
repository: the spec (installer/zwcx.spec) copies the same tree to `resources/` under the bundle's data folder,
which the bootloader publishes as `sys._MEIPASS`. Callers ask here instead of walking up from `__file__`, so both
layouts work from one place.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["RESOURCES", "resource"]


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


RESOURCES = _root()


def resource(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource("fonts", "uming-cn-gbk.ttf"); it is not checked to exist."""
    return RESOURCES.joinpath(*parts)
