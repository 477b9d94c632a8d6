"""scripts/dist-compat.sh reuses each cached stage of the Debian 11 build root (the root, its Python, the build
venv) only while the stamp that stage left holds the current key, and redoes it and what depends on it otherwise.
Run with --plan, which decides and reports without touching anything (and without root)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "dist-compat.sh"


def _plan(*args) -> dict[str, str]:
    r = subprocess.run(["bash", str(SCRIPT), "--plan", *map(str, args)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return dict(line.split(": ", 1) for line in r.stdout.splitlines())


def _stamp(path: Path, key: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key + "\n")


@pytest.fixture
def rootfs(tmp_path):
    return tmp_path / "debian11"


def test_a_missing_root_builds_everything(rootfs):
    plan = _plan("--root", rootfs)
    assert plan["root"] == f"create {rootfs}"
    assert plan["python"] == "build"
    assert plan["venv"].startswith("create (PySide6 6.9.3)")
    assert not rootfs.exists()


def test_a_finished_root_is_reused_stage_by_stage(rootfs):
    keys = _plan("--root", rootfs)
    _stamp(rootfs / ".zwcx-root", keys["root key"])
    plan = _plan("--root", rootfs)
    assert (plan["root"], plan["python"], plan["venv"].split()[0]) == (f"reuse {rootfs}", "build", "create")
    _stamp(rootfs / "opt/python3.11/.zwcx-stamp", keys["python key"])
    _stamp(rootfs / "opt/venv-compat/.zwcx-stamp", keys["venv key"])
    plan = _plan("--root", rootfs)
    assert (plan["root"], plan["python"], plan["venv"].split()[0]) == (f"reuse {rootfs}", "reuse", "reuse")


def test_another_pyside6_redoes_the_venv_only(rootfs):
    keys = _plan("--root", rootfs)
    for stamp, key in ((".zwcx-root", "root key"), ("opt/python3.11/.zwcx-stamp", "python key"),
                       ("opt/venv-compat/.zwcx-stamp", "venv key")):
        _stamp(rootfs / stamp, keys[key])
    plan = _plan("--root", rootfs, "--qt", "6.8.3")
    assert (plan["python"], plan["venv"]) == ("reuse", "create (PySide6 6.8.3)")
    assert plan["venv key"] != keys["venv key"]


def test_a_stale_python_stamp_redoes_python_and_the_venv_built_on_it(rootfs):
    keys = _plan("--root", rootfs)
    _stamp(rootfs / ".zwcx-root", keys["root key"])
    _stamp(rootfs / "opt/python3.11/.zwcx-stamp", "python3.11 built some other way")
    _stamp(rootfs / "opt/venv-compat/.zwcx-stamp", keys["venv key"])
    plan = _plan("--root", rootfs)
    assert (plan["python"], plan["venv"].split()[0]) == ("build", "create")


def test_rebuild_root_starts_over_even_when_everything_is_cached(rootfs):
    keys = _plan("--root", rootfs)
    _stamp(rootfs / ".zwcx-root", keys["root key"])
    _stamp(rootfs / "opt/python3.11/.zwcx-stamp", keys["python key"])
    plan = _plan("--root", rootfs, "--rebuild-root")
    assert (plan["root"].split()[0], plan["python"]) == ("create", "build")


@pytest.mark.parametrize("args", [["--bogus"], ["--root"], ["--qt", "latest"], ["--qt", "5.15.2"]])
def test_wrong_arguments_are_refused_before_anything_is_done(args, tmp_path):
    r = subprocess.run(["bash", str(SCRIPT), "--plan", "--root", str(tmp_path / "r"), *args], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 2 and "dist-compat" in r.stderr and not (tmp_path / "r").exists()
