"""Print the app's runtime requirements from pyproject.toml, one per line, for the lean build venv.

The build venv gets these plus PyInstaller, and not the app itself: the spec takes the app from the checkout,
so a bundle never contains a stale installed copy, nor the server or test extras.
"""

import tomllib
from pathlib import Path

with open(Path(__file__).resolve().parents[1] / "pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
