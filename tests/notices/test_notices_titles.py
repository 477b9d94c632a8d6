"""Titles: balanced over their lines, never broken inside a number with its measure word, the unit's name or a
listed term, and never one character alone on a line — on the page (pdfplumber) and in the breaking itself."""

from __future__ import annotations

import pytest

from tests.notices.layout_pdf import GEO, approve, page_lines, splits_inside
from zwcx_core.notices.fonts import font_set
from zwcx_core.notices.layout import TITLE_SIZE, char_width, text_width, wrap
from zwcx_core.notices.titlebreak import balance, pieces
from zwcx_desktop.notices import render_notice

UNIT = "松北区万宝镇人民政府"
#: Words no title line may split, beyond the unit's name.
WORDS = ("第一季度", "2026年", "2026年3月", "城乡居民", "最低生活保障", "公示", "万宝村", "关于", "处理结果")
#: The issue's cases: the sample whose title the old greedy breaking split, and where.
CASES = {"finance": "第一季度", "roster": "城乡居民", "objection": "公示"}


def _title_lines(pdf: bytes) -> list:
    return [ln for ln in page_lines(pdf)[0] if abs(ln.size - TITLE_SIZE) < 0.5]


def _greedy(title: str) -> list[str]:
    """How the title broke before: filling each line as far as it goes."""
    font = font_set()["title"]
    chars = [(ch, font, char_width(ch, font, TITLE_SIZE)) for ch in title]
    return ["".join(c for c, _, _ in ln) for ln in wrap(chars, GEO.text_w, GEO.text_w)]


@pytest.mark.parametrize("kind", list(CASES))
def test_sample_titles_break_between_words_and_balance(app, admin, samples, kind):
    rid = samples[kind]
    approve(app, rid, admin)
    title = app.records.get(rid).title or ""
    lines = _title_lines(render_notice(app, rid))
    texts = [ln.flat for ln in lines]
    full = "".join(texts)
    assert full.startswith(UNIT) and full.endswith("公示") and len(texts) == 2, texts
    if title.startswith("关于"):
        assert full == UNIT + title
    # the case is real: filling lines greedily splits the word or leaves one character alone
    greedy = _greedy(full)
    assert splits_inside(greedy, CASES[kind]) or len(greedy[-1]) == 1, greedy
    for word in (*WORDS, UNIT):
        assert not splits_inside(texts, word), f"{kind}: title broken inside {word}: {texts}"
    assert all(len(t) >= 2 for t in texts), texts
    # centred in the text area
    for ln in lines:
        assert abs((ln.x0 + ln.x1) / 2 - (GEO.left + GEO.text_w / 2)) < 1.0, ln.text
    # as even as possible: no other break between whole pieces gives two lines closer in width
    font = font_set()["title"]
    parts = pieces(full, UNIT)
    width = [text_width(t, font, TITLE_SIZE) for t in texts]
    best = min(abs(text_width("".join(parts[:i]), font, TITLE_SIZE) - text_width("".join(parts[i:]), font, TITLE_SIZE))
               for i in range(1, len(parts))
               if max(text_width("".join(parts[:i]), font, TITLE_SIZE),
                      text_width("".join(parts[i:]), font, TITLE_SIZE)) <= GEO.text_w)
    assert abs(width[0] - width[1]) <= best + 0.5, (texts, width, best)
    measured = [ln.x1 - ln.x0 for ln in lines]
    assert max(measured) / min(measured) < 1.3, measured


def _unit(s: str) -> float:
    """A measure of fixed-width characters: digits half as wide as Chinese ones."""
    return sum(0.5 if c.isdigit() else 1.0 for c in s)


def test_pieces_keep_numbers_with_their_measure_words_and_listed_terms():
    got = pieces("关于万宝村2026年第一季度3户城乡居民最低生活保障（2026年3月）的公示", UNIT)
    for whole in ("第一季度", "3户", "城乡居民", "最低生活保障", "公示", "万宝村", "关于"):
        assert whole in got, got
    assert "（2026年3月）" in got  # a date is one piece, and brackets stay with what they enclose
    assert pieces("名单（2026-03）")[-1] == "（2026-03）"
    assert pieces(UNIT + "公告", UNIT) == [UNIT, "公告"]
    assert "".join(got) == "关于万宝村2026年第一季度3户城乡居民最低生活保障（2026年3月）的公示"


@pytest.mark.parametrize(("title", "width", "whole"), [
    (UNIT + "关于2026年第一季度财务收支情况的公示", 17, "第一季度"),
    (UNIT + "关于2026年3月新增城乡居民的公示", 17.5, "城乡居民"),
    (UNIT + "关于异议处理结果的公示", 20, "公示"),
])
def test_balance_keeps_words_whole_and_lines_even(title, width, whole):
    lines = balance(title, width, _unit, UNIT)
    assert "".join(lines) == title
    assert not splits_inside(lines, whole) and not splits_inside(lines, UNIT), lines
    assert all(len(x) >= 2 for x in lines) and all(_unit(x) <= width for x in lines), lines
    widths = [_unit(x) for x in lines]
    assert max(widths) - min(widths) <= 4, lines


def test_no_character_alone_and_long_unit_names_still_fit():
    lines = balance("一二三四五六七八九十一二三四五六七八九十公", 20, _unit)
    assert all(len(x) >= 2 for x in lines) and len(lines) == 2, lines
    # a unit name longer than a line is the only thing ever split inside
    long_unit = "黑龙江省哈尔滨市松北区万宝镇万宝村村民委员会第一村民小组"
    lines = balance(long_unit + "公示", 20, _unit, long_unit)
    assert "".join(lines) == long_unit + "公示" and all(_unit(x) <= 20 for x in lines)


def test_a_long_table_caption_breaks_between_words(app, admin, samples):
    """Table captions go through the same breaking: a roster's caption naming a long policy wraps whole."""
    from zwcx_desktop.notices.samples import citizen_id

    policy = "城乡居民最低生活保障和特困人员救助供养临时救助资金"
    rid = app.records.create("disclosure", {
        "unit_id": samples["unit"], "kind": "service", "service_area": "poverty", "contains_personal_data": True,
        "title": "关于2026年3月救助对象的公示", "body": "现将救助对象名单公示如下。", "formed_date": "2026-03-02",
        "period_start": "2026-03-05", "period_days": 7, "day_count": "calendar", "channels": ["board"]}, admin)
    app.records.create_many("service", [{
        "unit_id": samples["unit"], "service_area": "poverty", "policy": policy, "period": "2026-03",
        "beneficiary_name": name, "citizen_id": citizen_id(700 + j), "household_size": 1, "village": "新发村",
        "amount": "385.00", "disclosure_id": rid} for j, name in enumerate(("赵德福", "钱春梅"))], admin)
    approve(app, rid, admin)
    lines = [ln for ln in page_lines(render_notice(app, rid))[0] if abs(ln.size - 18) < 0.1]
    caption = [ln.flat for ln in lines]
    assert "".join(caption) == f"公示名单（{policy}，2026-03）"
    assert len(caption) == 2 and all(len(x) >= 2 for x in caption), caption
    widths = [ln.x1 - ln.x0 for ln in lines]
    assert max(widths) / min(widths) < 1.3, f"unbalanced (filling the first line gives 2:1): {caption} {widths}"
    for word in ("公示名单", "城乡居民", "最低生活保障", "特困人员", "临时救助", "2026-03"):
        assert not splits_inside(caption, word), caption
