"""The roster snapshot of a disclosure: the linked service records as they stood when its publicity began.

A roster notice (名单公示) lists the service records linked to a disclosure. Those records keep changing after the
notice is posted (corrections, deletions, new applicants), so a reprint of an old version read from the live
table would show today's list under yesterday's verification code. When a disclosure moves to 公示中 or 重新公示
the store copies the rows into the version document (`roster`), where the content hash, and therefore the
verification code on the paper, covers them, and sync carries them with the version.

Only what a roster prints is copied (the masked ID, never the fingerprint), plus the service record's id and
version id so a reader can trace each line back to the exact version it came from.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from zwcx_core.domain.roster_rules import OFF_ROSTER
from zwcx_desktop.store.rows import from_fen

#: Keys of one snapshot row, in the order of the printed columns; None values are left out to keep large rosters
#: small in the version document (a 1,000-row roster travels in one sync document).
ROW_KEYS = ("service_id", "service_version_id", "beneficiary_name", "id_masked", "village", "household_size",
            "policy", "period", "amount", "note")


def snapshot(s: Session, disclosure_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Roster rows of each disclosure (an empty list when none is linked), in the printed order: village, then
    name, then id, the same order notices/tables.py uses for a live roster; records decided against or stopped
    (domain/roster_rules.py) are not on it."""
    out: dict[str, list[dict[str, Any]]] = {d: [] for d in disclosure_ids}
    if not disclosure_ids:
        return out
    q = text("SELECT disclosure_id, id, version_id, beneficiary_name, id_masked, village, household_size, policy, "
             "period, amount_fen, note FROM service_records WHERE deleted = 0 AND disclosure_id IN "
             "(SELECT value FROM json_each(:ids)) AND status NOT IN (SELECT value FROM json_each(:off)) "
             "ORDER BY disclosure_id, village, beneficiary_name, id")
    for did, sid, vid, name, masked, village, size, policy, period, fen, note in s.execute(
            q, {"ids": json.dumps(list(disclosure_ids)), "off": json.dumps(sorted(OFF_ROSTER))}):
        row = {"service_id": sid, "service_version_id": vid, "beneficiary_name": name, "id_masked": masked,
               "village": village, "household_size": size, "policy": policy, "period": period,
               "amount": from_fen(fen), "note": note}
        out[did].append({k: v for k, v in row.items() if v is not None})
    return out
