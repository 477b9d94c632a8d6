"""The keyed audit chain: events carry their version's content hash, an unkeyed chain recomputed from the database
alone is caught, events from before the upgrade keep verifying, and a lost audit key is said, never papered over."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from tests.conftest import commitment_payload
from zwcx_desktop import credentials
from zwcx_desktop.cli.main import main
from zwcx_desktop.store import auditkeys, migrate
from zwcx_desktop.store.app import App
from zwcx_desktop.store.audit import GENESIS, KEY_STARTED, event_hash
from zwcx_desktop.store.db import make_engine


def _db(data_dir):
    return sqlite3.connect(data_dir / "zwcx.sqlite3")


def _check(capsys, data_dir) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "check"])
    return code, capsys.readouterr().err


def _recompute_plain(con, start: int = 1, end: int = 2**62) -> None:
    """What a forger with sqlite3 can do: make events plain again and recompute the SHA-256 chain over them."""
    prev = GENESIS
    rows = con.execute("SELECT seq, at, actor, action, kind, record_id, version_id, detail FROM audit_log "
                       "WHERE seq <= ? ORDER BY seq", (end,)).fetchall()
    for seq, at, actor, action, kind, rid, vid, detail in rows:
        h = event_hash(prev, seq, dt.datetime.fromisoformat(at), actor, action, kind, rid, vid, detail)
        if seq >= start:
            con.execute("UPDATE audit_log SET prev_hash=?, hash=?, key_id=NULL WHERE seq=?", (prev, h, seq))
        prev = h if seq >= start else con.execute("SELECT hash FROM audit_log WHERE seq=?", (seq,)).fetchone()[0]
    con.commit()


def test_every_event_about_a_version_carries_its_content_hash_and_the_chain_is_keyed(app, admin, data_dir):
    rid = app.records.create("commitment", commitment_payload(app), admin)
    app.records.update(rid, {"title": "第二版"}, admin)
    app.close()
    con = _db(data_dir)
    rows = con.execute("SELECT a.content_hash, v.content_hash FROM audit_log a JOIN record_versions v "
                       "ON v.version_id = a.version_id WHERE a.record_id=?", (rid,)).fetchall()
    first = con.execute("SELECT action, key_id FROM audit_log ORDER BY seq LIMIT 1").fetchone()
    plain = con.execute("SELECT count(*) FROM audit_log WHERE key_id IS NULL").fetchone()[0]
    check = con.execute("SELECT check_value FROM key_checks WHERE name='audit'").fetchone()[0]
    con.close()
    assert len(rows) == 2 and all(a == v for a, v in rows)
    assert first[0] == KEY_STARTED and first[1] == check[:16] and plain == 0


def test_an_unkeyed_chain_recomputed_over_edited_events_is_caught(app, admin, data_dir, capsys):
    rid = app.records.create("commitment", commitment_payload(app), admin)
    app.records.update(rid, {"title": "第二版"}, admin)
    app.close()
    con = _db(data_dir)
    first = con.execute("SELECT min(seq) FROM audit_log WHERE record_id=?", (rid,)).fetchone()[0]
    con.execute("UPDATE audit_log SET actor='somebody-else' WHERE record_id=?", (rid,))
    _recompute_plain(con, start=first)
    con.close()
    code, err = _check(capsys, data_dir)
    assert code == 1 and f"audit event {first}: is not chained with the audit key" in err
    # The whole log made plain looks like a store from before the upgrade, but the keyring knows better.
    con = _db(data_dir)
    _recompute_plain(con)
    con.close()
    code, err = _check(capsys, data_dir)
    assert code == 1 and "no event is chained with it (the log was rewritten without it)" in err


def test_a_keyed_event_edited_and_rehashed_with_sha256_is_caught(app, admin, data_dir, capsys):
    app.records.create("commitment", commitment_payload(app), admin)
    app.close()
    con = _db(data_dir)
    seq, prev, at, detail = con.execute("SELECT seq, prev_hash, at, detail FROM audit_log ORDER BY seq DESC "
                                        "LIMIT 1").fetchone()
    fake = event_hash(prev, seq, dt.datetime.fromisoformat(at), "somebody-else", "create", "commitment", None, None,
                      detail)
    con.execute("UPDATE audit_log SET actor='somebody-else', hash=? WHERE seq=?", (fake, seq))
    con.commit()
    con.close()
    code, err = _check(capsys, data_dir)
    assert code == 1 and f"audit event {seq}: its content does not match its keyed hash" in err


def test_a_key_change_without_its_segment_event_is_caught(app, admin, data_dir, capsys):
    app.records.create("commitment", commitment_payload(app), admin)
    app.close()
    con = _db(data_dir)
    seq = con.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    con.execute("UPDATE audit_log SET key_id='0123456789abcdef' WHERE seq=?", (seq,))
    con.commit()
    con.close()
    code, err = _check(capsys, data_dir)
    assert code == 1 and f"audit event {seq}: is chained with audit key 0123456789abcdef without" in err


def _old_store(root, admin_name="admin") -> int:
    """A data directory as zwcx left it before the keyed chain: schema 0005 and three plain events."""
    root.mkdir(parents=True)
    path = root / "zwcx.sqlite3"
    engine = make_engine(path)
    migrate.upgrade(engine, path, root / "backups", target="0005_key_check")
    engine.dispose()
    con = sqlite3.connect(path)
    prev = GENESIS
    for seq in (1, 2, 3):
        at = dt.datetime(2026, 1, seq, 9, 0)
        h = event_hash(prev, seq, at, admin_name, "login", None, None, None, "{}")
        con.execute("INSERT INTO audit_log (seq, at, actor, action, kind, record_id, version_id, detail, prev_hash, "
                    "hash) VALUES (?, ?, ?, 'login', NULL, NULL, NULL, '{}', ?, ?)", (seq, at.isoformat(" "),
                                                                                     admin_name, prev, h))
        prev = h
    con.commit()
    con.close()
    return 3


def test_events_from_before_the_upgrade_keep_their_plain_chain_and_the_keyed_part_follows(tmp_path, capsys):
    root = tmp_path / "old"
    _old_store(root)
    app = App(root)
    assert app.migration.before == "0005_key_check" and app.migration.after == migrate.HEAD
    from zwcx_desktop.store.audit import AuditWriter

    with app.db.write() as s:
        w = AuditWriter(s)
        w.add(dt.datetime(2026, 2, 1), "admin", "login")
        w.flush()
    app.close()
    con = sqlite3.connect(root / "zwcx.sqlite3")
    rows = con.execute("SELECT seq, action, key_id, detail FROM audit_log ORDER BY seq").fetchall()
    con.close()
    assert [r[2] is None for r in rows] == [True, True, True, False, False]
    assert rows[3][1] == KEY_STARTED and json.loads(rows[3][3])["after_event"] == 3
    code, err = _check(capsys, root)
    assert code == 0, err
    # The plain prefix is covered too: editing it breaks the link into the keyed part.
    con = sqlite3.connect(root / "zwcx.sqlite3")
    con.execute("UPDATE audit_log SET actor='x' WHERE seq=2")
    _recompute_plain(con, start=1, end=3)
    con.close()
    code, err = _check(capsys, root)
    assert code == 1 and "audit event 4:" in err


def test_a_lost_audit_key_is_said_once_and_a_new_key_starts_an_audited_segment(app, admin, data_dir, capsys):
    app.records.create("commitment", commitment_payload(app), admin)
    name = auditkeys.key_name(app.install_id())
    with app.db.read() as s:
        old_last = app.db.engine.connect().exec_driver_sql("SELECT max(seq) FROM audit_log").scalar()
        assert s is not None
    app.close()
    credentials.delete_secret(name, True)
    code, err = _check(capsys, data_dir)
    lines = [ln for ln in err.splitlines() if "problem:" in ln]
    assert code == 1 and len(lines) == 1 and f"audit events 1-{old_last}" in lines[0]
    assert "cannot be verified" in lines[0] and "put back the keyring" in lines[0]
    assert "Traceback" not in err
    app2 = App(data_dir)
    app2.records.create("commitment", commitment_payload(app2, title="之后的承诺"), admin)
    app2.close()
    con = _db(data_dir)
    action, detail = con.execute("SELECT action, detail FROM audit_log WHERE seq=?", (old_last + 1,)).fetchone()
    con.close()
    assert action == KEY_STARTED and json.loads(detail)["reason"] == "the previous audit key is not in the keyring"
    code, err = _check(capsys, data_dir)
    lines = [ln for ln in err.splitlines() if "problem:" in ln]
    # The new segment verifies; the old one still cannot be, and says so: a new key vouches for nothing before it.
    assert code == 1 and len(lines) == 1 and f"audit events 1-{old_last}" in lines[0]
