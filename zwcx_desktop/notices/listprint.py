"""A record list as printed: the rows a list page shows, with its filters, count and money totals, on A4 landscape.

Drawn with the notices' document pieces (zwcx_core.notices.report): the same page, fonts, repeated table headers,
`— n —` page numbers. The columns are the list's own (store.queries.LIST_COLUMNS), which never hold a private
field; a service list shows only the masked ID the store keeps. The masking guard still reads every cell and
refuses the whole printout if one holds a full ID, mobile or bank card number (text typed before the guard).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from zwcx_core.domain.masking import find_unmasked
from zwcx_core.domain.schema import KINDS
from zwcx_core.notices.guard import NoticeRefused
from zwcx_core.notices.model import Column, Para, Table
from zwcx_core.notices.report import Document, draw_document

#: More rows than this are not printed (about 150 pages): the clerk narrows the filters or exports to Excel.
MAX_ROWS = 3000
MASKED_ID_HEADER = "身份证号(脱敏)"
_WRAPPED = ("title", "content", "policy", "counterparty", "subject_name", "court")


class TooManyRows(ValueError):
    """The list is longer than MAX_ROWS."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(f"{count} records are too many to print (at most {MAX_ROWS}): narrow the filters, or export "
                         f"the list to Excel")


def _cell(field, value) -> str:
    if value in (None, ""):
        return ""
    if field.type == "enum" and field.enum is not None:
        try:
            return field.enum(value).zh
        except ValueError:
            return str(value)
    if field.type == "enums" and field.enum is not None:
        return "、".join(_cell_enum(field.enum, v) for v in value or [])
    if field.type == "bool":
        return "是" if value else "否"
    if field.type == "money":
        return f"{Decimal(value):,.2f}"
    return str(value).replace("\n", " ")


def _cell_enum(enum, v) -> str:
    try:
        return enum(v).zh
    except ValueError:
        return str(v)


def filter_lines(flt, unit_names: dict[str, str] | None = None) -> list[str]:
    """The list's filters in words, as printed under the title ("全部" when nothing narrows it)."""
    from zwcx_desktop.store.queries import DATE_FIELD

    spec = KINDS[flt.kind]
    out = []
    statuses = ([flt.status] if flt.status else []) + list(flt.statuses)
    if statuses and spec.status is not None:
        out.append("状态：" + "、".join(_cell_enum(spec.status, s) for s in statuses))
    if flt.service_area:
        from zwcx_core.domain.enums import ServiceArea

        out.append("服务领域：" + _cell_enum(ServiceArea, flt.service_area))
    if flt.unit_id:
        out.append("单位：" + (unit_names or {}).get(flt.unit_id, "（已删除的单位）"))
    if flt.date_from or flt.date_to:
        span = f"{flt.date_from.isoformat() if flt.date_from else '……'} 至 " \
               f"{flt.date_to.isoformat() if flt.date_to else '……'}"
        out.append(f"{spec.field(DATE_FIELD[flt.kind]).zh}：{span}")
    if flt.search or flt.id_fingerprints:
        # A full ID number typed into the search box is what it found by, never printed.
        typed = flt.search or ""
        out.append("查找：" + ("（按证件号码）" if flt.id_fingerprints or find_unmasked(typed) else f"“{typed}”"))
    if flt.order_by:
        name = flt.order_by.removesuffix("_fen")
        label = spec.field(name).zh if any(f.name == name for f in spec.fields) else name
        out.append(f"排序：{label}{'（降序）' if flt.descending else ''}")
    return out or ["筛选：全部记录"]


def list_document(app, flt, ids: list[str], unit_names: dict[str, str] | None = None,
                  now: dt.datetime | None = None) -> Document:
    """The printable document of the records `ids` (in list order) shown under filter `flt`."""
    from zwcx_desktop.store import queries as Q

    if len(ids) > MAX_ROWS:
        raise TooManyRows(len(ids))
    now = now or dt.datetime.now().replace(microsecond=0)
    spec = KINDS[flt.kind]
    names = Q.LIST_COLUMNS[flt.kind]
    fields = [spec.field(n) for n in names]
    with app.db.read() as s:
        rows = []
        for start in range(0, len(ids), 500):  # SQLite's bound on parameters of one IN (...)
            rows += Q.rows(s, flt.kind, ids[start:start + 500])
    cols = [Column(MASKED_ID_HEADER if f.name == "id_masked" else f.zh, f.name,
                   weight=3.0 if f.name in _WRAPPED else 1.0,
                   align="right" if f.type == "money" else ("left" if f.name in _WRAPPED else "center"),
                   wrap=f.name in _WRAPPED) for f in fields]
    body = [[_cell(f, r.get(f.name)) for f in fields] for r in rows]
    totals = {f.name: sum((Decimal(r[f.name]) for r in rows if r.get(f.name) is not None), Decimal(0))
              for f in fields if f.type == "money"}
    footer = []
    if totals:
        footer = [["合计" if i == 0 else (f"{totals[f.name]:,.2f}" if f.name in totals else "")
                   for i, f in enumerate(fields)]]
    summary = f"共 {len(rows)} 条" + "".join(f"；{spec.field(n).zh.removesuffix('(元)')}合计 {v:,.2f} 元" for n, v in totals.items())
    blocks = [Para(line, "filters", style="plain") for line in filter_lines(flt, unit_names)]
    blocks += [Para(summary, "count", style="plain"),
               Table(cols, body, "rows", footer=footer, font_size=10.5)]
    doc = Document(title=f"{spec.zh}清单", issuer=_office(app),
                   blocks=blocks, signed_date=now.date(), created_at=now, footer=f"打印于 {now:%Y-%m-%d %H:%M}",
                   landscape=True)
    _guard(doc)
    return doc


def _office(app) -> str:
    from sqlalchemy import select

    from zwcx_desktop.store.models import Unit

    with app.db.read() as s:
        return s.execute(select(Unit.name).where(Unit.id == app.home_unit_id())).scalar_one_or_none() or ""


def _guard(doc: Document) -> None:
    for block in doc.blocks:
        texts = [(block.field, block.text)] if isinstance(block, Para) else [
            (c.field, row[i]) for row in block.rows for i, c in enumerate(block.columns)]
        for field, text in texts:
            found = find_unmasked(text) if text else None
            if found:
                raise NoticeRefused(field, found[0].kind)


def render_list(app, flt, ids: list[str], unit_names: dict[str, str] | None = None,
                now: dt.datetime | None = None) -> bytes:
    """PDF bytes of the printed list (see `list_document`)."""
    return draw_document(list_document(app, flt, ids, unit_names, now))
