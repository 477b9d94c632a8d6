"""Payment clocks of contracts (《保障中小企业款项支付条例》, 国务院令第802号, in force 2025-06-01).

Pure functions of a contract document (schema.CONTRACT) and dates; see docs/record-kinds.md and DOMAIN.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from zwcx_core.domain.enums import ContractEventType as Ev
from zwcx_core.domain.schema import contract_owed, money_text, parse_money


def _events(doc: Mapping[str, Any], kind: Ev) -> list[Mapping[str, Any]]:
    return [e for e in doc.get("events") or [] if isinstance(e, Mapping) and e.get("type") == kind.value]


def amount_paid(doc: Mapping[str, Any]) -> Decimal:
    """Principal paid so far (late interest is recorded apart and not counted here)."""
    return sum((parse_money(e["amount"]) for e in _events(doc, Ev.PAYMENT) if e.get("amount") not in (None, "")),
               Decimal("0"))


def derive_contract(doc: dict[str, Any]) -> dict[str, Any]:
    """Fill a contract's computed amounts (returns the same dict)."""
    owed = contract_owed(doc)
    paid = amount_paid(doc)
    doc["amount_paid"] = money_text(paid)
    doc["amount_outstanding"] = None if owed is None else money_text(max(owed - paid, Decimal("0")))
    return doc
