"""Early warning of 政务失信 (#17 item 2): what should become a 线索 (lead), proposed to a person who decides.

Three sources: an arrear to an SME overdue more than N days (the payment clock of payment_warnings), a judgment
unperformed past its 履行期限, and a public commitment overdue by N days. A proposal is never a record: someone
opens it as a new dishonesty record and saves it. A source already linked by a record (`basis_kind`, `basis_id`)
is not proposed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from zwcx_core.domain.deadlines import OPEN_COMMITMENT_STATES, days_left
from zwcx_core.domain.enums import CommitmentStatus as C
from zwcx_core.domain.enums import DishonestyType
from zwcx_core.domain.payment_warnings import contract_warnings, lawsuit_warnings

__all__ = ["ARREAR_DAYS", "COMMITMENT_DAYS", "Lead", "leads"]

#: Default thresholds (days overdue before a lead is proposed); the office may change them.
ARREAR_DAYS = 30
COMMITMENT_DAYS = 30
# The commitments that can be overdue (deadlines.py), and one a reviewer already marked 未兑现: still a broken promise.
_OPEN_COMMITMENTS = OPEN_COMMITMENT_STATES | {C.UNFULFILLED.value}


@dataclass(frozen=True)
class Lead:
    """A proposed 线索: the source record (`basis_kind`, `basis_id`), its unit, the dishonesty type it suggests,
    a summary, the amount concerned (None when not money), the day it fell due and how many days ago."""

    basis_kind: str
    basis_id: str
    unit_id: str
    dishonesty_type: DishonestyType
    title: str
    amount: Decimal | None
    due: dt.date
    days_overdue: int

    def payload(self, subject_name: str, subject_uscc: str | None = None) -> dict[str, Any]:
        """The fields of a new dishonesty record prefilled from this proposal (the subject is the unit)."""
        out: dict[str, Any] = {"unit_id": self.unit_id, "subject_level": "unit", "subject_name": subject_name,
                               "dishonesty_type": self.dishonesty_type.value, "title": self.title[:120],
                               "basis_kind": self.basis_kind, "basis_id": self.basis_id}
        if subject_uscc:
            out["subject_uscc"] = subject_uscc
        if self.amount is not None:
            out["obligation_amount"] = str(self.amount)
        return out


def leads(as_of: dt.date, contracts: Iterable[Mapping[str, Any]] = (), lawsuits: Iterable[Mapping[str, Any]] = (),
          commitments: Iterable[Mapping[str, Any]] = (), taken: Collection[tuple[str, str]] = (),
          arrear_days: int = ARREAR_DAYS, commitment_days: int = COMMITMENT_DAYS) -> list[Lead]:
    """The proposals as of `as_of`, longest overdue first. Documents carry their record id in "id". An SME
    contract is proposed once, with the money overdue more than `arrear_days` summed; a judgment once its
    performance deadline has passed unperformed; a commitment (published, in progress or marked unfulfilled) more
    than `commitment_days` after its due date. `taken`: (basis_kind, basis_id) pairs already on a record."""
    out: list[Lead] = []
    for doc in contracts:
        if not doc.get("sme_declared") or ("contract", doc.get("id")) in taken:
            continue
        late = [w for w in contract_warnings(doc, as_of, doc.get("id"))
                if w.kind == "payment" and -w.days_left > arrear_days]
        if late:
            first = min(late, key=lambda w: w.due)
            amount = sum((w.amount or Decimal(0) for w in late), Decimal(0))
            out.append(Lead("contract", doc["id"], doc["unit_id"], DishonestyType.SME_ARREARS,
                            f"拖欠中小企业账款：{doc.get('title', '')}（{doc.get('counterparty', '')}）", amount,
                            first.due, -first.days_left))
    for doc in lawsuits:
        if ("lawsuit", doc.get("id")) in taken:
            continue
        for w in lawsuit_warnings(doc, as_of, doc.get("id")):
            if w.days_left < 0:
                out.append(Lead("lawsuit", doc["id"], doc["unit_id"], DishonestyType.JUDGMENT_UNPERFORMED,
                                f"判决未履行：{doc.get('case_no', '')}（{doc.get('court', '')}）", w.amount, w.due,
                                -w.days_left))
    for doc in commitments:
        if doc.get("status") not in _OPEN_COMMITMENTS or not doc.get("due_date") or (
                "commitment", doc.get("id")) in taken:
            continue
        due = dt.date.fromisoformat(doc["due_date"])
        late = -days_left(due, as_of)
        if late > commitment_days:
            out.append(Lead("commitment", doc["id"], doc["unit_id"], DishonestyType.BREACH,
                            f"承诺逾期未兑现：{doc.get('title', '')}", None, due, late))
    out.sort(key=lambda lead: (-lead.days_overdue, lead.basis_kind, lead.basis_id))
    return out
