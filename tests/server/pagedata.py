"""Helpers of the public page tests: versions written straight into the server database, as a server from before
the personal-data guard (or before validation) may hold them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from zwcx_core import wire
from zwcx_core.domain.canonical import canonical_json, content_hash
from zwcx_server.models import Record, Township, Version


def put_version(db, township_id: int, kind: str, doc: dict, record_id: str | None = None,
                deleted: bool = False) -> tuple[str, str, str]:
    """Store `doc` as the newest version of `record_id` (a new record when None), unchecked; returns (record_id,
    version_id, verification code)."""
    rid, vid, chash = record_id or str(uuid.uuid4()), str(uuid.uuid4()), content_hash(doc)
    with db.write() as s:
        t = s.execute(select(Township).where(Township.id == township_id)).scalar_one()
        t.last_seq += 1
        rec = s.get(Record, rid)
        base = rec.current_version_id if rec else None
        number = s.get(Version, base).version + 1 if base else 1
        s.add(Version(version_id=vid, record_id=rid, township_id=township_id, seq=t.last_seq, kind=kind,
                      version=number, base_version_id=base, merge_parent_id=None, content_hash=chash,
                      doc=canonical_json(doc), deleted=deleted, device_id=str(uuid.uuid4()), created_by="old",
                      client_created_at="2025-01-01T00:00:00Z", received_at=dt.datetime(2025, 1, 1),
                      verify_code=wire.verify_code(vid, chash)))
        if rec is None:
            s.add(Record(id=rid, township_id=township_id, kind=kind, current_version_id=vid, content_hash=chash,
                         deleted=deleted, heads=[vid], conflict=False))
        else:
            rec.current_version_id, rec.content_hash, rec.deleted, rec.heads = vid, chash, deleted, [vid]
    return rid, vid, wire.verify_code(vid, chash)


def disclosure(title: str, status: str, **extra) -> dict:
    return {"unit_id": None, "kind": "service", "doc_type": "public_notice", "title": title,
            "body": "经审核，以下人员符合条件，现予公示。", "formed_date": "2026-03-02", "period_start": "2026-03-05",
            "period_days": 7, "day_count": "calendar", "period_end": "2026-03-11", "status": status} | extra
