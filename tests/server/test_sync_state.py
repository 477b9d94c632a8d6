"""What the server tells a device about what it holds (meta `sync_state`, /v1/sync/missing), versions sent again
after a restore, and the SQLite server's durability setting. SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import uuid

import requests
from sqlalchemy import select, text

from tests.server.test_server import Dev, op, unit_doc
from zwcx_core import wire
from zwcx_server.db import ServerDB
from zwcx_server.models import OpResult, Version


def _meta(dev: Dev, cursor: str | None = None) -> requests.Response:
    q = f"?cursor={cursor}" if cursor is not None else ""
    return requests.get(f"{dev.url}/v1/sync/meta{q}", headers=dev.h, timeout=10)


def _missing(dev: Dev, body) -> requests.Response:
    return requests.post(f"{dev.url}/v1/sync/missing", data=gzip.compress(json.dumps(body).encode()), timeout=10,
                         headers=dev.h | {"Content-Encoding": "gzip", "Content-Type": "application/json"})


def test_meta_reports_max_seq_acked_seq_and_the_version_at_the_cursor(server):
    t = server.township("A")
    a, b = Dev(server, t), Dev(server, t)
    assert _meta(a).json()["sync_state"] == {"max_seq": 0, "acked_seq": 0, "cursor_version_id": None,
                                             "prints_through": 0, "audit_anchored": 0}
    ops = [op(str(uuid.uuid4()), unit_doc(f"甲{i}"), seq=i + 1) for i in range(3)]
    assert a.push(ops).status_code == 200
    assert b.push([op(str(uuid.uuid4()), unit_doc("乙"), seq=7)]).status_code == 200
    st = _meta(a, "2").json()["sync_state"]
    assert st == {"max_seq": 4, "acked_seq": 3, "cursor_version_id": ops[1]["version_id"], "prints_through": 0,
                  "audit_anchored": 0}
    assert _meta(b, "9").json()["sync_state"] == {"max_seq": 4, "acked_seq": 7, "cursor_version_id": None,
                                                  "prints_through": 0, "audit_anchored": 0}
    # A replayed older batch does not lower what the server remembers.
    assert a.push(ops[:1]).status_code == 200
    assert _meta(a).json()["sync_state"]["acked_seq"] == 3
    page = a.pull(0)
    assert page["max_seq"] == 4 and page["versions_digest"] == wire.version_set_digest(
        [o["version_id"] for o in ops] + [page["items"][3]["version_id"]])
    assert wire.version_set_digest([ops[1]["version_id"], ops[0]["version_id"]]) == \
        wire.version_set_digest([ops[0]["version_id"]], wire.version_set_digest([ops[1]["version_id"]]))
    for bad in ("²", "-1", "1e3", "9" * 19, ""):
        r = _meta(a, bad)
        assert r.status_code == 400 and "cursor must be a non-negative integer" in r.json()["error"], bad


def test_resent_versions_keep_their_author_store_no_op_result_and_answer_duplicate_when_known(server):
    t, other_t = server.township("A"), server.township("B")
    a, b, stranger = Dev(server, t), Dev(server, t), Dev(server, other_t)
    known = op(str(uuid.uuid4()), unit_doc("甲"), seq=1)
    assert a.push([known]).status_code == 200
    lost = op(str(uuid.uuid4()), unit_doc("乙"), seq=1)
    edit = op(lost["record_id"], unit_doc("乙改"), seq=2, base=lost["version_id"], version=2)
    resent = [o | {"op_id": str(uuid.uuid4()), "seq": i + 1, "resend": True, "device_id": a.device_id}
              for i, o in enumerate((known, lost, edit))]
    resent[2]["device_id"] = stranger.device_id  # not a device of this township: the sender stands as author
    ans = b.push(resent).json()
    assert [r["status"] for r in ans["results"]] == ["duplicate", "applied", "applied"]
    assert ans["acked_through_seq"] == 0
    with server.db.read() as s:
        authors = dict(s.execute(select(Version.version_id, Version.device_id)).all())
        assert s.execute(select(OpResult).where(OpResult.device_id == b.device_id)).first() is None
    assert authors[lost["version_id"]] == a.device_id and authors[edit["version_id"]] == b.device_id
    assert _meta(b).json()["sync_state"]["acked_seq"] == 0
    assert b.push([resent[0] | {"resend": "yes"}]).status_code == 400


def test_missing_names_the_versions_the_township_lacks_and_restores_the_acked_seq(server):
    t, other_t = server.township("A"), server.township("B")
    a, stranger = Dev(server, t), Dev(server, other_t)
    have = op(str(uuid.uuid4()), unit_doc("甲"), seq=1)
    theirs = op(str(uuid.uuid4()), unit_doc("丙"), seq=1)
    assert a.push([have]).status_code == 200 and stranger.push([theirs]).status_code == 200
    gone = str(uuid.uuid4())
    r = _missing(a, {"version_ids": [have["version_id"], gone, theirs["version_id"]]})
    assert r.status_code == 200 and r.json()["missing"] == [gone, theirs["version_id"]]  # another township's: lacking
    assert _missing(a, {"version_ids": [], "acked_seq": 40}).json()["missing"] == []
    assert _meta(a).json()["sync_state"]["acked_seq"] == 40
    assert _missing(a, {"version_ids": [], "acked_seq": 5}).status_code == 200
    assert _meta(a).json()["sync_state"]["acked_seq"] == 40  # never lowered
    for body, words in (([], "JSON object"), ({"version_ids": ["x"]}, "lowercase UUIDs"),
                        ({"version_ids": [gone] * 10001}, "at most 10000"),
                        ({"version_ids": [], "acked_seq": -1}, "acked_seq"),
                        ({"version_ids": [], "acked_seq": True}, "acked_seq")):
        r = _missing(a, body)
        assert r.status_code == 400 and words in r.json()["error"], (body, r.text)
    assert requests.post(f"{a.url}/v1/sync/missing", json={"version_ids": []}, timeout=10).status_code == 401


def test_the_sqlite_server_commits_with_synchronous_full(tmp_path):
    db = ServerDB(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        db.upgrade()
        with db.engine.connect() as c:
            assert c.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
            assert c.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    finally:
        db.close()
