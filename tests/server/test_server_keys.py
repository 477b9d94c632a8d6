"""Township fingerprint keys are sealed under a server key that is not in the database: the database alone (file
bytes, every cell of every table) does not hold the key a device receives at enrolment, in any encoding."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest
import requests
from sqlalchemy import MetaData, select

from zwcx_server import cli, keys, service
from zwcx_server.db import ServerDB
from zwcx_server.models import Township
from zwcx_server.testing import LiveServer, live_server


def encodings(key_hex: str) -> dict[str, bytes]:
    """The key as hex (either case), raw bytes, and base64 (standard and URL-safe) at each of the three byte
    alignments it could have inside a longer encoded value."""
    raw = bytes.fromhex(key_hex)
    out = {"hex": key_hex.lower().encode(), "HEX": key_hex.upper().encode(), "raw": raw}
    for shift in range(3):
        start = -(-shift * 8 // 6)  # first base64 character that encodes key bits only
        for name, enc in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            out[f"{name}+{shift}"] = enc(b"\0" * shift + raw)[start:start + 40]
    return out


def leaks(data: bytes, key_hex: str) -> list[str]:
    """Which encodings of the key `data` holds (hex also in mixed case)."""
    found = [name for name, e in encodings(key_hex).items() if e in data]
    return found + (["Hex"] if not found and key_hex.lower().encode() in data.lower() else [])


def sqlite_cells(path: Path) -> list[bytes]:
    """Every value of every table, read with sqlite3 alone (no server code), as bytes."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert "townships" in tables and "server_meta" in tables
        return [v if isinstance(v, bytes) else str(v).encode() for t in tables
                for row in con.execute(f'SELECT * FROM "{t}"') for v in row]
    finally:
        con.close()


def all_cells(url: str) -> list[bytes]:
    """Every value of every table of any server database, through reflection (not the server's models)."""
    db = ServerDB(url)
    try:
        md = MetaData()
        md.reflect(db.engine)
        assert "townships" in md.tables
        with db.engine.connect() as c:
            return [v if isinstance(v, bytes) else str(v).encode() for t in md.sorted_tables
                    for row in c.execute(select(t)) for v in row]
    finally:
        db.close()


def database_files(url: str) -> bytes:
    """The bytes of a SQLite database's files (main, WAL, shared memory) as a copy of them would hold."""
    path = Path(url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def enrol(srv, township_id: int, offered: str | None = None) -> dict:
    body = {"code": srv.code(township_id)} | ({"fingerprint_key": offered} if offered else {})
    r = requests.post(f"{srv.url}/v1/enroll", json=body, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def sealed(db: ServerDB) -> dict[int, str]:
    with db.read() as s:
        return dict(s.execute(select(Township.id, Township.fingerprint_key_sealed)).all())


def test_the_database_alone_does_not_hold_the_township_key(db_url):
    with live_server(db_url) as srv:
        a, b = srv.township("A"), srv.township("B")
        key_a = enrol(srv, a)["fingerprint_key"]  # made by the server
        key_b = enrol(srv, b, "5e" * 32)["fingerprint_key"]  # given by the first device
        assert enrol(srv, a)["fingerprint_key"] == key_a  # a second device of the township gets the same key
        assert enrol(srv, b, "77" * 32)["fingerprint_key"] == key_b == "5e" * 32
        stored = sealed(srv.db)
        if db_url.startswith("sqlite"):
            live = database_files(db_url)  # while serving: WAL frames included
            assert stored[a].encode() in live  # the scan sees the data the keys would be beside
            assert leaks(live, key_a) == leaks(live, key_b) == []
    cells = sqlite_cells(Path(db_url.removeprefix("sqlite:///"))) if db_url.startswith("sqlite") else all_cells(db_url)
    assert stored[a].encode() in cells and stored[b].encode() in cells
    for key in (key_a, key_b):
        assert [leak for c in cells for leak in leaks(c, key)] == []
    if db_url.startswith("sqlite"):
        assert leaks(database_files(db_url), key_a) == []


def test_the_scan_finds_a_key_stored_in_plain_text(tmp_path):
    """The checks above can fail: a key written into the database in any of the encodings is found."""
    path = tmp_path / "s.sqlite3"
    db = ServerDB(str(path))
    db.upgrade()
    db.close()
    key = "a1b2c3d4e5f60718" * 4
    raw = bytes.fromhex(key)
    planted = [key.encode(), key.upper().encode(), raw] + [enc(b"\1" * shift + raw) for shift in range(3)
                                                      for enc in (base64.b64encode, base64.urlsafe_b64encode)]
    for i, leak in enumerate(planted):
        con = sqlite3.connect(path)
        with con:
            con.execute("DELETE FROM server_meta WHERE key = 'leak'")
            con.execute("INSERT INTO server_meta (key, value) VALUES ('leak', ?)", (b"x" * (i % 3) + leak,))
        con.close()
        assert any(leaks(c, key) for c in sqlite_cells(path)), i
        assert leaks(database_files(f"sqlite:///{path}"), key), i


def test_keys_survive_a_restart_and_enrolment_needs_the_right_server_key(db_url):
    with live_server(db_url) as srv:
        t = srv.township("A")
        key = enrol(srv, t)["fingerprint_key"]
    with live_server(db_url) as srv:  # the same server key, a new process
        assert enrol(srv, t)["fingerprint_key"] == key
    wrong = keys.ServerKey.generate()
    db = ServerDB(db_url, wrong)
    try:
        with pytest.raises(keys.ServerKeyError, match=f"does not open with server key {wrong.key_id}|under server key"):
            db.upgrade()
        with pytest.raises(keys.ServerKeyError):
            db.use_key(wrong)
    finally:
        db.close()


def test_rotation_keeps_every_township_key_and_every_device_working(db_url, tmp_path, capsys):
    old_file, new_file = tmp_path / "old.key", tmp_path / "new.key"
    old = keys.write_new(old_file)
    with live_server(db_url, old) as srv:
        a, b = srv.township("A"), srv.township("B")
        first = enrol(srv, a)
        key_a, key_b = first["fingerprint_key"], enrol(srv, b)["fingerprint_key"]
        before = sealed(srv.db)
    new = keys.write_new(new_file)
    assert cli.main(["--db", db_url, "--key-file", str(old_file), "rotate-key", "--new-key-file", str(new_file)]) == 0
    assert f"2 township key(s) re-sealed: server key {old.key_id} -> {new.key_id}" in capsys.readouterr().err
    with live_server(db_url, new) as srv:
        after = sealed(srv.db)
        assert set(after) == set(before) and all(after[t] != before[t] and new.key_id in after[t] for t in after)
        assert enrol(srv, a)["fingerprint_key"] == key_a and enrol(srv, b)["fingerprint_key"] == key_b
        r = requests.get(f"{srv.url}/v1/sync/meta", headers={"Authorization": f"Bearer {first['token']}"}, timeout=10)
        assert r.status_code == 200  # a device enrolled before the rotation syncs on
    db = ServerDB(db_url, old)
    try:
        with pytest.raises(keys.ServerKeyError, match="not this database's|under server key"):
            db.upgrade()  # the old key no longer opens the database
    finally:
        db.close()


def test_rotation_with_a_wrong_current_key_changes_nothing(db_url, tmp_path, capsys):
    right_file, wrong_file, new_file = tmp_path / "right.key", tmp_path / "wrong.key", tmp_path / "new.key"
    right, _wrong, _new = keys.write_new(right_file), keys.write_new(wrong_file), keys.write_new(new_file)
    with live_server(db_url, right) as srv:
        enrol(srv, srv.township("A"))
        before = sealed(srv.db)
    assert cli.main(["--db", db_url, "--key-file", str(wrong_file), "rotate-key", "--new-key-file",
                     str(new_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("zwcx-server: error: ") and err.count("\n") == 1 and "server key" in err
    assert cli.main(["--db", db_url, "--key-file", str(right_file), "rotate-key", "--new-key-file",
                     str(right_file)]) == 2
    assert "the new server key is the current one" in capsys.readouterr().err
    db = ServerDB(db_url, right)
    try:
        db.upgrade()
        assert sealed(db) == before
    finally:
        db.close()


def test_a_server_whose_key_was_rotated_under_it_refuses_enrolment_rather_than_hand_out_a_wrong_key(db_url):
    old, new = keys.ServerKey.generate(), keys.ServerKey.generate()
    with live_server(db_url, old) as srv:
        a, b = srv.township("A"), srv.township("B")
        key_a = enrol(srv, a)["fingerprint_key"]
        assert keys.rotate(srv.db, old, new) == 1
        codes = [srv.code(a), srv.code(b)]  # b has no key yet: the stale server must not seal one either
        for code in codes:
            r = requests.post(f"{srv.url}/v1/enroll", json={"code": code}, timeout=10)
            assert r.status_code == 503 and "restart it with the current server key" in r.json()["error"]
        assert sealed(srv.db)[b] is None
    db = ServerDB(db_url, new)
    db.upgrade()
    srv = LiveServer(db).start()
    try:  # the refused codes were not used up
        got = [requests.post(f"{srv.url}/v1/enroll", json={"code": c}, timeout=10).json() for c in codes]
        assert got[0]["fingerprint_key"] == key_a and len(got[1]["fingerprint_key"]) == 64
    finally:
        srv.stop()
        db.close()


def test_enrolment_on_a_database_opened_without_a_server_key_is_refused(tmp_path):
    db = ServerDB(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        db.upgrade()
        _dev, code = service.enroll_device(db, service.add_township(db, "甲乡", "A"))
        with pytest.raises(service.ServiceError, match="without its server key") as exc:
            service.enrol(db, code)
        assert exc.value.status == 503
    finally:
        db.close()
