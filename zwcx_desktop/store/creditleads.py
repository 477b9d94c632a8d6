"""Read the records the 政务失信 early warning looks at (domain/credit_leads.py) and the thresholds the office set."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from zwcx_core.domain.credit_leads import ARREAR_DAYS, COMMITMENT_DAYS, Lead, leads
from zwcx_desktop.store import settings

#: Settings keys of the thresholds (days overdue before a lead is proposed).
ARREAR_KEY, COMMITMENT_KEY = "lead_arrear_days", "lead_commitment_days"
_WATCHED = {"contract": ("contracts", "('performing', 'disputed')"), "lawsuit": ("lawsuits", "('judged')"),
            "commitment": ("commitments", "('published', 'in_progress', 'unfulfilled')")}


def thresholds(s: Session) -> tuple[int, int]:
    """(arrear days, commitment days) as set, else the defaults (30 and 30)."""
    def get(key: str, default: int) -> int:
        v = settings.get(s, key)
        return int(v) if v and v.isdigit() else default

    return get(ARREAR_KEY, ARREAR_DAYS), get(COMMITMENT_KEY, COMMITMENT_DAYS)


def proposals(s: Session, today: dt.date) -> list[tuple[Lead, str, str | None]]:
    """(lead, unit name, unit 统一社会信用代码) of every proposal as of `today`, longest overdue first."""
    docs: dict[str, list[dict]] = {}
    for kind, (table, states) in _WATCHED.items():
        docs[kind] = []
        for rid, doc in s.execute(text(
                f"SELECT r.id, v.doc FROM {table} r JOIN record_versions v ON v.version_id = r.version_id "
                f"WHERE r.deleted = 0 AND r.status IN {states}")):
            docs[kind].append(json.loads(doc) | {"id": rid})
    # Every record counts as taken, the administrator's person-level ones too: a lead is proposed once.
    taken = {(k, b) for k, b in s.execute(text(
        "SELECT basis_kind, basis_id FROM dishonesty_records WHERE deleted = 0 AND basis_id IS NOT NULL"))}
    arrear, commitment = thresholds(s)
    found = leads(today, docs["contract"], docs["lawsuit"], docs["commitment"], taken, arrear, commitment)
    units = {uid: (name, uscc) for uid, name, uscc in s.execute(text("SELECT id, name, uscc FROM units"))}
    return [(lead, *units.get(lead.unit_id, ("", None))) for lead in found]
