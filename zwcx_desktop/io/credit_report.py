"""Write the 政务失信 report batch for the city credit platform (.xlsx, or CSV in UTF-8 with BOM) and keep its
receipt (store table report_batches). The columns and which records go up are core's (domain/credit_report.py)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import tempfile
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
            # Named by its id: the decision number is a cell the guard checks, so it may be the number itself.
            rows.append(_guarded(R.row(doc, unit.name, unit.uscc), row.id[:8]))
            versions.append([row.id, row.version_id])
    return unit.division_code, rows, versions


def _guarded(cells: list[str], record: str) -> list[str]:
    """The row, after the masking guard: the batch leaves the township. Free text (事实, 依据 …) comes masked from
    core (credit_report.row); a code or number cell core leaves as typed (决定文书号, a credit code) that holds a
    full ID, mobile or bank card number — accepted before the guard, or synced in — refuses the whole batch, naming
    the record and the column, never the number."""
    from zwcx_core.domain.masking import find_unmasked
    from zwcx_core.notices.guard import NoticeRefused

    for column, text in zip(R.COLUMNS, cells, strict=True):
        found = find_unmasked(text) if text else None
        if found:
            raise NoticeRefused(f"record {record} {column}", found[0].kind)
    return cells


def export_report(app, path: str | Path, actor, csv_format: bool = False, today: dt.date | None = None) -> Batch:
    """Write the batch to `path` and record its receipt in one step; returns the batch. The file is written beside
    `path` first and put in place only once its batch row is committed, so a failure leaves no file carrying a
    batch number that was never recorded (and would be given again). Raises NoticeRefused, writing nothing, when
    a cell would carry an unmasked personal number."""
    from zwcx_desktop.store.models import ReportBatch

    path = Path(path)
    today = today or dt.date.today()
    division, rows, versions = _rows(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".zwcx-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        with app.db.write() as s:
            start = dt.datetime.combine(today, dt.time())
            taken = s.execute(select(func.count()).select_from(ReportBatch)
                              .where(ReportBatch.created_at >= start,
                                     ReportBatch.created_at < start + dt.timedelta(days=1))).scalar_one()
            number = R.batch_no(division, today, taken)
            header = [*R.COLUMNS, R.BATCH_COLUMN]
            body = [[*r, number] for r in rows]
            if csv_format:
                with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                    csv.writer(fh).writerows([header, *body])
            else:
                _xlsx(tmp, header, body)
            digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
            s.add(ReportBatch(batch_no=number, created_at=dt.datetime.combine(today, dt.datetime.now().time()),
                              created_by=actor.username, file_format="csv" if csv_format else "xlsx",
                              file_name=path.name, file_sha256=digest, record_count=len(body),
                              versions=json.dumps(versions)))
            _audit(s, actor, "report_batch_written", number, file_sha256=digest, records=len(body))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Batch(number, path, len(body))


class ReceiptRefused(ValueError):
    """A receipt that cannot be recorded against a batch (unknown batch, bad number or date, another receipt)."""


def _audit(s, actor, action: str, batch_no: str, **detail) -> None:
    """One audit event in the caller's transaction: the batch row and its event commit or roll back together."""
    from zwcx_desktop.store.audit import AuditWriter

    w = AuditWriter(s)
    w.add(dt.datetime.now(dt.UTC).replace(tzinfo=None), actor.username, action, "report_batch", batch_no,
          detail={"batch_no": batch_no, **detail})
    s.flush()
    w.flush()


def list_batches(app) -> list:
    """Every batch written, newest first (ReportBatch rows, detached)."""
    from zwcx_desktop.store.models import ReportBatch

    with app.db.read() as s:
        rows = s.execute(select(ReportBatch).order_by(ReportBatch.created_at.desc(),
                                                      ReportBatch.batch_no.desc())).scalars().all()
        s.expunge_all()
    return rows


def record_receipt(app, batch_no: str, receipt_no: str, receipt_date: dt.date, actor,
                   today: dt.date | None = None) -> bool:
    """Enter the city credit platform's receipt (回执编号 and date) for a batch the office sent, audited. Only the
    administrator, who alone moves 政务失信 records, may. Entering the same receipt again changes nothing (returns
    False); a different receipt for a batch that has one is refused, since the platform confirms a batch once."""
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.models import ReportBatch

    if actor.role != Role.ADMIN:
        raise PermissionError(f"role {actor.role.value} ({actor.role.zh}) may not enter a platform receipt; "
                              "ask an administrator")
    receipt_no = receipt_no.strip()
    if not receipt_no or len(receipt_no) > 60 or any(c.isspace() for c in receipt_no):
        raise ReceiptRefused("the receipt number should be the platform's number, 1–60 characters without spaces")
    today = today or dt.date.today()
    with app.db.write() as s:
        batch = s.get(ReportBatch, batch_no.strip())
        if batch is None:
            raise ReceiptRefused(f"no batch numbered {batch_no.strip()!r} was written here "
                                 "(zwcx report-batches lists them)")
        if receipt_date < batch.created_at.date() or receipt_date > today:
            raise ReceiptRefused(f"the receipt date {receipt_date.isoformat()} should fall between the batch's "
                                 f"date {batch.created_at.date().isoformat()} and today")
        if batch.receipt_no is not None:
            if (batch.receipt_no, batch.receipt_date) == (receipt_no, receipt_date):
                return False
            raise ReceiptRefused(f"batch {batch.batch_no} already has the receipt {batch.receipt_no} of "
                                 f"{batch.receipt_date.isoformat()}; a platform confirms a batch once")
        batch.receipt_no, batch.receipt_date = receipt_no, receipt_date
        _audit(s, actor, "report_batch_receipt", batch.batch_no, receipt_no=receipt_no,
               receipt_date=receipt_date.isoformat())
    return True


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
