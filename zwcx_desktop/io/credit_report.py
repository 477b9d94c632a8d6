"""Write the 政务失信 report batch for the city credit platform (.xlsx, or CSV in UTF-8 with BOM) and keep its
receipt (store table report_batches). The columns and which records go up are core's (domain/credit_report.py)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from zwcx_core.domain import credit_report as R


@dataclass(frozen=True)
class Batch:
    """A batch written: its number, the file, and how many records it holds."""

    batch_no: str
    path: Path
    count: int


def _rows(app):
    """(batch rows, [(record_id, version_id)]) of the records to report, oldest decision first."""
    from zwcx_desktop.store import queries as Q
    from zwcx_desktop.store.models import Unit

    home = app.home_unit_id()
    with app.db.read() as s:
        unit = s.get(Unit, home)
        # The default Filter leaves person-level records out already; `reported` checks again on the document.
        ids = Q.ids(s, Q.Filter("dishonesty", statuses=sorted(R.REPORTED), order_by="decision_date"))
        current = app.records._current_many(s, ids)
    rows, versions = [], []
    for _kind, row, doc in current:
        if R.reported(doc):
            rows.append(R.row(doc, unit.name, unit.uscc))
            versions.append([row.id, row.version_id])
    return unit.division_code, rows, versions


def export_report(app, path: str | Path, actor, csv_format: bool = False, today: dt.date | None = None) -> Batch:
    """Write the batch to `path` and record its receipt in one step (the receipt is written only once the file
    is); returns the batch."""
    from zwcx_desktop.store.models import ReportBatch

    path = Path(path)
    today = today or dt.date.today()
    division, rows, versions = _rows(app)
    with app.db.write() as s:
        start = dt.datetime.combine(today, dt.time())
        taken = s.execute(select(func.count()).select_from(ReportBatch)
                          .where(ReportBatch.created_at >= start,
                                 ReportBatch.created_at < start + dt.timedelta(days=1))).scalar_one()
        number = R.batch_no(division, today, taken)
        header = [*R.COLUMNS, R.BATCH_COLUMN]
        body = [[*r, number] for r in rows]
        if csv_format:
            with open(path, "w", newline="", encoding="utf-8-sig") as fh:
                csv.writer(fh).writerows([header, *body])
        else:
            _xlsx(path, header, body)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        s.add(ReportBatch(batch_no=number, created_at=dt.datetime.combine(today, dt.datetime.now().time()),
                          created_by=actor.username, file_format="csv" if csv_format else "xlsx",
                          file_name=path.name, file_sha256=digest, record_count=len(body),
                          versions=json.dumps(versions)))
    return Batch(number, path, len(body))


def _xlsx(path: Path, header: list[str], body: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "政务失信记录"
    ws.append(header)
    for c in ws[1]:
        c.font, c.alignment = Font(bold=True), Alignment(wrap_text=True)
    for r in body:
        ws.append(r)
    for i, h in enumerate(header, 1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, min(40, len(h) * 2 + 4))
    ws.freeze_panes = "A2"
    wb.save(path)
