"""Importing the office's existing contract ledger (合同履约台账) from .xlsx or .csv.

The same two steps and rules as rosters (io.roster): `prepare()` reads the file, recognises the headers
(io.contract_headers), checks every row through the real schema (the credit code's check character, amounts,
dates within their bounds, a payment larger than what is owed, an acceptance before the delivery) and flags a
contract number twice in the file or already in the store, writing nothing; `commit()` writes the valid rows in
one transaction, all or nothing unless `skip_invalid`. Every problem names its row and column.

A ledger row is a contract plus what has happened on it so far: 交付日期 and 验收日期 become a delivery and a passed
acceptance, 已付金额 with its 付款日期 one payment, so the payment clocks run from the imported ledger at once.
Contracts come in as drafts (草拟): a reviewer confirms each was signed as recorded (平台之外无合同), as for a
contract typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from zwcx_core.domain.schema import CONTRACT, ValidationError, validate
from zwcx_desktop.io import contract_headers as C
from zwcx_desktop.io.reader import FileProblem
from zwcx_desktop.io.roster import (
    ImportResult,
    NullHandle,
    Plan,
    RosterRow,
    RowIssue,
    check_rows,
    commit_rows,
    flag_repeats,
    inspect,
    no_column,
    require_columns,
    stored_numbers,
)

__all__ = ["commit", "prepare"]

_DATE_FIELDS = frozenset({"signed_date", "sme_declared_date", C.DELIVERY_DATE, C.ACCEPTANCE_DATE, C.PAID_DATE})
_MONEY_FIELDS = frozenset({"amount", "disputed_amount", C.PAID_AMOUNT})
_INT_FIELDS = frozenset({"payment_days", "acceptance_days"})
_RATE_FIELDS = frozenset({"late_rate", "lpr_at_signing"})
_SME_WORDS = {"是": True, "否": False, "√": True, "×": False, "中型": True, "小型": True, "微型": True, "小微": True,
              "中小": True, "中小微": True, "大型": False}
_REQUIRED = ("title", "contract_type", "counterparty", "signed_date", "amount")


def prepare(app, path: str | Path, *, mapping: Mapping[str, str] | None = None, sheet: str | None = None,
            handle=None, today: dt.date | None = None) -> Plan:
    """Read and check a contract ledger without writing anything. Raises FileProblem for a file that cannot be
    a ledger (naming what is wrong); row problems are collected in the plan."""
    handle = handle or NullHandle()
    plan = inspect(path, mapping=mapping, sheet=sheet, recogniser=C)
    handle.check()
    sh, headers = plan.sheet, plan.headers
    wan = [plan.column_label(i) for i, h in enumerate(headers) if C.normalise(h) in C.WAN_YUAN_HEADERS]
    if wan:
        raise FileProblem(f"{sh.label}: column {', '.join(wan)} is in 万元; zwcx keeps amounts in 元: convert the "
                          f"column to 元 (multiply by 10000) and import again")
    require_columns(plan, CONTRACT, _REQUIRED)
    units = _units(app)
    home = app.home_unit_id()
    check_rows(plan, handle, lambda row_no, values: _check_row(plan, row_no, values, units, home, today))
    _flag_duplicates(app, plan)
    return plan


def commit(app, plan: Plan, actor, *, skip_invalid: bool = False, errors_out: str | Path | None = None,
           handle=None) -> ImportResult:
    """Write the plan's valid rows as draft contracts in one transaction (see io.roster.commit for the rules)."""
    return commit_rows(app, "contract", plan, actor, skip_invalid=skip_invalid, errors_out=errors_out,
                       handle=handle)


def _units(app) -> dict[str, str]:
    """Unit name -> id (a ledger names the signing unit; the export writes names, never ids)."""
    from sqlalchemy import text

    with app.db.read() as s:
        return {name.strip(): uid for uid, name in s.execute(text("SELECT id, name FROM units WHERE deleted = 0"))}


def _date_text(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v).strip()


def _money_text(v: Any) -> Any:
    if isinstance(v, float):
        # Binary floats such as 0.1+0.2 are an artefact of the spreadsheet; more than two places is a real error.
        r = round(v, 2)
        return f"{r:.2f}" if abs(v - r) < 1e-9 else repr(v)
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return str(v).strip().replace(",", "").replace("，", "").lstrip("¥￥").removesuffix("元").strip()


def _convert(name: str, v: Any) -> Any:
    """A cell value in the form the schema accepts; typed spreadsheet cells keep their meaning."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if name in _DATE_FIELDS:
        return _date_text(v)
    if name in _MONEY_FIELDS:
        return _money_text(v)
    if name in _INT_FIELDS and isinstance(v, float) and v.is_integer():
        return int(v)
    if name in _RATE_FIELDS:
        text = f"{v:g}" if isinstance(v, float) else str(v).strip()
        return text.rstrip("%％").strip()
    if name == "sme_declared" and isinstance(v, str):
        # Ledgers often record the size the supplier declared (中型/小型/微型企业) rather than yes or no.
        return _SME_WORDS.get(v.strip().removesuffix("企业"), v.strip())
    if isinstance(v, int | float) and not isinstance(v, bool):
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
    return v.strip() if isinstance(v, str) else v


def _check_row(plan: Plan, row_no: int, values: list[Any], units: dict[str, str], home: str | None,
               today: dt.date | None) -> RosterRow:
    rr = RosterRow(row_no, values)
    col_of = {f: i for i, f in plan.mapping.items() if f != C.IGNORE}
    got: dict[str, Any] = {}
    for i, name in plan.mapping.items():
        if name != C.IGNORE:
            c = _convert(name, values[i])
            if c is not None:
                got[name] = c
    payload: dict[str, Any] = {k: v for k, v in got.items() if k in {f.name for f in CONTRACT.fields}}
    unit_name = got.get("unit_id")
    if unit_name is not None:
        uid = units.get(str(unit_name).strip())
        if uid is None:
            rr.issues.append(RowIssue(row_no, plan.column_label(col_of["unit_id"]),
                                      f"no unit named {unit_name} (add it under 单位, or leave the cell blank for "
                                      f"this office)"))
        payload["unit_id"] = uid or home  # the unknown name is the problem named; not "unit required" too
    else:
        payload["unit_id"] = home
    # Ledger columns -> events, remembering each event's columns so a problem with it names them.
    events: list[dict[str, Any]] = []
    ev_cols: list[dict[str, int | None]] = []
    if C.DELIVERY_DATE in got:
        events.append({"type": "delivery", "date": got[C.DELIVERY_DATE]})
        ev_cols.append({"date": col_of[C.DELIVERY_DATE], "type": col_of[C.DELIVERY_DATE]})
    if C.ACCEPTANCE_DATE in got:
        events.append({"type": "acceptance", "date": got[C.ACCEPTANCE_DATE], "passed": True})
        ev_cols.append({"date": col_of[C.ACCEPTANCE_DATE], "type": col_of[C.ACCEPTANCE_DATE]})
    paid = got.get(C.PAID_AMOUNT)
    if paid is not None and paid not in ("0", "0.00", "0.0"):
        if C.PAID_DATE not in got:
            where = col_of.get(C.PAID_DATE, col_of[C.PAID_AMOUNT])
            rr.issues.append(RowIssue(row_no, plan.column_label(where),
                                      "an amount paid needs its payment date (付款日期)"))
        else:
            events.append({"type": "payment", "date": got[C.PAID_DATE], "amount": paid})
            ev_cols.append({"date": col_of[C.PAID_DATE], "amount": col_of[C.PAID_AMOUNT],
                            "type": col_of[C.PAID_AMOUNT]})
    if events:
        payload["events"] = events
    try:
        validate("contract", payload, today=today)
    except ValidationError as exc:
        for e in exc.errors:
            rr.issues.append(RowIssue(row_no, _where(plan, e.field, col_of, ev_cols), e.message))
    if not rr.issues:
        rr.payload = payload
    no = payload.get("contract_no")
    # Kept for bad rows too: a number typed twice is worth saying while the clerk fixes the other problems.
    rr.key = ("no", str(no).strip()) if no else None
    return rr


def _where(plan: Plan, field_name: str, col_of: dict[str, int], ev_cols: list[dict[str, int | None]]) -> str:
    """The column a schema problem belongs to: the field's own column, an event's source column, or the whole
    payment history (a payment larger than what is owed) at 已付金额."""
    if field_name.startswith("events[") and "]" in field_name:
        n = int(field_name[len("events["):field_name.index("]")]) - 1
        part = field_name.partition("].")[2] or "type"
        cols = ev_cols[n] if 0 <= n < len(ev_cols) else {}
        i = cols.get(part, cols.get("date"))
        return plan.column_label(i) if i is not None else ""
    if field_name == "events":
        i = col_of.get(C.PAID_AMOUNT)
        return plan.column_label(i) if i is not None else ""
    i = col_of.get(field_name)
    if i is not None:
        return plan.column_label(i)
    return no_column(CONTRACT, field_name)


def _flag_duplicates(app, plan: Plan) -> None:
    """A contract number twice in the file, or already in the ledger: the second would be the same contract."""
    from zwcx_desktop.store.models import Contract

    col = next((i for i, f in plan.mapping.items() if f == "contract_no"), None)

    def stored(keys: list[tuple]) -> dict[tuple, str]:
        have = stored_numbers(app, Contract.contract_no, [k[1] for k in keys])
        return {("no", no): rid for no, rid in have.items()}

    flag_repeats(plan, plan.column_label(col) if col is not None else "",
                 lambda row: f"the same contract number as row {row}", stored,
                 lambda _key, rid: f"this contract number is already in the ledger (record {rid[:8]})")
