"""Print the app's runtime requirements from pyproject.toml, one per line, for the lean build venv.

The build venv gets these plus PyInstaller, and not the app itself: the spec takes the app (and zwcx-core, which
is in this repository, not on an index) from the checkout, so a bundle never contains a stale installed copy, nor
the server or test extras. zwcx-core's own requirements stand in for it.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _deps(pyproject: Path) -> list[str]:
    with open(pyproject, "rb") as f:
        return tomllib.load(f)["project"]["dependencies"]


deps = []
for d in _deps(ROOT / "pyproject.toml"):
    deps += _deps(ROOT / "core" / "pyproject.toml") if d.split("==")[0].strip() == "zwcx-core" else [d]
print("\n".join(deps))
