"""A posted roster's snapshot travels with its version: the other device prints the same list."""

from __future__ import annotations

from zwcx_desktop.cli.main import main as zwcx
from zwcx_desktop.notices.samples import ADMIN, make_samples
from zwcx_desktop.store.app import App


def test_pulled_roster_version_carries_its_snapshot(server, tmp_path, capsys):
    t = server.township("A")
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        assert zwcx(["--data-dir", str(d), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    app_a = App(a)
    rid = make_samples(app_a, ADMIN)["roster"]
    app_a.records.transition(rid, "publicizing", ADMIN)  # the samples are reviewed (已审) already
    sent = app_a.records.get(rid)
    app_a.close()
    assert len(sent.doc["roster"]) == 12
    assert zwcx(["--data-dir", str(a), "sync"]) == 0
    assert zwcx(["--data-dir", str(b), "sync"]) == 0
    capsys.readouterr()
    app_b = App(b)
    try:
        got = app_b.records.get(rid)
        assert got.version_id == sent.version_id and got.content_hash == sent.content_hash
        assert got.doc["roster"] == sent.doc["roster"]
        from zwcx_desktop.store.check import run_checks

        assert run_checks(app_b.db) == []
    finally:
        app_b.close()
