"""Records pushed into a township as its device pushes them (service.push, the sync API's own path, with its
checks): helpers of the console tests, not tests."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from zwcx_core import wire
from zwcx_server import service
from zwcx_server.models import Township


class Pusher:
    """Pushes documents as one enrolled device of a township does (service.push, the sync API's own path)."""

    def __init__(self, db, township_id: int) -> None:
        self.db = db
        dev, _ = service.enroll_device(db, township_id)
        with db.read() as s:
            t = s.execute(select(Township).where(Township.id == township_id)).scalar_one()
            self.caller = service.Caller(dev, township_id, t.code, t.name)
        self.seq = 0

    def push(self, kind: str, doc: dict, made: str = "2026-02-01T08:00:00+00:00") -> str:
        """A new record `doc` of `kind`, entered at `made`; its record id."""
        self.seq += 1
        rid = str(uuid.uuid4())
        op = wire.Op(op_id=str(uuid.uuid4()), seq=self.seq, op="upsert", kind=kind, record_id=rid,
                     version_id=str(uuid.uuid4()), base_version_id=None, merge_parent_id=None, version=1,
                     content_hash=service.sha(wire.canonical_json(doc)), doc=doc, created_by="clerk",
                     created_at=made)
        [r] = service.push(self.db, self.caller, [op])["results"]
        assert r["status"] == "applied", repr(r)[:600]
        return rid


def dishonesty(title: str, severity: str | None, decided: str | None, status: str = "confirmed",
               **extra) -> dict:
    basis = {"deciding_body": "某区发展改革局", "decision_no": f"认定〔2026〕{len(title)}号"} if decided else {}
    return {"unit_id": "u-1", "subject_level": "unit", "subject_name": "东湖镇人民政府", "dishonesty_type": "breach",
            "title": title, "severity": severity, "decision_date": decided, "status": status} | basis | extra
