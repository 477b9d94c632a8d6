"""A record list printed as a PDF: read back, it has the title, filters, count, money totals and page numbers,
on A4 landscape, with masked IDs only."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.domain.schema import KINDS
from zwcx_desktop.notices import listprint
from zwcx_desktop.store import queries as Q

NOW = dt.datetime(2026, 3, 20, 9, 30)


def _ids(app, flt):
    with app.db.read() as s:
        return Q.ids(s, flt)


def test_service_list_reads_back_with_count_totals_and_masked_ids(app, samples):
    flt = Q.Filter("service", service_area="poverty", order_by="beneficiary_name")
    ids = _ids(app, flt)
    with app.db.read() as s:
        rows = Q.rows(s, "service", ids)
        full = {app.records.get(i).doc.get("citizen_id") for i in ids}
    pdf = listprint.render_list(app, flt, ids, now=NOW)
    pages = pdf_text(pdf)
    text = flat("".join(pages))
    assert text.startswith(f"{KINDS['service'].zh}清单")
    assert "服务领域：" in text and "排序：" in text
    total = sum(Decimal(r["amount"]) for r in rows)
    assert f"共{len(ids)}条；金额合计{total:,.2f}元" in text
    assert f"合计{total:,.2f}" in text.split("赵国庆")[-1]  # the table's totals row ends it
    assert "—1—" in text  # page numbers
    assert all(r["id_masked"] in text for r in rows)
    assert not any(c and c in text for c in full)  # full ID numbers never reach the page
    assert "打印于2026-03-2009:30" in text

    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


def test_rows_follow_the_list_order(app, samples):
    flt = Q.Filter("service", order_by="beneficiary_name")
    ids = _ids(app, flt)
    with app.db.read() as s:
        names = [r["beneficiary_name"] for r in Q.rows(s, "service", ids)]
    text = flat("".join(pdf_text(listprint.render_list(app, flt, ids, now=NOW))))
    where = [text.index(n) for n in dict.fromkeys(names)]
    assert where == sorted(where)


def test_too_long_a_list_is_refused(app, samples, monkeypatch):
    monkeypatch.setattr(listprint, "MAX_ROWS", 3)
    flt = Q.Filter("service")
    with pytest.raises(listprint.TooManyRows):
        listprint.render_list(app, flt, _ids(app, flt), now=NOW)


def test_a_full_id_number_searched_for_is_not_printed():
    lines = listprint.filter_lines(Q.Filter("service", search="230102199001011234", id_fingerprints=("x",)))
    assert lines == ["查找：（按证件号码）"]
    assert listprint.filter_lines(Q.Filter("commitment")) == ["筛选：全部记录"]
