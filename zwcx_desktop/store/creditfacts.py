"""Read what the 政务失信 indicators need from the store (the arithmetic is in domain/credit_indicators.py)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from zwcx_core.domain.credit_indicators import CreditIndicators, credit_indicators


def credit_indicator_facts(s: Session, start: dt.date, end: dt.date, persons: bool = False,
                           today: dt.date | None = None) -> CreditIndicators:
    """The indicators of the period over the live dishonesty records (person-level ones only with `persons`, for
    the administrator: otherwise they are not even counted) and the credit objections."""
    person = "" if persons else " AND r.subject_level != 'person'"
    records = []
    for doc, created in s.execute(text(
            "SELECT v.doc, r.created_at FROM dishonesty_records r JOIN record_versions v ON v.version_id = r.version_id"
            f" WHERE r.deleted = 0{person}")):
        d = json.loads(doc)
        d["created"] = str(created)[:10]
        records.append(d)
    objections = [json.loads(doc) for (doc,) in s.execute(text(
        "SELECT v.doc FROM objections r JOIN record_versions v ON v.version_id = r.version_id "
        "WHERE r.deleted = 0 AND r.objection_type = 'credit'"))]
    return credit_indicators(records, objections, start, end, as_of=min(end, today or dt.date.today()))
