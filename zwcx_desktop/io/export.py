"""Formatted .xlsx workbooks: any record list with its filters, the indicators, blank import templates.

Headers are the schema's Chinese names, dates and amounts are real date and number cells, and personal data is
only ever the masked form the store holds (the store has no full ID numbers to leak). Record lists stream through
`fastxlsx` (100k records in seconds, flat memory); the small workbooks use openpyxl's write-only mode. Every
file is written under a temporary name and renamed into place.

The service-record export doubles as a roster: its columns are headers the importer recognises, and its masked ID
column (身份证号(脱敏)) lets a re-import of the same workbook be refused as duplicates (same name, masked ID,
service area and period). It cannot carry ID numbers, so importing it into another data directory restores the
records without their IDs.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zwcx_core.domain.schema import KINDS, Field
from zwcx_desktop.io.reader import column_letter
from zwcx_desktop.io.roster import NullHandle
from zwcx_desktop.store.rows import has_column

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
#: Columns never exported: keyed fingerprints, attachment hashes, child rows and links by bare id (and every
#: private field, see `columns`).
_SKIP_TYPES = ("rows", "hashes")
_SKIP_NAMES = ("id_fingerprint", "citizen_id", "disclosure_id", "commitment_id", "target_id", "parent_id")
#: Service records come out in the importer's column order, so the workbook is also a roster.
SERVICE_ORDER = ("beneficiary_name", "id_masked", "household_size", "village", "amount", "delivery_date",
                 "delivery_method", "service_area", "policy", "period", "note", "unit_id", "status")
MASKED_ID_HEADER = "身份证号(脱敏)"


@dataclass(frozen=True)
class Column:
    name: str  # model column (money: *_fen)
    header: str
    kind: str  # text, date, money, int, enum, enums, bool, unit, contract (a link shown by number)
    width: float
    convert: Callable[[Any], Any] | None = None


def _width(f: Field, header: str) -> float:
    base = {"date": 12, "money": 14, "int": 10, "enum": 14, "bool": 8, "text": 50, "enums": 24}.get(f.type, 16)
    if f.name in ("title", "policy", "content", "catalogue_item"):
        base = 36
    if f.name == "id_masked":
        base = 22
    # CJK characters are about twice as wide as Latin ones in spreadsheet fonts.
    return max(base, sum(2 if ord(c) > 0x2E80 else 1 for c in header) + 2)


def columns(kind: str) -> list[Column]:
    """The export layout of a record kind."""
    spec = KINDS[kind]
    fields = [f for f in spec.stored_fields if f.type not in _SKIP_TYPES and f.name not in _SKIP_NAMES
              and not f.private and has_column(kind, f.name, f.type)]  # exports read the table columns
    if kind == "service":
        order = {n: i for i, n in enumerate(SERVICE_ORDER)}
        fields.sort(key=lambda f: order.get(f.name, len(order)))
    out = []
    for f in fields:
        header = MASKED_ID_HEADER if f.name == "id_masked" else f.zh
        if f.name == "unit_id":
            out.append(Column("unit_id", f.zh, "unit", max(_width(f, f.zh), 28)))
        elif f.name == "contract_id":  # a lawsuit names its contract by number (or title), never by a bare id
            out.append(Column("contract_id", f.zh, "contract", 24))
        elif f.type == "money":
            out.append(Column(f"{f.name}_fen", header, "money", _width(f, header)))
        elif f.type == "enum":
            enum = f.enum
            out.append(Column(f.name, header, "enum", _width(f, header),
                              lambda v, e=enum: _enum_zh(e, v)))
        elif f.type == "enums":
            enum = f.enum
            out.append(Column(f.name, header, "enums", _width(f, header),
                              lambda v, e=enum: "、".join(_enum_zh(e, x) for x in (v or [])) or None))
        elif f.type == "bool":
            out.append(Column(f.name, header, "bool", _width(f, header), lambda v: None if v is None else
                              ("是" if v else "否")))
        else:
            out.append(Column(f.name, header, f.type if f.type in ("date", "int") else "text", _width(f, header)))
    out.append(Column("id", "记录编号", "text", 38))
    return out


def _enum_zh(enum, v):
    if v in (None, ""):
        return None
    try:
        return enum(v).zh
    except ValueError:
        return v


def _atomic_save(wb, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".zwcx-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _header_cells(ws, headers: list[str]):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cells = []
    for h in headers:
        c = WriteOnlyCell(ws, h)
        c.font, c.fill, c.alignment = bold, fill, centre
        cells.append(c)
    return cells


def export_records(app, flt, path: str | Path, handle=None, unit_names: dict[str, str] | None = None) -> int:
    """Write the records a list shows (a store.queries.Filter: status, area, unit, dates, search) to .xlsx in the
    list's order; returns the number of rows written. Rows are streamed: memory stays flat at 100k records."""
    from sqlalchemy import select, text

    from zwcx_desktop.io import fastxlsx
    from zwcx_desktop.store import queries as Q
    from zwcx_desktop.store.models import RECORD_MODELS

    if flt.kind == "contract":  # the ledger's own columns, which the contract import reads back
        from zwcx_desktop.io.contract_ledger import export_ledger

        return export_ledger(app, flt, path, handle, unit_names)
    handle = handle or NullHandle()
    kind = flt.kind
    if getattr(flt, "persons", False):  # person-level 失信 records are never exported, whoever asks (#17)
        import dataclasses

        flt = dataclasses.replace(flt, persons=False)
    cols = columns(kind)
    model = RECORD_MODELS[kind]
    sel = [getattr(model, c.name) for c in cols]
    styles = [fastxlsx.DATE if c.kind == "date" else fastxlsx.MONEY if c.kind == "money" else fastxlsx.GENERAL
              for c in cols]

    def rows(s, ids, units, contracts):
        total = len(ids)
        for start in range(0, total, 2000):
            handle.check()
            chunk = ids[start:start + 2000]
            got = {r[-1]: r for r in s.execute(select(*sel).where(model.id.in_(chunk)))}
            for rid in chunk:
                r = got.get(rid)
                if r is None:
                    continue
                out = []
                for i, c in enumerate(cols):
                    v = r[i]
                    if c.kind == "unit":
                        v = units.get(v, v)
                    elif c.kind == "contract":
                        v = contracts.get(v, v)
                    elif c.convert is not None:
                        v = c.convert(v)
                    elif c.kind == "money" and v is not None:
                        v = v / 100
                    out.append(v)
                yield out
            handle.progress(min(start + 2000, total), total, "exporting")

    with app.db.read() as s:
        units = unit_names or dict(s.execute(text("SELECT id, name FROM units")).all())
        contracts = dict(s.execute(text("SELECT id, COALESCE(contract_no, title) FROM contracts")).all()) \
            if any(c.kind == "contract" for c in cols) else {}
        ids = Q.ids(s, flt)
        return fastxlsx.write_table(path, KINDS[kind].zh, [c.header for c in cols], [c.width for c in cols],
                                    styles, rows(s, ids, units, contracts))


INDICATOR_COLUMNS = (("keeping", "践诺率"), ("late", "逾期兑现率"), ("timely_disclosure", "公开及时率"),
                     ("notice_compliance", "公示合规率"), ("objections_on_time", "异议按期办结率"))


def export_indicators(app, start: dt.date, end: dt.date, path: str | Path, today: dt.date | None = None) -> int:
    """Write the indicators of the period (all units first, then each unit) with their counts; returns rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from sqlalchemy import text

    from zwcx_desktop.store.facts import indicators

    with app.db.read() as s:
        rows = indicators(s, start, end, today)
        names = dict(s.execute(text("SELECT id, name FROM units")).all())
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("指标")
    headers = ["单位"] + [zh for _, zh in INDICATOR_COLUMNS] + ["异议平均办结天数"]
    headers += [f"{zh}{part}" for _, zh in INDICATOR_COLUMNS for part in ("分子", "分母")]
    widths = [34] + [14] * 6 + [16] * 10
    for i, w in enumerate(widths):
        ws.column_dimensions[column_letter(i)].width = w
    ws.append([f"统计期间 {start.isoformat()} 至 {end.isoformat()}"])
    ws.append(_header_cells(ws, headers))
    for ind in rows:
        out: list[Any] = ["全部" if ind.unit_id is None else names.get(ind.unit_id, ind.unit_id)]
        for attr, _ in INDICATOR_COLUMNS:
            v = getattr(ind, attr).value
            c = WriteOnlyCell(ws, v)
            c.number_format = PERCENT_FORMAT
            out.append(c)
        avg = WriteOnlyCell(ws, None if ind.avg_days_to_close is None else round(ind.avg_days_to_close, 1))
        avg.number_format = "0.0"
        out.append(avg)
        for attr, _ in INDICATOR_COLUMNS:
            r = getattr(ind, attr)
            out += [r.numerator, r.denominator]
        ws.append(out)
    _atomic_save(wb, Path(path))
    return len(rows)


TEMPLATE_FIELDS = ("beneficiary_name", "citizen_id", "household_size", "village", "amount", "delivery_date",
                   "delivery_method", "policy", "period", "note")


def write_template(area: str, path: str | Path) -> Path:
    """A blank roster for one service area: the headers the importer recognises, the ID column formatted as text
    (so Excel keeps all 18 digits), date and amount formats, a 发放方式 drop-down, and a sheet of instructions.
    The data sheet is named after the area, which the importer takes as the area when no --area is given."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from zwcx_core.domain.enums import DeliveryMethod, ServiceArea
    from zwcx_core.domain.schema import SERVICE

    a = ServiceArea.parse(area.strip())
    wb = Workbook()
    ws = wb.active
    ws.title = a.zh
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    rows = 500
    for i, name in enumerate(TEMPLATE_FIELDS):
        f = SERVICE.field(name)
        letter = column_letter(i)
        cell = ws.cell(1, i + 1, f.zh)
        cell.font, cell.fill = bold, fill
        ws.column_dimensions[letter].width = {"citizen_id": 22, "policy": 24, "note": 30}.get(name, 14)
        fmt = {"citizen_id": "@", "delivery_date": DATE_FORMAT, "amount": MONEY_FORMAT}.get(name)
        if fmt:
            # Column style for new cells plus the first rows' own format: Excel and WPS honour either.
            ws.column_dimensions[letter].number_format = fmt
            for r in range(2, rows + 2):
                ws.cell(r, i + 1).number_format = fmt
    ws.freeze_panes = "A2"
    methods = ",".join(m.zh for m in DeliveryMethod)
    dv = DataValidation(type="list", formula1=f'"{methods}"', allow_blank=True)
    col = column_letter(TEMPLATE_FIELDS.index("delivery_method"))
    dv.add(f"{col}2:{col}{rows + 1}")
    ws.add_data_validation(dv)
    info = wb.create_sheet("填写说明")
    lines = [
        f"服务领域：{a.zh}（导入时按本工作表名称“{a.zh}”确定服务领域）",
        "姓名：必填。",
        "身份证号：18位公民身份号码，单元格须为文本格式；导入时校验出生日期和校验码，系统只保存脱敏号码和指纹，不保存完整号码。",
        "户人数：1–30 的整数。金额：单位元，最多两位小数。发放日期：如 2026-03-05。",
        f"发放方式：{methods.replace(',', '、')}。",
        "政策/项目：必填（或导入时统一指定）。所属期：如 2026-03；同一人同一服务领域同一所属期只能登记一次。",
        "默认全部导入或全部不导入：任何一行有误都不会导入，并列出每个错误的行、列和原因。",
    ]
    info.column_dimensions["A"].width = 110
    for line in lines:
        info.append([line])
    return _atomic_save(wb, Path(path))
