"""Importing a 12345 dispatch list (派单清单, .xlsx or .csv as the hotline platform exports it) as work orders.

The same two steps and rules as rosters and contract ledgers (io.roster): `prepare()` reads the file, recognises
the headers (io.supervision_headers), checks every row through the real schema and flags a 工单编号 twice in the
file or already on the desk, writing nothing; `commit()` writes the valid rows in one transaction, all or nothing
unless `skip_invalid`. Every problem names its row and column.

Every row becomes a 12345 case of this office, received (登记) on its 受理时间; the clock runs from there by its
诉求类型. The caller's name and phone, when the list has them, go to the private fields (requester,
requester_phone): kept for the reply and the callback, never in lists, exports or public pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from zwcx_core.domain.enums import RequestType, SupervisionChannel
from zwcx_core.domain.schema import SUPERVISION, ValidationError, validate
from zwcx_desktop.io import supervision_headers as S
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

_DATE_FIELDS = frozenset({"received_date", "assigned_date", "set_deadline"})
_URGENT = {"紧急": True, "特急": True, "加急": True, "是": True, "一般": False, "普通": False, "否": False}
_REQUIRED = ("ref_no", "received_date", "content")
TITLE_CHARS = 30  # a list without a title column: the subject is the content's start


def prepare(app, path: str | Path, *, mapping: Mapping[str, str] | None = None, sheet: str | None = None,
            handle=None, today: dt.date | None = None) -> Plan:
    """Read and check a dispatch list without writing anything. Raises FileProblem for a file that cannot be one
    (naming what is wrong); row problems are collected in the plan."""
    handle = handle or NullHandle()
    plan = inspect(path, mapping=mapping, sheet=sheet, recogniser=S)
    handle.check()
    require_columns(plan, SUPERVISION, _REQUIRED)
    home = app.home_unit_id()
    check_rows(plan, handle, lambda row_no, values: _check_row(plan, row_no, values, home, today))
    _flag_duplicates(app, plan)
    return plan


def commit(app, plan: Plan, actor, *, skip_invalid: bool = False, errors_out: str | Path | None = None,
           handle=None) -> ImportResult:
    """Write the plan's valid rows as 12345 cases in one transaction (see io.roster.commit for the rules)."""
    return commit_rows(app, "supervision", plan, actor, skip_invalid=skip_invalid, errors_out=errors_out,
                       handle=handle)


def _date_text(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    text = str(v).strip()
    # The platform writes times as "2026-03-02 09:15:00" (or 2026/03/02 09:15); the day is what the clock counts.
    day = text.split()[0] if text else text
    return day.replace("/", "-") if len(day) >= 8 else text


def _convert(name: str, v: Any) -> Any:
    """A cell value in the form the schema accepts; an unknown word is left for the schema to name."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if name in _DATE_FIELDS:
        return _date_text(v)
    if name == "request_type":
        text = str(v).strip()
        try:
            return RequestType.parse(text).value
        except ValueError:
            return text
    if name == "urgent":
        return _URGENT.get(str(v).strip(), v) if not isinstance(v, bool) else v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # a 工单编号 or phone typed as a number
    return v.strip() if isinstance(v, str) else str(v)


def _check_row(plan: Plan, row_no: int, values: list[Any], home: str | None, today: dt.date | None) -> RosterRow:
    rr = RosterRow(row_no, values)
    col_of = {f: i for i, f in plan.mapping.items() if f != S.IGNORE}
    payload: dict[str, Any] = {"unit_id": home, "channel": SupervisionChannel.HOTLINE_12345.value}
    for i, name in plan.mapping.items():
        if name != S.IGNORE:
            c = _convert(name, values[i])
            if c is not None:
                payload[name] = c
    if "title" not in payload and isinstance(payload.get("content"), str):
        content = " ".join(payload["content"].split())
        payload["title"] = content[:TITLE_CHARS] + ("…" if len(content) > TITLE_CHARS else "")
    try:
        validate("supervision", payload, today=today)
    except ValidationError as exc:
        for e in exc.errors:
            i = col_of.get(e.field, col_of.get("content") if e.field == "title" else None)
            where = plan.column_label(i) if i is not None else no_column(SUPERVISION, e.field)
            rr.issues.append(RowIssue(row_no, where, e.message))
    if not rr.issues:
        rr.payload = payload
    no = payload.get("ref_no")
    rr.key = ("no", str(no).strip()) if no else None
    return rr


def _flag_duplicates(app, plan: Plan) -> None:
    """A 工单编号 twice in the file, or already on the desk: the second would be the same work order."""
    from zwcx_desktop.store.models import SupervisionCase as C

    col = next((i for i, f in plan.mapping.items() if f == "ref_no"), None)

    def stored(keys: list[tuple]) -> dict[tuple, str]:
        have = stored_numbers(app, C.ref_no, [k[1] for k in keys],
                              C.channel == SupervisionChannel.HOTLINE_12345.value)
        return {("no", no): rid for no, rid in have.items()}

    flag_repeats(plan, plan.column_label(col) if col is not None else "",
                 lambda row: f"the same work order number as row {row}", stored,
                 lambda _key, rid: f"this work order is already on the desk (record {rid[:8]})")
