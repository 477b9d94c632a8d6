"""Three distributions in one repository: zwcx-core imports neither the desktop nor the server, and the server
never imports the desktop (so installing it never needs Qt). Static (every import statement) and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}
# Import names of the distributions' pinned requirements (a requirement's name is not always its module's).
MODULE_OF = {"chinesecalendar": "chinese_calendar", "python-stdnum": "stdnum", "argon2-cffi": "argon2",
             "psycopg[binary]": "psycopg", "SQLAlchemy": "sqlalchemy", "zwcx-core": "zwcx_core"}


def _allowed(pyproject: Path, own: str) -> set[str]:
    deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {d.split("==")[0].strip() for d in deps}
    return STDLIB | {own} | {MODULE_OF.get(n, n.replace("-", "_").lower()) for n in names}


def _imports(tree_root: Path) -> list[tuple[str, str]]:
    """(file, top-level module) of every import statement under `tree_root`, lazy ones included."""
    out = []
    for p in sorted(tree_root.rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out += [(str(p.relative_to(ROOT)), a.name.split(".")[0]) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                out.append((str(p.relative_to(ROOT)), node.module.split(".")[0]))
    return out


def test_core_imports_only_the_standard_library_and_its_own_requirements():
    allowed = _allowed(ROOT / "core" / "pyproject.toml", "zwcx_core")
    bad = [(f, m) for f, m in _imports(ROOT / "core" / "zwcx_core") if m not in allowed]
    assert not bad, f"zwcx-core imports what it does not declare (no Qt, no desktop, no server): {bad}"


def test_the_server_imports_only_core_and_its_own_requirements():
    allowed = _allowed(ROOT / "server" / "pyproject.toml", "zwcx_server") | {"starlette", "pydantic"}
    bad = [(f, m) for f, m in _imports(ROOT / "server" / "zwcx_server") if m not in allowed]
    assert not bad, f"zwcx-server imports what it does not declare (never zwcx_desktop or PySide6): {bad}"


def test_importing_every_server_module_loads_no_desktop_and_no_qt():
    code = ("import importlib, pkgutil, sys, zwcx_server\n"
            "for m in pkgutil.walk_packages(zwcx_server.__path__, 'zwcx_server.'):\n"
            "    if '.migrations' not in m.name and not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
            "import zwcx_core.notices.page, zwcx_core.notices.boardpage, zwcx_core.wire\n"
            "print(sorted(n for n in sys.modules if n.split('.')[0] in ('zwcx_desktop', 'PySide6', 'shiboken6')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT / "server")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]", r.stdout
