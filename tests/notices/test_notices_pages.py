"""Pages of a printed notice (GB/T 9704-2012): 续表 and the header row on every page a table continues on; page
numbers `— n —` in 4号 7 mm under the text area, odd pages at the right and even at the left, one character in."""

from __future__ import annotations

import pytest

from tests.notices.layout_pdf import GEO, approve, in_text_area, page_lines
from zwcx_core.notices.layout import BODY_LEADING, MM
from zwcx_desktop.notices import render_notice
from zwcx_desktop.notices.samples import make_samples

ONE_CHARACTER = GEO.text_w / 28  # 一字 on the body grid


@pytest.fixture
def roster_pages(app, admin):
    """A posted 45-row roster: three pages."""
    ids = make_samples(app, admin, roster_size=45)
    approve(app, ids["roster"], admin)
    return page_lines(render_notice(app, ids["roster"]))


def test_continued_table_says_xubiao_and_repeats_the_header(roster_pages):
    pages = roster_pages
    assert len(pages) == 3
    first = in_text_area(pages[0])
    header = next(ln for ln in first if ln.flat.startswith("序号姓名身份证号"))
    body_font = next(ln for ln in first if ln.flat.startswith("公示期：")).fontname
    assert not any(ln.flat == "续表" for p in pages for ln in p if p is pages[0])
    for n, page in enumerate(pages[1:], 2):
        lines = in_text_area(page)
        label, head = lines[0], lines[1]
        assert label.flat == "续表", f"page {n} starts with {label.text!r}"
        assert abs(label.x0 - GEO.left) < 0.5, "续表 stands at the left edge of the text area"
        assert GEO.top - 1 <= label.top <= GEO.top + BODY_LEADING, "续表 opens the page, above the table"
        # reportlab splits a face into subsets of 256 glyphs (AAAAAA+, AAAAAB+ …): compare the face itself.
        assert abs(label.size - 16) < 0.5 and label.fontname.split("+")[-1] == body_font.split("+")[-1], \
            "续表 is set in the body font"
        assert head.flat == header.flat and head.fontname == header.fontname, f"page {n}: header row not repeated"
        assert head.top > label.top
        assert sum(ln.flat == "续表" for ln in page) == 1
    masked = sum(ln.flat.count("*************") for p in pages for ln in p)
    assert masked == 45, "every row printed once"
    assert any(ln.flat.startswith("合计45户") for ln in pages[-1])


def test_page_numbers_follow_gbt9704(roster_pages):
    baseline = GEO.floor - 7 * MM
    right = GEO.left + GEO.text_w
    for n, page in enumerate(roster_pages, 1):
        numbers = [ln for ln in page if ln.flat == f"—{n}—"]
        assert len(numbers) == 1, f"page {n}"
        num = numbers[0]
        assert abs(num.size - 14) < 0.1, "4号"
        assert abs(num.baseline - baseline) < 0.3, f"page {n}: baseline {num.baseline:.1f}, want {baseline:.1f}"
        assert num.text.replace(" ", "") == f"—{n}—" and num.text.startswith("— ")
        note = next(ln for ln in page if ln.flat.startswith("核验码") and ln.baseline < GEO.floor)
        if n % 2:
            assert abs(num.x1 - (right - ONE_CHARACTER)) < 0.5, f"odd page {n}: one character in from the right"
            assert abs(note.x0 - GEO.left) < 0.5 and note.x1 < num.x0
        else:
            assert abs(num.x0 - (GEO.left + ONE_CHARACTER)) < 0.5, f"even page {n}: one character in from the left"
            assert abs(note.x1 - right) < 0.5 and note.x0 > num.x1


def test_a_one_page_notice_is_numbered_too(app, admin, samples):
    rid = app.records.create("disclosure", {
        "unit_id": samples["unit"], "kind": "affairs", "title": "关于村部开放时间调整的公示", "body": "村部每日开放。",
        "formed_date": "2026-05-06", "period_start": "2026-05-07"}, admin)
    approve(app, rid, admin)
    pages = page_lines(render_notice(app, rid))
    assert len(pages) == 1
    num = next(ln for ln in pages[0] if ln.flat == "—1—")
    assert abs(num.x1 - (GEO.left + GEO.text_w - ONE_CHARACTER)) < 0.5


def test_page_hooks_run_once_on_every_page():
    """Page-wide marks (a draft watermark) hook into the flow: each page, once, before it is shown."""
    import datetime as dt
    import io

    from zwcx_core.notices.fonts import font_set
    from zwcx_core.notices.layout import Flow, new_canvas

    fonts = font_set()
    buf = io.BytesIO()
    c = new_canvas(buf, GEO, "t", "u", "s", dt.datetime(2026, 3, 5), fonts["body"])
    flow = Flow(c, GEO, fonts)
    seen = []
    flow.page_hooks.append(lambda canvas, page: seen.append((canvas is c, page)))
    for _ in range(50):  # 22 lines a page: three pages
        flow.paragraph([("一行正文。", fonts["body"])])
    flow.finish()
    c.save()
    assert seen == [(True, 1), (True, 2), (True, 3)]
    assert len(page_lines(buf.getvalue())) == 3
