"""A push that loses a race for a global id to another township's push still gets an answer (SQLite and
PostgreSQL): the losing insert is retried, and the retry sees the id taken."""

from __future__ import annotations

import threading
import time
import uuid

from sqlalchemy import text

from tests.server.test_server import Dev, op, unit_doc
from zwcx_server import service
from zwcx_server.models import Version


def _wait_for_lock_waiter(db, timeout: float = 10.0) -> None:
    """Until a session of this database waits on a lock (PostgreSQL); SQLite's waiting writer has no such sign,
    so there a short pause lets the push reach its BEGIN."""
    if db.dialect != "postgresql":
        time.sleep(0.5)
        return
    deadline = time.monotonic() + timeout
    with db.engine.connect() as conn:
        while time.monotonic() < deadline:
            n = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                  "AND datname = current_database()")).scalar_one()
            if n:
                return
            conn.rollback()
            time.sleep(0.02)
    raise AssertionError("the push never waited for the other township's uncommitted version")


def test_push_losing_a_version_id_race_is_answered_not_failed(server):
    ta, tb = server.township("A"), server.township("B")
    a = Dev(server, ta)
    doc = unit_doc("甲")
    o = op(str(uuid.uuid4()), doc, 1)
    answers = []
    # Township B's push of the same version id is in flight: inserted, not yet committed, while A's push runs.
    with server.db.write() as s:
        s.add(Version(version_id=o["version_id"], record_id=o["record_id"], township_id=tb, seq=1, kind="unit",
                      version=1, base_version_id=None, merge_parent_id=None, content_hash=o["content_hash"],
                      doc="{}", deleted=False, device_id=str(uuid.uuid4()), created_by="t",
                      client_created_at=o["created_at"], received_at=service.utcnow(), verify_code="x"))
        s.flush()
        th = threading.Thread(target=lambda: answers.append(a.push([o])))
        th.start()
        _wait_for_lock_waiter(server.db)
    th.join(30)
    assert len(answers) == 1
    r = answers[0]
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["status"] == "rejected" and "already in use" in res["reason"], res
    assert a.pull()["items"] == []
