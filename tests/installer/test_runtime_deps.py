"""installer/runtime_deps.py: the build venv's requirements, with the pinned PySide6 or another release."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("runtime_deps", ROOT / "installer" / "runtime_deps.py")
runtime_deps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(runtime_deps)


def _pinned() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["dependencies"]


def test_the_pinned_requirements_stand_with_zwcx_core_replaced_by_its_own():
    deps = runtime_deps.runtime_deps()
    assert not any(d.startswith("zwcx-core") for d in deps)
    assert "reportlab==5.1.0" in deps
    assert [d for d in _pinned() if d.startswith("PySide6")] == [d for d in deps if d.startswith("PySide6")]


def test_an_older_pyside6_takes_its_pdf_modules_from_addons():
    deps = runtime_deps.runtime_deps("6.9.3")
    assert [d for d in deps if d.startswith("PySide6")] == ["PySide6-Essentials==6.9.3", "PySide6-Addons==6.9.3"]
    rest = [d for d in deps if not d.startswith("PySide6")]
    assert rest == [d for d in runtime_deps.runtime_deps() if not d.startswith("PySide6")]


def test_from_6_12_on_the_pdf_package_is_its_own():
    assert runtime_deps.runtime_deps("6.12.1")[-2:] == ["PySide6-Essentials==6.12.1", "PySide6-Pdf==6.12.1"]
