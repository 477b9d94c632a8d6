"""`zwcx check`: is the data directory whole? SQLite integrity, audit chain, versions, attachments."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, text

from zwcx_desktop.domain.canonical import canonical_json
from zwcx_desktop.store import attachments
from zwcx_desktop.store.audit import verify_chain
from zwcx_desktop.store.db import Database
from zwcx_desktop.store.models import RECORD_MODELS, Attachment, RecordVersion
from zwcx_desktop.store.rows import referenced_hashes


def run_checks(db: Database) -> list[str]:
    """Every problem found, one line each; an empty list means the data is whole."""
    problems: list[str] = []
    with db.read() as s:
        res = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
        if res != ["ok"]:
            problems += [f"database integrity: {r}" for r in res[:20]]
            return problems  # the rest would read a damaged file
        for r in s.execute(text("PRAGMA foreign_key_check")).all()[:20]:
            problems.append(f"foreign key: table {r[0]} row {r[1]} points at a missing {r[2]} row")
        problems += [str(b) for b in verify_chain(s)]
        known = set(s.execute(select(Attachment.sha256)).scalars())
        for kind, model in RECORD_MODELS.items():
            q = (select(model.id, model.version_id, model.content_hash, RecordVersion.doc, RecordVersion.content_hash)
                 .join(RecordVersion, RecordVersion.version_id == model.version_id, isouter=True))
            for rid, vid, h, doc_text, vh in s.execute(q).yield_per(5000):
                if doc_text is None:
                    problems.append(f"{kind} {rid}: its current version {vid} is missing from the history")
                    continue
                doc = json.loads(doc_text)
                # The stored text must be the canonical form of its own content, and hash to what was recorded.
                real = hashlib.sha256(doc_text.encode("utf-8")).hexdigest()
                if canonical_json(doc) != doc_text or real != vh or real != h:
                    problems.append(f"{kind} {rid}: version {vid} does not match its content hash")
                for sha in referenced_hashes(kind, doc):
                    if sha not in known:
                        problems.append(f"{kind} {rid}: points at attachment {sha} that was never stored")
    problems += [f"attachment {sha}: file missing or damaged" for sha in attachments.missing(db)]
    return problems
