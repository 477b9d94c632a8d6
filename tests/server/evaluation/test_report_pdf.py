"""The evaluation report PDF, read back: title, ranking, first-level scores, the 示例 mark, embedded fonts."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tests.notices.notice_pdf import flat, notdef_count, pdf_text
from tests.server.evaluation.test_scoring import hand_townships
from tests.server.evaluation.trees import HAND
from zwcx_server.evaluation import evaluate, example_tree, parse_period, parse_tree
from zwcx_server.evaluation.report import EXAMPLE_MARK, render_report, report_title

SIGNED = dt.date(2026, 4, 10)


@pytest.fixture(autouse=True)
def _bundled(monkeypatch):
    monkeypatch.setenv("ZWCX_NOTICE_FONTS", "bundled")  # the same faces on every machine


def fonts(pdf: bytes) -> list[dict]:
    return [f.get_object() for page in PdfReader(io.BytesIO(pdf)).pages
            for f in page["/Resources"]["/Font"].values()]


def test_the_report_reads_back_with_its_title_ranking_and_first_level_scores():
    ev = evaluate(parse_tree(HAND), hand_townships(), parse_period("2026Q1"))
    assert report_title(ev, "哈尔滨市") == "哈尔滨市2026年第一季度区域政务诚信评价报告"
    pdf = render_report(ev, "哈尔滨市", signed_date=SIGNED)
    pages = pdf_text(pdf)
    text = flat("".join(pages))
    assert flat(pages[0]).startswith("哈尔滨市2026年第一季度区域政务诚信评价报告")
    # ranking rows in rank order: rank, township, total, coverage
    assert "1甲镇74.00100.00%" in text and "2乙镇53.78100.00%" in text and "3丙镇50.0050.00%" in text
    assert text.index("1甲镇74.00") < text.index("2乙镇53.78") < text.index("3丙镇50.00")
    # first-level scores: 践诺 (40), 公开 (30), 失信 (30)
    assert "践诺（40）" in text and "3丙镇无数据0.0030.00" in text and "1甲镇30.0022.0022.00" in text
    assert "2026年1月1日至2026年3月31日" in text and "哈尔滨市信用办" in text and "2026年4月10日" in text
    assert flat(EXAMPLE_MARK) not in text  # a tree of the city's own carries no example mark
    assert notdef_count(pdf) == 0


def test_every_font_is_embedded_truetype_and_the_page_is_a4():
    ev = evaluate(example_tree(), hand_townships(), parse_period("2026"))
    pdf = render_report(ev, "哈尔滨市", signed_date=SIGNED)
    found = fonts(pdf)
    assert found
    for f in found:
        assert "/FontFile2" in f["/FontDescriptor"].get_object(), f"{f['/BaseFont']} is not embedded as TrueType"
    assert {str(f["/BaseFont"]).split("+")[-1] for f in found} == {"UMingCN-GBK"}
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert sorted((round(float(box.width)), round(float(box.height)))) == [595, 842]


def test_a_report_on_the_preset_says_on_every_page_that_it_is_an_example():
    many = [{"id": f"t{i}", "name": f"第{i}镇", "values": {"keeping_rate": i % 100}} for i in range(80)]
    ev = evaluate(example_tree(), many, parse_period("2026Q2"))
    pdf = render_report(ev, "哈尔滨市", signed_date=SIGNED)
    pages = pdf_text(pdf)
    assert len(pages) > 2
    assert all(flat(EXAMPLE_MARK) in flat(p) for p in pages)
    text = flat("".join(pages))
    assert "续表" in text  # a table that runs over pages repeats its header
    assert "监督事项办理（20）" in text and "失信与修复（15）" in text


def test_the_same_evaluation_gives_the_same_bytes():
    ev = evaluate(parse_tree(HAND), hand_townships(), parse_period("2026Q1"))
    assert render_report(ev, "哈尔滨市", signed_date=SIGNED) == render_report(ev, "哈尔滨市", signed_date=SIGNED)
