"""A really full disk: the data folder on a 2 MB tmpfs, filled to a few KB, then add, import, backup and a
migration's pre-copy (or the free-space check before it). Needs root and a kernel that lets this process mount (a
container often does not): skipped otherwise; the in-process simulation in test_broken_corpus.py runs everywhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.cli.test_broken_corpus import LEFTOVER, Store, assert_one_clear_line


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root and a kernel that allows it here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(disk, leave_kb: int) -> None:
    st = os.statvfs(disk)
    with open(disk / "filler", "wb") as f:
        f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - leave_kb * 1024))


def older(store: Store) -> None:
    """Bring the template back one schema revision, so opening it makes a pre-migrate copy first."""
    from alembic import command

    from zwcx_desktop.store import migrate
    from zwcx_desktop.store.db import make_engine

    engine = make_engine(store.template / "zwcx.sqlite3")
    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), "-1")
    engine.dispose()


@pytest.mark.parametrize("leave_kb", [0, 64, 200])
def test_a_full_disk_is_one_line_and_leaves_nothing_half_written(tmp_path, capsys, monkeypatch, small_disk,
                                                                  leave_kb):
    store = Store(tmp_path / "store", capsys, monkeypatch)
    cases = {
        "add": (["add", "commitment", "--json", "-"], store.command_line(("add",), tmp_path)[1]),
        "import": (["import", "services", str(store.roster), "--area", "elderly", "--policy", "高龄津贴", "--period",
                    "2026-03"], ""),
        "backup": (["backup", "-o", str(small_disk / "b.zip")], ""),
    }
    seen = []
    for name, (argv, stdin) in [*cases.items(), ("pre-migrate copy", (["list", "services"], ""))]:
        for p in small_disk.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        if name == "pre-migrate copy":
            older(store)
        data = small_disk / "data"
        shutil.copytree(store.template, data)
        fill(small_disk, leave_kb)
        code, out, err = store.run(data, *argv, stdin=stdin)
        line = assert_one_clear_line(store, f"{name} with {leave_kb} KB free", code, out, err, small_disk)
        assert not [p for p in small_disk.rglob("*") if LEFTOVER.search(p.name)]
        if code != 0:
            seen.append(name)
            assert "disk is full" in line or "not enough free disk space" in line, (name, line)
        (small_disk / "filler").unlink()
        # Nothing was lost: with the space back (an upgrade asks for more than this disk has) the store opens, whole.
        whole = tmp_path / "whole"
        shutil.rmtree(whole, ignore_errors=True)
        shutil.copytree(data, whole)
        code, out, err = store.run(whole, "check")
        if name == "pre-migrate copy":
            # A store brought back a revision by hand is no true older store (its audit events were chained with
            # the keyring's key, which the older schema has no column for), so `check` has findings about that:
            # the failed upgrade must have changed nothing, i.e. the same findings as the template upgraded
            # with room to spare.
            spare = tmp_path / "spare"
            shutil.rmtree(spare, ignore_errors=True)
            shutil.copytree(store.template, spare)
            want_code, _out, want_err = store.run(spare, "check")
            assert (code, err.replace(str(whole), "<dir>")) == (want_code, want_err.replace(str(spare), "<dir>"))
        else:
            assert code == 0, (name, err)
    if leave_kb == 0:
        assert set(seen) == {*cases, "pre-migrate copy"}
