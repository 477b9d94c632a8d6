"""Notices read back from the PDF: titles, units, exact periods, tables and totals, verification codes."""

from __future__ import annotations

import pytest

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.notices.verify import grouped, verify_code
from zwcx_desktop.notices import render_notice

UNIT = "松北区万宝镇人民政府"


def test_affairs_notice_states_title_unit_period_contact_and_code(app, samples):
    pdf = render_notice(app, samples["affairs"])
    text = flat("".join(pdf_text(pdf)))
    assert f"{UNIT}关于2026年万宝镇村级道路硬化工程建设情况的公示" in text
    assert "公示期：2026年3月5日至2026年3月11日（共7个自然日）" in text
    assert "联系人：王立新" in text and "0451-88123456" in text and "哈尔滨市松北区万宝镇政府路1号" in text
    view = app.records.get(samples["affairs"])
    code = verify_code(view.version_id, view.content_hash)
    assert f"核验码{grouped(code)}" in text
    assert f"内容摘要{view.content_hash[:16]}" in text
    assert "—1—" in text and "松北区万宝镇人民政府扫码核验本公示" in text  # signature block, then page number


def test_finance_notice_counts_working_days_and_totals(app, samples):
    text = flat("".join(pdf_text(render_notice(app, samples["finance"]))))
    # 5 working days from Tuesday 7 April 2026: 7, 8, 9, 10 and Monday 13 April.
    assert "公示期：2026年4月7日至2026年4月13日（共5个工作日）" in text
    assert "收入合计127,600.50" in text
    assert "支出合计74,100.00" in text
    assert "收支相抵53,500.50" in text
    assert "联系人：赵会计" in text  # the disclosure's own contact wins over the unit's


def test_commitment_and_objection_notices(app, samples):
    c = flat("".join(pdf_text(render_notice(app, samples["commitment"]))))
    assert f"{UNIT}承诺事项公示" in c
    assert "低保金按月足额发放" in c and "责任人：刘春华" in c and "完成时限：2026年12月31日" in c
    assert "公示期：2026年3月5日至2026年3月11日" in c
    o = flat("".join(pdf_text(render_notice(app, samples["objection"]))))
    assert f"{UNIT}关于异议处理结果的公示" in o
    assert "核查结论" in o and "不成立" in o and "维持" in o
    assert "公示期：2026年3月17日至2026年3月23日" in o
    assert "有群众通过电话向" in o and "张**" not in o and "收到张" not in o  # the complainant is never named (see test_complainant_private)


def test_service_record_has_no_notice_of_its_own(app, samples):
    from zwcx_desktop.store.models import ServiceRecord

    with app.db.read() as s:
        sid = s.query(ServiceRecord.id).first()[0]
    with pytest.raises(ValueError, match="print the disclosure"):
        render_notice(app, sid)
