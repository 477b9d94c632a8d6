"""The batch of 政务失信 records a township sends up to the city credit platform, in 双公示-style columns (DOMAIN.md).

Only findings go up (a record with a decision: 已认定 and after), and only unit-level ones: a person-level record
names a staff member, and no natural-person field is ever exported, so such records are left out entirely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from zwcx_core.domain.credit_rules import is_person_level
from zwcx_core.domain.enums import DishonestyStatus as X
from zwcx_core.domain.enums import DishonestyType, RepairStatus, SanctionKind, Severity
from zwcx_core.domain.masking import mask_numbers_in
from zwcx_core.domain.schema import parse_money

__all__ = ["BATCH_COLUMN", "COLUMNS", "REPORTED", "batch_no", "reported", "row"]

#: The reporting columns, in the order of the platform's template.
COLUMNS = ("行政相对人名称", "统一社会信用代码", "法定代表人", "决定文书号", "违法/失信行为类型", "事实", "依据", "类别",
           "内容", "金额(万元)", "决定日期", "有效期/公示截止期", "认定机关", "认定机关统一社会信用代码", "数据来源单位",
           "数据来源单位统一社会信用代码", "备注")
#: Added after the template's columns so every row says which batch carried it.
BATCH_COLUMN = "批次号"
#: Statuses of a record that carries a finding (a decision received) and so is reported.
REPORTED = frozenset({X.CONFIRMED.value, X.PUBLICIZED.value, X.REPAIRED.value, X.EXPIRED.value, X.REMOVED.value})


def reported(doc: Mapping[str, Any]) -> bool:
    """Whether a dishonesty document goes into a report batch: a unit-level record with a finding."""
    return doc.get("status") in REPORTED and not is_person_level(doc)


def _zh(enum, value: Any) -> str:
    try:
        return enum(value).zh if value else ""
    except ValueError:
        return str(value)


def _wan(amount: Any) -> str:
    """Yuan as 万元 with six places (exact: a yuan amount has at most two)."""
    if amount in (None, ""):
        return ""
    return str((parse_money(amount) / Decimal(10000)).quantize(Decimal("0.000001")))


def row(doc: Mapping[str, Any], source_name: str, source_uscc: str | None) -> list[str]:
    """The report row of a unit-level dishonesty document, as text in `COLUMNS` order. The data source is the
    record's own, else the township sending it (`source_name`, `source_uscc`). Raises ValueError for a
    person-level document: none of its fields may leave the township."""
    if is_person_level(doc):
        raise ValueError("a person-level dishonesty record is never exported")
    category = _zh(SanctionKind, doc.get("sanction_kind")) or _zh(Severity, doc.get("severity"))
    notes = [_zh(X, doc.get("status"))]
    if doc.get("under_objection"):
        notes.append("异议中")
    if doc.get("repair_status"):
        notes.append("信用修复" + _zh(RepairStatus, doc["repair_status"]))
    if doc.get("court_removed_date"):
        notes.append(f"{doc['court_removed_date']}法院移出名单")
    return [_text(doc.get("subject_name")), str(doc.get("subject_uscc") or ""), "",
            str(doc.get("decision_no") or ""), _zh(DishonestyType, doc.get("dishonesty_type")),
            _text(doc.get("facts") or doc.get("title")), _text(doc.get("legal_basis")), category,
            _text(doc.get("obligation")), _wan(doc.get("obligation_amount")), str(doc.get("decision_date") or ""),
            str(doc.get("display_max_end") or ""), _text(doc.get("deciding_body")),
            str(doc.get("deciding_body_uscc") or ""), _text(doc.get("source_unit") or source_name),
            str(doc.get("source_unit_uscc") or (source_uscc or "")), "；".join(n for n in notes if n)]


def _text(value: Any) -> str:
    """A free-text cell as it leaves the township: a full ID, mobile or card number masked. Saving refuses such
    numbers (privacy.py), but a record stored before that rule may hold one, and a report batch has no print guard
    behind it, so this is the last line (as notices/guard.py is for paper)."""
    return mask_numbers_in(str(value or ""))


def batch_no(division_code: str | None, day: dt.date, taken: int) -> str:
    """The number of a township's batch: division code, date and the day's sequence from 01 (`taken` batches were
    made that day already), e.g. 230102-20260503-01."""
    return f"{division_code or '000000'}-{day:%Y%m%d}-{taken + 1:02d}"
