"""Contract and lawsuit documents for the payment-clock tests, cleaned by the real schema as the store saves them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from zwcx_core.domain import schema

D = dt.date
# Dates in these tests reach into 2027; validation judges them against a "today" after them all.
_TODAY = D(2027, 12, 31)


def ev(type_: str, date: str, amount: str | None = None, *, passed: bool | None = None, id: str | None = None,
       deposit_id: str | None = None) -> dict[str, Any]:
    row = {"type": type_, "date": date, "amount": amount, "passed": passed, "deposit_id": deposit_id}
    if id:
        row["id"] = id
    return row


def contract(*events: dict[str, Any], sme: bool = True, amount: str = "100000", basis: str = "delivery",
             **fields: Any) -> dict[str, Any]:
    """A validated contract document signed 2026-01-05 (fields override the defaults)."""
    doc = {"unit_id": "u1", "title": "办公设备采购", "contract_type": "procurement_goods", "counterparty": "哈尔滨某科技有限公司",
           "sme_declared": sme, "signed_date": "2026-01-05", "amount": amount, "payment_basis": basis,
           "events": list(events)}
    doc.update(fields)
    return schema.validate("contract", doc, today=_TODAY)


def instalments(*rows: tuple[str, str], **fields: Any) -> dict[str, Any]:
    """A schedule-basis contract with instalments (due date, amount) and amount their sum."""
    total = sum(float(a) for _, a in rows)
    fields.setdefault("amount", f"{total:.2f}")
    return contract(basis="schedule", instalments=[{"due_date": d, "amount": a, "id": f"i{n}"}
                                                    for n, (d, a) in enumerate(rows, 1)], **fields)


def lawsuit(**fields: Any) -> dict[str, Any]:
    doc = {"unit_id": "u1", "court": "哈尔滨市道里区人民法院", "case_no": "(2026)黑0102民初100号", "role": "defendant",
           "counterparty": "哈尔滨某建筑有限公司", "filed_date": "2026-01-10"}
    status = fields.pop("status", None)
    doc.update(fields)
    out = schema.validate("lawsuit", doc, today=_TODAY)
    out["status"] = status or "pending"  # a computed field: the lifecycle sets it
    return out
