"""Edits made with sqlite3 to the real database file, each caught by `zwcx check` with a line naming it (issue 12:
the list and export once showed 冒名 / 999999.00 / paid while `show` showed the real record)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from tests.conftest import commitment_payload
from tests.store.test_records import disclosure_payload, service_payload
from zwcx_desktop.cli.main import main


@pytest.fixture
def store(app, admin, clerk):
    """Two service records, a commitment with three versions and a village finance notice; then closed."""
    ids = {"service": app.records.create("service", service_payload(app), clerk),
           "service2": app.records.create("service", service_payload(app, beneficiary_name="李娜",
                                                                      citizen_id=None), clerk),
           "commitment": app.records.create("commitment", commitment_payload(app), admin)}
    app.records.update(ids["commitment"], {"title": "第二版"}, admin)
    app.records.update(ids["commitment"], {"title": "第三版"}, admin)
    lines = [{"direction": "income", "item": "上级拨款", "amount": "1200"},
             {"direction": "expense", "item": "慰问金", "amount": "300"}]
    ids["finance"] = app.records.create("disclosure", disclosure_payload(app, kind="finance", finance_lines=lines,
                                                                        opening_balance="100"), clerk)
    app.close()
    return ids


def _sql(data_dir, *statements) -> None:
    con = sqlite3.connect(data_dir / "zwcx.sqlite3")
    for st in statements:
        con.execute(*st) if isinstance(st, tuple) else con.execute(st)
    con.commit()
    con.close()


def _one(data_dir, sql, *args):
    con = sqlite3.connect(data_dir / "zwcx.sqlite3")
    try:
        return con.execute(sql, args).fetchone()
    finally:
        con.close()


def _check(capsys, data_dir) -> list[str]:
    code = main(["--data-dir", str(data_dir), "check"])
    err = capsys.readouterr().err
    lines = [ln.removeprefix("zwcx: problem: ") for ln in err.splitlines() if ln.startswith("zwcx: problem: ")]
    assert (code == 1) == bool(lines) and "Traceback" not in err
    return lines


def test_the_untouched_store_passes(store, data_dir, capsys):
    assert _check(capsys, data_dir) == []


@pytest.mark.parametrize(("column", "value", "field"), [
    ("beneficiary_name", "冒名", "beneficiary_name"), ("amount_fen", 99999900, "amount"), ("status", "paid", "status")])
def test_an_edited_record_row_is_named_with_its_field_and_never_its_value(store, data_dir, capsys, column, value,
                                                                         field):
    rid = store["service"]
    _sql(data_dir, (f"UPDATE service_records SET {column}=? WHERE id=?", (value, rid)))
    lines = _check(capsys, data_dir)
    assert len(lines) == 1 and lines[0].startswith(f"service {rid}: the record row's field {field} differs")
    assert str(value) not in lines[0] and "张伟" not in lines[0]


def test_an_edited_finance_line_is_named(store, data_dir, capsys):
    rid = store["finance"]
    _sql(data_dir, ("UPDATE finance_lines SET amount_fen=99999900 WHERE disclosure_id=? AND position=1", (rid,)))
    lines = _check(capsys, data_dir)
    assert lines == [f"disclosure {rid}: finance line 2 field amount_fen differs from its current version "
                     + _one(data_dir, "SELECT version_id FROM disclosures WHERE id=?", rid)[0]]


def test_an_edited_earlier_version_is_caught_and_so_is_a_recomputed_content_hash(store, data_dir, capsys):
    rid = store["commitment"]
    vid, doc = _one(data_dir, "SELECT version_id, doc FROM record_versions WHERE record_id=? AND version=1", rid)
    forged = doc.replace("证明事项5个工作日办结", "证明事项50个工作日办结")
    assert forged != doc
    _sql(data_dir, ("UPDATE record_versions SET doc=? WHERE version_id=?", (forged, vid)))
    assert _check(capsys, data_dir) == [f"commitment {rid}: version {vid} does not match its content hash"]
    # The forger recomputes the content hash too: the audit event that wrote the version still holds the real one.
    _sql(data_dir, ("UPDATE record_versions SET content_hash=? WHERE version_id=?",
                    (hashlib.sha256(forged.encode()).hexdigest(), vid)))
    lines = _check(capsys, data_dir)
    assert any(ln.startswith("audit event ") and f"version {vid} differs" in ln for ln in lines)
    assert all(vid in ln for ln in lines)  # the outbox entry that would send it is named too


def test_deleting_the_newest_rows_is_caught(store, data_dir, capsys):
    rid = store["finance"]
    _sql(data_dir, ("DELETE FROM finance_lines WHERE disclosure_id=?", (rid,)),
         ("DELETE FROM disclosures WHERE id=?", (rid,)))
    assert any(ln.startswith(f"disclosure {rid}: has versions") and "no record row" in ln
               for ln in _check(capsys, data_dir))


def test_deleting_the_newest_audit_events_is_caught(store, data_dir, capsys):
    last = _one(data_dir, "SELECT max(seq) FROM audit_log")[0]
    vid = _one(data_dir, "SELECT version_id FROM audit_log WHERE seq=?", last)[0]
    _sql(data_dir, ("DELETE FROM audit_log WHERE seq>=?", (last - 1,)))
    assert any(vid in ln and "has no audit event" in ln for ln in _check(capsys, data_dir))


def test_deleting_the_newest_version_is_caught(store, data_dir, capsys):
    rid = store["commitment"]
    vid = _one(data_dir, "SELECT version_id FROM commitments WHERE id=?", rid)[0]
    _sql(data_dir, ("DELETE FROM outbox WHERE version_id=?", (vid,)),
         ("DELETE FROM record_versions WHERE version_id=?", (vid,)))
    lines = _check(capsys, data_dir)
    assert f"commitment {rid}: its current version {vid} is missing from its history" in lines
    assert any(ln.startswith("audit event ") and f"names version {vid}, which is not in the history" in ln
               for ln in lines)


def test_reordered_audit_events_are_caught(store, data_dir, capsys):
    last = _one(data_dir, "SELECT max(seq) FROM audit_log")[0]
    _sql(data_dir, ("UPDATE audit_log SET seq=-1 WHERE seq=?", (last,)),
         ("UPDATE audit_log SET seq=? WHERE seq=?", (last, last - 1)),
         ("UPDATE audit_log SET seq=? WHERE seq=-1", (last - 1,)))
    lines = _check(capsys, data_dir)
    assert any(ln.startswith(f"audit event {last - 1}:") for ln in lines)
    assert any(ln.startswith(f"audit event {last}:") for ln in lines)


def test_an_inserted_audit_event_is_caught(store, data_dir, capsys):
    last, h, kid = _one(data_dir, "SELECT seq, hash, key_id FROM audit_log ORDER BY seq DESC LIMIT 1")
    _sql(data_dir, ("INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash, key_id) VALUES "
                    "(?, '2026-12-01 09:00:00', 'admin', 'login', '{}', ?, ?, ?)", (last + 1, h, "f" * 64, kid)))
    assert f"audit event {last + 1}: its content does not match its keyed hash (the row was edited)" in \
        _check(capsys, data_dir)


def test_an_edited_audit_event_content_hash_is_caught(store, data_dir, capsys):
    seq = _one(data_dir, "SELECT max(seq) FROM audit_log WHERE content_hash IS NOT NULL")[0]
    _sql(data_dir, ("UPDATE audit_log SET content_hash=? WHERE seq=?", ("0" * 64, seq)))
    lines = _check(capsys, data_dir)
    assert f"audit event {seq}: its content does not match its keyed hash (the row was edited)" in lines
    assert any(ln.startswith(f"audit event {seq}: the content hash it recorded") for ln in lines)


def test_removing_the_newest_events_everywhere_at_once_is_caught_by_the_keyring_tip(cli_dir, capsys):
    """A forger removes the newest record with its versions, events, outbox entry and index: nothing in the
    database points at what is gone, but the writer's last close left the newest event in the keyring."""
    data_dir, rid = cli_dir
    last = _one(data_dir, "SELECT max(seq) FROM audit_log")[0]
    _sql(data_dir, ("DELETE FROM outbox WHERE record_id=?", (rid,)),
         ("DELETE FROM commitments WHERE id=?", (rid,)),
         ("DELETE FROM record_versions WHERE record_id=?", (rid,)),
         ("DELETE FROM audit_log WHERE record_id=?", (rid,)))
    assert _check(capsys, data_dir) == [
        f"audit event {last}: was the newest event when zwcx last closed this store, and it is missing or different "
        "now (the newest events were removed, or the database replaced by an older copy without a restore)"]


def test_a_restore_moves_the_tip_so_it_is_not_taken_for_tampering(cli_dir, tmp_path, capsys):
    data_dir, _rid = cli_dir
    backup = tmp_path / "b.zip"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(backup)]) == 0
    assert main(["--data-dir", str(data_dir), "add", "commitment", "--json", str(tmp_path / "c.json")]) == 0
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
    capsys.readouterr()
    assert _check(capsys, data_dir) == []


@pytest.fixture
def cli_dir(app, admin, tmp_path, capsys):
    """A commitment added through the real `zwcx add` (the writer's close remembers the newest event)."""
    import json

    data_dir = app.root
    payload = tmp_path / "c.json"
    payload.write_text(json.dumps(commitment_payload(app)), encoding="utf-8")
    app.close()
    assert main(["--data-dir", str(data_dir), "add", "commitment", "--json", str(payload), "--as", "admin"]) == 0
    rid = capsys.readouterr().out.strip()
    return data_dir, rid
