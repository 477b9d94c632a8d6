"""Every character prints: rare name characters of 通用规范汉字表 in the fallback face, never a `.notdef` box.

These run with ZWCX_NOTICE_FONTS=bundled (the fonts every machine has), except the one that stands in an office's
own font, which says so.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.notices.notice_pdf import char_fonts, flat, notdef_count, pdf_text
from zwcx_desktop.notices import render_board, render_notice
from zwcx_desktop.notices.samples import citizen_id

#: Rare name characters of 通用规范汉字表 outside GBK: Extension A (䶮 㛃) and B–F (𫖮 𬌗 𬭎 𬳵).
EXT = "䶮㛃𫖮𬌗𬭎𬳵"
MAIN, FALLBACK = "UMingCN-GBK", "BabelStoneHan-Fallback"
TABLE = Path(__file__).resolve().parents[2] / "scripts" / "data" / "tongyong-guifan-hanzibiao-2013.txt"


@pytest.fixture(autouse=True)
def _bundled(monkeypatch):
    monkeypatch.setenv("ZWCX_NOTICE_FONTS", "bundled")


def table_characters() -> str:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return "".join(ln.split("\t")[2] for ln in lines)


def test_the_character_table_is_whole():
    chars = table_characters()
    assert len(chars) == len(set(chars)) == 8105
    assert all(c in chars for c in EXT)
    assert sum(1 for c in chars if ord(c) > 0xFFFF) == 196  # Extensions B–F (GB 18030-2022 level 2 adds them)
    assert sum(1 for c in chars if 0x3400 <= ord(c) <= 0x4DBF) == 77  # Extension A


def test_every_table_character_has_a_glyph_in_the_bundled_fonts():
    from reportlab.pdfbase.pdfmetrics import getFont

    from zwcx_core.domain.printable import unprintable
    from zwcx_core.notices.fonts import font_set

    chars = table_characters()
    chain = getFont(font_set()["body"])
    owners = {c: chain.owner(ord(c)) for c in chars}  # MissingGlyph if any face lacks one
    assert {owners[c] for c in EXT} == {1}, "the rare characters come from the fallback face"
    assert owners["一"] == 0
    assert unprintable(chars) == [], "the save rule's coverage list accepts the whole table"


def test_coverage_list_is_what_the_fonts_draw():
    """The save rule's data module matches the fonts it was made with (rebuild both with make-bundled-font.py)."""
    from fontTools.ttLib import TTFont

    from zwcx_core.domain.fontcoverage import RANGES
    from zwcx_core.notices.fonts import BUNDLED, BUNDLED_FALLBACK

    drawn: set[int] = set()
    for path in (BUNDLED, BUNDLED_FALLBACK):
        cmap = TTFont(path, lazy=True).getBestCmap()
        drawn |= {c for c, g in cmap.items() if g != ".notdef" and c >= 0x20 and not 0x7F <= c < 0xA0}
    assert {c for lo, hi in RANGES for c in range(lo, hi + 1)} == drawn


def test_extension_characters_print_in_a_roster_and_a_title_and_read_back(app, samples, admin):
    rid = samples["roster"]
    names = [f"王{ch}" for ch in EXT]
    app.records.create_many("service", [{
        "unit_id": samples["unit"], "service_area": "poverty", "policy": "城乡居民最低生活保障", "period": "2026-03",
        "beneficiary_name": name, "citizen_id": citizen_id(500 + i), "household_size": 1, "village": "万宝村",
        "amount": "385.00", "disclosure_id": rid} for i, name in enumerate(names)], admin)
    app.records.update(rid, {"title": f"关于{EXT}等2026年3月新增城乡居民最低生活保障对象的公示"}, admin)
    pdf = render_notice(app, rid)
    text = flat("".join(pdf_text(pdf)))
    assert EXT in text, "the title keeps the real characters in the text layer"
    for name in names:
        assert name in text, f"{name} is missing from the roster's text layer"
    from pypdf import PdfReader

    other = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert all(name in flat(other) for name in names), "a second reader finds them too (ToUnicode in UTF-16)"
    fonts = char_fonts(pdf)
    for ch in EXT:
        assert fonts[ch] == {FALLBACK}, f"{ch} drawn in {fonts[ch]}"
    assert fonts["王"] == {MAIN} and fonts["公"] == {MAIN}
    assert notdef_count(pdf) == 0


@pytest.mark.parametrize("kind", ["commitment", "affairs", "finance", "roster", "objection"])
def test_no_notdef_in_any_sample_notice(app, samples, kind):
    pdf = render_notice(app, samples[kind])
    assert notdef_count(pdf) == 0
    assert FALLBACK not in {f for fs in char_fonts(pdf).values() for f in fs}, "samples need no fallback"


def test_no_notdef_on_a_board_sheet(app, samples):
    pdf = render_board(app, [samples["affairs"], samples["finance"], samples["roster"]], paper="A3")
    assert notdef_count(pdf) == 0


def test_the_notdef_check_sees_an_empty_box():
    """The check above can fail: a plain reportlab TrueType font draws an emoji as `.notdef`, code 0. (The fallback
    face: reportlab registers fonts by face name, and the main face's name already stands for its chain.)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from zwcx_core.notices.fonts import BUNDLED_FALLBACK

    pdfmetrics.registerFont(TTFont("plain-fallback-test", str(BUNDLED_FALLBACK)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("plain-fallback-test", 16)
    c.drawString(72, 720, "䶮😀")
    c.save()
    assert notdef_count(buf.getvalue()) == 1


def test_a_character_no_font_has_raises_instead_of_a_box():
    from reportlab.pdfgen import canvas

    from zwcx_core.notices.fonts import MissingGlyph, font_set

    c = canvas.Canvas(io.BytesIO())
    c.setFont(font_set()["body"], 16)
    with pytest.raises(MissingGlyph, match="U\\+1F600"):
        c.drawString(72, 720, "公示😀")


@pytest.fixture
def office_font(tmp_path, monkeypatch):
    """An 'installed office font' that has only a few characters: made from the bundled face with fonttools and
    given its own name, offered for every style as fontconfig would offer 仿宋 or 宋体."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from zwcx_core.notices import fonts

    font = TTFont(fonts.BUNDLED)
    sub = subset.Subsetter(subset.Options())
    sub.populate(text="关于公示 0123456789")
    sub.subset(font)
    for rec in font["name"].names:
        if rec.nameID in (1, 3, 4, 6, 16):
            rec.string = "ZwcxTestOffice"
    path = tmp_path / "office.ttf"
    font.save(path)
    face = fonts.FontFace(str(path), 0, "ZwcxTestOffice")
    monkeypatch.setattr(fonts, "_candidates", lambda style: [face])
    monkeypatch.setenv("ZWCX_NOTICE_FONTS", "system")
    fonts._font_set.cache_clear()
    yield face
    fonts._font_set.cache_clear()


def test_office_font_falls_back_per_character(app, samples, admin, office_font):
    from zwcx_core.notices.fonts import font_set

    assert {f.path for f in font_set().faces.values()} == {office_font.path}
    rid = samples["roster"]
    app.records.update(rid, {"title": f"关于{EXT}新增城乡居民最低生活保障对象的公示"}, admin)
    pdf = render_notice(app, rid)
    fonts = char_fonts(pdf)
    assert fonts["关"] == {"ZwcxTestOffice"} and fonts["公"] == {"ZwcxTestOffice"}
    assert fonts["城"] == {MAIN}, "what the office font lacks comes from the bundled face"
    for ch in EXT:
        assert fonts[ch] == {FALLBACK}
    assert EXT in flat("".join(pdf_text(pdf)))
    assert notdef_count(pdf) == 0


def test_text_saved_before_the_rule_is_refused_at_print_naming_the_field(app, samples, admin, monkeypatch):
    from zwcx_core.domain import printable
    from zwcx_desktop.notices import NoticeRefused

    # A record saved by a version without the rule (or before it): the rule is taken out while it is written.
    monkeypatch.setattr(printable, "check_document", lambda *_a: None)
    rid = app.records.create("disclosure", {
        "unit_id": samples["unit"], "kind": "affairs", "title": "关于道路硬化的公示", "body": "工程已完工😀。",
        "formed_date": "2026-03-02", "period_start": "2026-03-05", "period_days": 7}, admin)
    with pytest.raises(NoticeRefused, match=r"^body contains U\+1F600 “😀”, which the notice fonts cannot print") as exc:
        render_notice(app, rid)
    assert exc.value.kind == "glyph" and exc.value.chars == ["😀"]
    from zwcx_desktop.notices.samples import review

    review(app, rid, admin)  # a board sheet takes reviewed notices only
    with pytest.raises(NoticeRefused, match="U\\+1F600"):
        render_board(app, [samples["affairs"], rid], paper="A4")
