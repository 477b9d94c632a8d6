"""Enrolling again: with the same township nothing looks forgotten; with another one only after a clean start."""

from __future__ import annotations

import json
import sqlite3
import zipfile

from sqlalchemy import select

from tests.conftest import CONTACT, PASSWORD, USCC
from tests.sync.devices import CLERK, Device, assert_converged
from zwcx_desktop.cli.main import main as zwcx
from zwcx_desktop.store.app import App
from zwcx_desktop.store.check import run_checks
from zwcx_desktop.store.models import AuditEvent, RecordVersion
from zwcx_desktop.store.setup import SetupInput, initialise
from zwcx_desktop.sync import engine, repair


def _office(root) -> App:
    app = App(root)
    initialise(app, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    return app


def test_enrolling_again_with_the_same_township_is_not_a_server_that_forgot(server, tmp_path):
    t = server.township("A")
    dev = Device(tmp_path / "a", server, t)
    for i in range(3):
        dev.app.records.create("unit", {"name": f"村{i}", "unit_type": "village"}, CLERK)
    assert dev.sync(server.url).pushed == {"applied": 3}
    dev.app.put_setting(repair.K_DIGEST_GAP, "stale")  # state of the old enrolment that must not survive it
    engine.enroll(dev.app, server.url, server.code(t))  # a new device on the server: it has acknowledged nothing
    dev.token = engine.keys.get_secret(dev.app, engine.token_name(dev.app))
    res = dev.sync(server.url)
    # The new device's acknowledged count starts at zero on the server; the three changes are no loss.
    assert not res.server_restored and res.resent == 0, res.warnings
    assert res.pushed == {}
    assert dev.app.setting(repair.K_DIGEST_GAP) is None
    assert repair.restore_notice(dev.app) is None
    dev.app.records.create("unit", {"name": "新村", "unit_type": "village"}, CLERK)
    res = dev.sync(server.url)
    assert res.pushed == {"applied": 1} and not res.server_restored
    assert_converged(server, t, [dev])
    dev.close()


def test_a_code_of_another_township_is_refused_unused_then_a_clean_start_moves_the_computer(server, tmp_path,
                                                                                           capsys):
    ta, tb = server.township("A"), server.township("B")
    app = _office(tmp_path / "a")
    engine.enroll(app, server.url, server.code(ta))
    old_home = app.home_unit_id()
    admin = app.records.get(old_home).doc
    old_ids = [app.records.create("unit", {"name": f"甲村{i}", "unit_type": "village"}, CLERK) for i in range(2)]
    assert engine.sync_round(app).pushed == {"applied": 3}
    app.close()
    other = Device(tmp_path / "b", server, tb)  # township B already has a record of its own
    b_rid = other.app.records.create("unit", {"name": "乙村", "unit_type": "village"}, CLERK)
    other.sync(server.url)
    other.close()

    code = server.code(tb)
    a = str(tmp_path / "a")
    assert zwcx(["--data-dir", a, "enroll", "--server", server.url, "--code", code]) == 1
    err = capsys.readouterr().err
    assert "A 乡 (A)" in err and "B 乡 (B)" in err and "--clean-start" in err
    assert "used up" not in err and "Traceback" not in err
    app = App(tmp_path / "a")
    assert json.loads(app.setting(engine.K_TOWNSHIP))["code"] == "A"
    assert {app.records.get(r).doc["name"] for r in old_ids} == {"甲村0", "甲村1"}
    app.close()

    # The same code still works: refusing it did not use it up.
    assert zwcx(["--data-dir", a, "enroll", "--server", server.url, "--code", code, "--clean-start"]) == 0
    out = capsys.readouterr().out
    assert "backed up to" in out and "B 乡 (B)" in out
    app = App(tmp_path / "a")
    backups = list((tmp_path / "a" / "backups").glob("before-clean-start-*.zip"))
    assert len(backups) == 1
    with zipfile.ZipFile(backups[0]) as z:
        z.extract("zwcx.sqlite3", tmp_path / "old")
    con = sqlite3.connect(tmp_path / "old" / "zwcx.sqlite3")
    assert {r[0] for r in con.execute("SELECT name FROM units")} == {admin["name"], "甲村0", "甲村1"}
    con.close()

    # Only the office's home unit is left, as a new record of township B; nothing of A is sent to B.
    home = app.records.get(app.home_unit_id()).doc
    assert app.home_unit_id() != old_home
    assert home["name"] == admin["name"] and home["uscc"] == admin["uscc"]
    with app.db.read() as s:
        assert set(s.execute(select(RecordVersion.record_id)).scalars()) == {app.home_unit_id()}
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "clean-start")).scalar_one()
    detail = json.loads(event.detail)
    assert detail["from"]["code"] == "A" and detail["to"]["code"] == "B" and detail["backup"] == backups[0].name
    res = engine.sync_round(app)
    assert res.pushed == {"applied": 1} and res.rejected == 0 and not res.server_restored
    assert app.records.get(b_rid).doc["name"] == "乙村"
    assert run_checks(app.db) == []
    app.close()


def test_the_server_refuses_a_pushed_unit_whose_credit_code_fails_its_check(server, tmp_path):
    """The identifier rules run on the server too, on what a device pushes (an older or altered client)."""
    import dataclasses
    import hashlib

    from zwcx_core.domain.canonical import canonical_json

    t = server.township("A")
    dev = Device(tmp_path / "a", server, t)
    dev.app.records.create("unit", {"name": "某村委会", "unit_type": "village", "uscc": USCC}, CLERK)
    (op,) = engine._pending_ops(dev.app, 10)
    doc = op.doc | {"uscc": USCC[:-1] + "X"}  # a wrong check character
    bad = dataclasses.replace(op, doc=doc, content_hash=hashlib.sha256(canonical_json(doc).encode()).hexdigest())
    client = dev.client(server.url, timeout=10)
    try:
        (answer,) = client.push([bad])["results"]
    finally:
        client.close()
    assert answer["status"] == "rejected"
    assert answer["reason"].startswith("invalid unit: uscc: unified social credit code (统一社会信用代码) check "
                                       "character is wrong"), answer
    dev.close()
