"""Importing service-delivery rosters (名单) from .xlsx and .csv files.

Two steps, so a desktop preview and `--dry-run` see exactly what an import would do:

1. `prepare()` reads the file, finds the header row, maps columns, validates every row (ID check character and
   birth date, amounts, dates, required fields) and flags duplicates inside the file and against the store:
   nothing is written.
2. `commit()` writes the valid rows in ONE transaction (all or nothing). By default one bad row stops the whole
   import; with `skip_invalid` the valid rows go in and the bad ones go to an error workbook in the file's own
   layout plus a reason column, for the clerk to fix and import again.

Full citizen ID numbers are held only in memory: the store turns them into the masked form and a keyed
fingerprint. The one file zwcx writes that contains them is the error workbook of `--errors-out`, and it holds
only the bad rows exactly as the clerk's own input file had them. Messages and logs never contain an ID number.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zwcx_core.domain.enums import IdDocumentType, ServiceArea
from zwcx_core.domain.identifiers import InvalidIdentifier, validate_id_document
from zwcx_core.domain.masking import id_fingerprint, mask_id
from zwcx_core.domain.schema import SERVICE, ValidationError, validate
from zwcx_desktop.io import headers as H
from zwcx_desktop.io.csvtext import NAMES
from zwcx_desktop.io.reader import FileProblem, Sheet, column_letter, iter_cells, read_sheet

HEADER_SEARCH_ROWS = 20  # a header may sit under a title row or two (名单标题, 填报单位, 日期)
REASON_HEADER = "错误原因"


class NullHandle:
    """Progress and cancel for callers without a UI (the command line, tests); the GUI passes its task handle."""

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


@dataclass(frozen=True)
class RowIssue:
    """One problem of one row: the spreadsheet row number, the column (letter and header) and why."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}" if self.column else \
            f"row {self.row}: {self.reason}"


@dataclass
class RosterRow:
    row: int
    values: list[Any]  # the cells as read, for the preview and the error workbook
    payload: dict[str, Any] | None = None
    issues: list[RowIssue] = field(default_factory=list)
    key: tuple | None = None  # who this row is about, for duplicate checks (never the ID number itself)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass
class Plan:
    """What an import would do; produced by `prepare`, consumed by `commit`."""

    sheet: Sheet
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RosterRow]
    #: Cells of the data rows that were blank in a merged range and hold its top-left value:
    #: (row number, 0-based column) -> (row number, column) of that top-left cell.
    filled: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    #: The roster notice (名单公示) every imported record is linked to, if the clerk chose one.
    disclosure_id: str | None = None

    @property
    def valid(self) -> list[RosterRow]:
        return [r for r in self.rows if r.ok]

    @property
    def invalid(self) -> list[RosterRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def issues(self) -> list[RowIssue]:
        return [i for r in self.rows for i in r.issues]

    def column_label(self, index: int) -> str:
        h = self.headers[index] if index < len(self.headers) else ""
        return f"{column_letter(index)} ({h})" if h else column_letter(index)

    def filled_columns(self) -> list[str]:
        """Labels of the columns that hold cells filled from merged cells, left to right."""
        return [self.column_label(c) for c in sorted({c for _r, c in self.filled})]

    def notes(self) -> list[str]:
        """What reading the file did that the clerk should know: the text encoding of a CSV file that is not
        UTF-8, and the cells filled from merged cells."""
        out = []
        enc = self.sheet.encoding
        if enc in ("gb18030", "big5"):
            out.append(f"the text was read as {NAMES[enc]}")
        if self.filled:
            cols = self.filled_columns()
            out.append(f"{len(self.filled):,} cells filled from merged cells (column{'s' if len(cols) > 1 else ''} "
                       f"{', '.join(cols)})")
        return out

    def unmapped(self) -> list[str]:
        """Headers that will not be imported (unknown to the recogniser and not mapped)."""
        return [h for i, h in enumerate(self.headers) if h and i not in self.mapping]


class RosterRejected(ValueError):
    """Some rows are invalid and the import is all or nothing: nothing was written."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        bad = plan.invalid
        super().__init__(f"{plan.sheet.label}: {len(bad)} of {len(plan.rows)} rows have problems; nothing was "
                         f"imported (fix them, or import the valid rows with --skip-invalid --errors-out FILE.xlsx)")


@dataclass
class ImportResult:
    ids: list[str]
    skipped: int
    errors_out: Path | None


# ---------------------------------------------------------------------------------------------- prepare

def inspect(path: str | Path, *, mapping: Mapping[str, str] | None = None, sheet: str | None = None,
            first_row_fallback: bool = False, recogniser=H) -> Plan:
    """Read a roster and map its columns, without checking rows (the desktop shows this for the clerk to correct
    the mapping). Raises FileProblem for a file that cannot be a roster. With `first_row_fallback`, a file whose
    headers are all unknown takes its first row as the header instead of being refused. `recogniser` is the
    recogniser of the file's kind (io.headers for rosters, io.contract_headers for contract ledgers)."""
    H = recogniser  # noqa: N806 - the module's own name for it, so the code below reads the same for every kind
    sh = read_sheet(path, sheet)
    try:
        hdr_index = _header_index(sh, mapping, H)
    except FileProblem:
        if not first_row_fallback or len(sh.rows) < 2:
            raise
        hdr_index = 0
    header_row, header_vals = sh.rows[hdr_index]
    for r1, c1, r2, c2 in sh.merged:
        if r1 <= header_row <= r2 and (r1 != r2 or c1 != c2):
            rng = f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"
            raise FileProblem(f"{sh.label}: the header row {header_row} has merged cells ({rng}); unmerge them so "
                              f"that every column has its own header ({H.EXAMPLE} …), then import again")
    headers = [_header_text(v) for v in header_vals]
    try:
        cols = H.map_columns(headers, mapping)
    except ValueError as exc:
        raise FileProblem(f"--map: {exc}") from None
    normalised = {H.normalise(h) for h in headers}
    for k in mapping or {}:
        if H.normalise(k) not in normalised:
            raise FileProblem(f"--map: {sh.label} has no column headed '{k}' (headers: "
                              f"{', '.join(h for h in headers if h)})")
    width = max(len(headers), max((len(v) for _, v in sh.rows), default=0))
    headers += [""] * (width - len(headers))
    data = iter_cells(Sheet(sh.path, sh.name, sh.rows[hdr_index + 1:]), width)
    filled = {cell: top for cell, top in sh.filled.items() if cell[0] > header_row}
    return Plan(sh, header_row, headers, cols, [RosterRow(n, values) for n, values in data], filled)


def prepare(app, path: str | Path, *, area: str | None = None, policy: str | None = None,
            period: str | None = None, mapping: Mapping[str, str] | None = None, sheet: str | None = None,
            handle=None, today: dt.date | None = None, disclosure: str | None = None) -> Plan:
    """Read and check a roster without writing anything. Raises FileProblem for a file that cannot be a roster
    (naming what is wrong); row problems are collected in the plan instead. With `disclosure`, every row is linked
    to that roster notice, which must be one that still takes records (store/rosterlinks.py: NotFound or
    NotARosterNotice otherwise)."""
    from zwcx_desktop.store.rosterlinks import check_notice

    handle = handle or NullHandle()
    if disclosure:
        check_notice(app, disclosure)  # before reading the file: a wrong notice is the first thing to fix
    plan = inspect(path, mapping=mapping, sheet=sheet)
    handle.check()
    sh, cols, headers, header_row = plan.sheet, plan.mapping, plan.headers, plan.header_row
    by_field = {f: i for i, f in cols.items() if f not in (H.IGNORE,)}
    if "beneficiary_name" not in by_field:
        raise FileProblem(f"{sh.label}: no column for 姓名 (the beneficiary's name) in the header row {header_row} "
                          f"(headers: {', '.join(h for h in headers if h) or 'none'}); map the column that "
                          f"holds the names to 姓名 (on the command line: --map HEADER=beneficiary_name)")
    default_area = _default_area(sh, area)
    if "service_area" not in by_field and default_area is None:
        raise FileProblem(f"{sh.label}: no 服务领域 column and no service area chosen; choose the area for all rows "
                          f"(on the command line: --area 养老)")
    if "policy" not in by_field and not (policy and policy.strip()):
        raise FileProblem(f"{sh.label}: no 政策/项目 column and no policy given; enter the policy for all rows "
                          f"(on the command line: --policy 高龄津贴)")
    defaults = {"unit_id": app.home_unit_id(), "service_area": default_area,
                "policy": policy.strip() if policy else None, "period": period.strip() if period else None,
                "disclosure_id": disclosure or None}
    plan.disclosure_id = disclosure or None
    key = app.records.fingerprint_key()
    check_rows(plan, handle, lambda row_no, values: _check_row(plan, row_no, values, defaults, key, today))
    _flag_duplicates(app, plan)
    return plan


def require_columns(plan: Plan, spec, required: tuple[str, ...]) -> None:
    """Refuse a file with no column for one of the `required` fields of `spec` (a schema KindSpec), naming them
    and the headers it has."""
    have = set(plan.mapping.values())
    missing = [spec.field(f).zh for f in required if f not in have]
    if missing:
        raise FileProblem(f"{plan.sheet.label}: no column for {', '.join(missing)} in the header row "
                          f"{plan.header_row} (headers: {', '.join(h for h in plan.headers if h) or 'none'}); map "
                          f"the columns with --map HEADER=FIELD")


def check_rows(plan: Plan, handle, check: Callable[[int, list[Any]], RosterRow]) -> None:
    """Replace the plan's raw rows by `check(row number, values)` of each, reporting progress and honouring a
    cancel every 200 rows."""
    data = [(r.row, r.values) for r in plan.rows]
    plan.rows = []
    for n, (row_no, values) in enumerate(data, 1):
        plan.rows.append(check(row_no, values))
        if n % 200 == 0:
            handle.check()
            handle.progress(n, len(data), "checking rows")
    handle.progress(len(data), len(data), "checking rows")


def _header_text(v: Any) -> str:
    return "" if v is None else str(v).strip()


def _header_index(sh: Sheet, mapping: Mapping[str, str] | None, H=H) -> int:  # noqa: N803 - see inspect
    """Index (into sh.rows) of the header row: the one among the first rows with the most recognised headers."""
    wanted = {H.normalise(k) for k in (mapping or {})}
    best, best_score = None, 0
    for i, (_n, vals) in enumerate(sh.rows[:HEADER_SEARCH_ROWS]):
        s = H.score(vals) + sum(1 for v in vals if v is not None and H.normalise(v) in wanted)
        if s > best_score:
            best, best_score = i, s
    if best is None:
        raise FileProblem(f"{sh.label}: no header row found; the first rows should name the columns ("
                          f"{H.EXAMPLE_ROW} …), or map them with --map HEADER=FIELD")
    if best == len(sh.rows) - 1:
        raise FileProblem(f"{sh.label}: has a header row (row {sh.rows[best][0]}) but no data rows under it")
    return best


def _default_area(sh: Sheet, area: str | None) -> str | None:
    if area:
        try:
            return ServiceArea.parse(area.strip()).value
        except ValueError as exc:
            raise FileProblem(f"--area: {exc}") from None
    # zwcx's template names its sheet after the area; many offices name roster sheets the same way.
    if sh.name:
        for a in ServiceArea:
            if sh.name.strip() in (a.zh, a.value):
                return a.value
    return None


def _cell_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    return s or None


def _convert(name: str, v: Any) -> Any:
    """A cell value in the form the schema accepts; typed spreadsheet cells keep their meaning."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if name == "delivery_date":
        if isinstance(v, dt.datetime):
            return v.date().isoformat()
        if isinstance(v, dt.date):
            return v.isoformat()
        return str(v).strip()
    if name == "period" and isinstance(v, dt.date):
        # A 所属期 typed as 2026-03 becomes a date in Excel; the month is what was meant.
        return f"{v.year:04d}-{v.month:02d}"
    if name == "amount" and isinstance(v, float):
        # Binary floats such as 0.1+0.2 are an artefact of the spreadsheet; more than two places is a real error.
        r = round(v, 2)
        return f"{r:.2f}" if abs(v - r) < 1e-9 else repr(v)
    if name == "household_size" and isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, int | float) and not isinstance(v, bool) and name not in ("household_size",):
        return _cell_text(v)
    return v.strip() if isinstance(v, str) else v


def _check_row(plan: Plan, row_no: int, values: list[Any], defaults: dict[str, Any], key: bytes,
               today: dt.date | None) -> RosterRow:
    rr = RosterRow(row_no, values)
    col_of = {f: i for i, f in plan.mapping.items() if f != H.IGNORE}
    payload: dict[str, Any] = {k: v for k, v in defaults.items() if v is not None}
    masked = None
    for i, name in plan.mapping.items():
        if name == H.IGNORE:
            continue
        v = values[i]
        if name == H.MASKED_ID:
            masked = _cell_text(v)
            continue
        if name == "citizen_id":
            cid = _check_id(v, today, rr, plan.column_label(i), _doc_type(values, col_of, defaults))
            if cid:
                payload["citizen_id"] = cid
            continue
        c = _convert(name, v)
        if c is not None:
            payload[name] = c
    try:
        doc = validate("service", payload)
    except ValidationError as exc:
        for e in exc.errors:
            i = col_of.get(e.field)
            where = plan.column_label(i) if i is not None else no_column(SERVICE, e.field)
            rr.issues.append(RowIssue(row_no, where, e.message))
        return rr
    if rr.issues:
        return rr
    rr.payload = payload
    cid = payload.get("citizen_id")
    if cid:
        rr.key = ("fp", id_fingerprint(cid, key, doc["id_type"]), doc["service_area"], doc.get("period"))
    elif masked and "*" in masked:
        rr.key = ("masked", doc["beneficiary_name"], masked, doc["service_area"], doc.get("period"))
    return rr


def no_column(spec, field_name: str) -> str:
    """Where a problem with a field the file has no column for is shown: "(no column; 中文名)", or '' for a name
    that is no field of the kind (`spec`, a schema KindSpec)."""
    f = next((x for x in spec.fields if x.name == field_name), None)
    return f"(no column; {f.zh})" if f else ""


def _doc_type(values: list[Any], col_of: dict[str, int], defaults: dict[str, Any]) -> str:
    """The row's 证件类型 (its own column, else the import's default, else 居民身份证) as typed."""
    i = col_of.get("id_type")
    typed = _cell_text(values[i]) if i is not None else None
    return typed or defaults.get("id_type") or IdDocumentType.RESIDENT_ID.value


def _check_id(v: Any, today: dt.date | None, rr: RosterRow, where: str, doc_type: str) -> str | None:
    """The normalised ID number of a cell, checked as the row's document type, or None after recording why it is
    not one (without echoing it)."""
    if v is None or (isinstance(v, str) and not v.strip()):
        rr.issues.append(RowIssue(rr.row, where, "the citizen ID number (身份证号) is empty"))
        return None
    if isinstance(v, int | float) and not isinstance(v, bool):
        rr.issues.append(RowIssue(rr.row, where, "the ID number is stored as a number, so the spreadsheet has "
                                                 "already cut its last digits; format the column as text (文本) and "
                                                 "type the number again"))
        return None
    text = str(v).strip()
    if "*" in text:
        rr.issues.append(RowIssue(rr.row, where, "the ID number is masked (with *); the full number is needed to "
                                                 "import a person"))
        return None
    if "E+" in text.upper() and text.replace(".", "").upper().split("E+")[0].isdigit():
        rr.issues.append(RowIssue(rr.row, where, "the ID number was saved in scientific notation (e.g. 2.3E+17) "
                                                 "and its digits are lost; format the column as text and type it "
                                                 "again"))
        return None
    try:
        return validate_id_document(doc_type, text, today=today)
    except InvalidIdentifier as exc:
        rr.issues.append(RowIssue(rr.row, where, str(exc)))
        return None
    except ValueError:
        return text  # an unknown 证件类型: validation names that column, and checks the number once it is right


def flag_repeats(plan: Plan, where: str, twice: Callable[[int], str],
                 existing: Callable[[list[tuple]], dict[tuple, str]], already: Callable[[tuple, str], str], *,
                 valid_only: bool = False) -> None:
    """Mark the rows whose key (RosterRow.key) repeats an earlier row of the file — `twice(first row)` says so —
    or a record already stored: `existing(keys)` maps the keys it finds to their record ids and `already(key,
    record id)` says so. `where` is the key's column. With `valid_only`, rows with other problems are left out of
    both checks, and a row already flagged as a repeat is not looked up again."""
    first: dict[tuple, int] = {}
    for r in plan.rows:
        if r.key is None or (valid_only and not r.ok):
            continue
        if r.key in first:
            r.issues.append(RowIssue(r.row, where, twice(first[r.key])))
        else:
            first[r.key] = r.row
    have = existing(list(first)) if first else {}
    for r in plan.rows:
        if r.key is not None and r.key in have and (r.ok or not valid_only):
            r.issues.append(RowIssue(r.row, where, already(r.key, have[r.key])))


def _flag_duplicates(app, plan: Plan) -> None:
    """The same person twice for one service area and period: inside the file, or already in the store."""
    id_col = next((i for i, f in plan.mapping.items() if f == "citizen_id"), None)
    if id_col is None:
        id_col = next((i for i, f in plan.mapping.items() if f == H.MASKED_ID), None)

    def stored(keys: list[tuple]) -> dict[tuple, str]:
        from sqlalchemy import text

        fps = [k[1] for k in keys if k[0] == "fp"]
        masks = sorted({k[2] for k in keys if k[0] == "masked"})
        found: dict[tuple, str] = {}
        with app.db.read() as s:
            for i in range(0, len(fps), 500):
                for rid, fp, area, period in s.execute(text(
                        "SELECT id, id_fingerprint, service_area, period FROM service_records WHERE deleted = 0 AND "
                        "id_fingerprint IN (SELECT value FROM json_each(:f))"), {"f": json.dumps(fps[i:i + 500])}):
                    found.setdefault(("fp", fp, area, period), rid)
            for i in range(0, len(masks), 500):
                for rid, name, m, area, period in s.execute(text(
                        "SELECT id, beneficiary_name, id_masked, service_area, period FROM service_records "
                        "WHERE deleted = 0 AND id_masked IN (SELECT value FROM json_each(:m))"),
                        {"m": json.dumps(masks[i:i + 500])}):
                    found.setdefault(("masked", name, m, area, period), rid)
        return found

    def already(key: tuple, rid: str) -> str:
        area, period = key[-2], key[-1]
        return (f"this person is already registered for {ServiceArea(area).zh}" + (f" {period}" if period else "")
                + f" (record {rid[:8]})")

    flag_repeats(plan, plan.column_label(id_col) if id_col is not None else "",
                 lambda row: f"the same person as row {row} for the same service area and period", stored, already,
                 valid_only=True)


def stored_numbers(app, column, numbers: list[str], *where) -> dict[str, str]:
    """{number: record id} of the stored, undeleted records whose `column` (an ORM attribute) is one of
    `numbers`, read in chunks that keep under SQLite's bound on the parameters of one IN (...)."""
    from sqlalchemy import select

    model = column.class_
    found: dict[str, str] = {}
    with app.db.read() as s:
        for start in range(0, len(numbers), 500):
            q = select(column, model.id).where(model.deleted.is_(False), column.in_(numbers[start:start + 500]),
                                               *where)
            found.update(dict(s.execute(q).all()))
    return found


# ---------------------------------------------------------------------------------------------- commit

def commit(app, plan: Plan, actor, *, skip_invalid: bool = False, errors_out: str | Path | None = None,
           handle=None) -> ImportResult:
    """Write the plan's valid rows in one transaction. Without `skip_invalid`, any invalid row raises
    RosterRejected and nothing is written. With it, the invalid rows go to `errors_out` (required then), which is
    only put in place once the records are saved; cancelling or a failure leaves neither records nor file. A plan
    linked to a roster notice is checked again: the notice may have been withdrawn since the preview."""
    if plan.disclosure_id:
        from zwcx_desktop.store.rosterlinks import check_notice

        check_notice(app, plan.disclosure_id)
    return commit_rows(app, "service", plan, actor, skip_invalid=skip_invalid, errors_out=errors_out, handle=handle)


def commit_rows(app, kind: str, plan: Plan, actor, *, skip_invalid: bool = False,
                errors_out: str | Path | None = None, handle=None) -> ImportResult:
    """`commit` for the records of any kind a file imports (rosters: service; ledgers: contract)."""
    handle = handle or NullHandle()
    bad = plan.invalid
    if bad and not skip_invalid:
        raise RosterRejected(plan)
    if skip_invalid and bad and errors_out is None:
        raise ValueError("--skip-invalid needs --errors-out FILE.xlsx for the rows that were not imported")
    tmp = None
    if bad and errors_out is not None:
        tmp = write_errors(plan, Path(errors_out), final=False)
    try:
        good = plan.valid
        ids = app.records.create_many(kind, _feed(good, handle), actor) if good else []
        if tmp is not None:
            os.replace(tmp, errors_out)
            tmp = None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return ImportResult(ids, len(bad), Path(errors_out) if bad and errors_out is not None else None)


def _feed(rows: list[RosterRow], handle) -> Iterator[dict[str, Any]]:
    """Payloads for create_many, reporting progress; cancelling raises inside the transaction, which rolls back."""
    total = len(rows)
    for n, r in enumerate(rows, 1):
        if n % 200 == 0:
            handle.check()
            handle.progress(n, total, "saving")
        yield r.payload
    handle.check()
    handle.progress(total, total, "saving")


def write_errors(plan: Plan, out: Path, final: bool = True) -> Path:
    """Write the invalid rows in the input's column layout plus a 错误原因 column (one line per problem).

    The workbook holds the clerk's own input for those rows, full ID numbers included, so they can be corrected
    and imported again; it is written beside `out` under a temporary name and renamed, never half-written.
    Returns the path written (the temporary one when not `final`).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(plan.sheet.name or "错误行")
    id_cols = {i for i, f in plan.mapping.items() if f == "citizen_id"}
    width = len(plan.headers)
    for i in range(width):
        ws.column_dimensions[column_letter(i)].width = 22 if i in id_cols else 14
    ws.column_dimensions[column_letter(width)].width = 60
    bold = Font(bold=True)
    head = []
    for h in [*plan.headers, REASON_HEADER]:
        c = WriteOnlyCell(ws, h)
        c.font = bold
        head.append(c)
    ws.append(head)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r in plan.invalid:
        cells = []
        for i, v in enumerate(r.values):
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)  # control characters a CSV may hold; xlsx cannot
            c = WriteOnlyCell(ws, v)
            if i in id_cols:
                c.number_format = "@"  # keeps the ID as text when the clerk retypes it
            elif isinstance(v, dt.datetime | dt.date):
                c.number_format = "yyyy-mm-dd"
            cells.append(c)
        reason = WriteOnlyCell(ws, "\n".join(
            (f"{i.column}: {i.reason}" if i.column else i.reason) for i in r.issues))
        reason.alignment = wrap
        cells.append(reason)
        ws.append(cells)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".zwcx-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        wb.save(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if final:
        os.replace(tmp, out)
        return out
    return tmp


_ID_LIKE = re.compile(r"\d{17}[\dXx]|\d{15}")


def mask_for_display(v: Any, field_name: str) -> Any:
    """A cell as the preview shows it: ID numbers masked, also in a column not (yet) mapped to the ID field, and
    mobile or bank card numbers in any cell (a dispatch list's caller phone): the screen is not the place for
    them."""
    if v is None:
        return v
    text = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
    if field_name == "citizen_id" or _ID_LIKE.fullmatch(text):
        return mask_id(text)
    from zwcx_core.domain.masking import mask_numbers_in

    masked = mask_numbers_in(text)
    return v if masked == text else masked
