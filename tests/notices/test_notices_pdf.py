"""The PDF itself: embedded fonts, page size and margins, identical bytes per version, size of a one-page notice."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader

from zwcx_core.notices.layout import MM
from zwcx_desktop.notices import render_board, render_notice

TOL = 1.0  # points


def _fonts(pdf: bytes) -> list[dict]:
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            out.append(font.get_object())
    return out


@pytest.mark.parametrize("kind", ["commitment", "affairs", "finance", "roster", "objection"])
def test_every_font_is_embedded_truetype(app, samples, kind):
    fonts = _fonts(render_notice(app, samples[kind]))
    assert fonts
    for f in fonts:
        assert "/FontDescriptor" in f, f"{f['/BaseFont']} is not embedded (a standard font)"
        assert "/FontFile2" in f["/FontDescriptor"].get_object(), f"{f['/BaseFont']} is not embedded as TrueType"


def test_bundled_font_alone_still_prints(app, samples, monkeypatch):
    monkeypatch.setenv("ZWCX_NOTICE_FONTS", "bundled")
    fonts = _fonts(render_notice(app, samples["affairs"]))
    # one face for every role (no 黑体 or 楷体 from the system), and it is the bundled file
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts} == {"UMingCN-GBK"}
    from zwcx_core.notices.fonts import BUNDLED, font_set

    assert {face.path for face in font_set().faces.values()} == {str(BUNDLED)}


def test_a4_page_and_gbt9704_text_area(app, samples):
    pdf = render_notice(app, samples["affairs"])
    left, top, right, bottom = 28 * MM, 37 * MM, (28 + 156) * MM, (37 + 225) * MM
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            assert (round(page.width), round(page.height)) == (595, 842)
            body = [c for c in page.chars if c["top"] < bottom]
            assert body
            for ch in page.chars:
                assert left - TOL <= ch["x0"] and ch["x1"] <= right + TOL, ch["text"]
            for ch in body:
                assert ch["top"] >= top - TOL, ch["text"]
            below = "".join(c["text"] for c in page.chars if c["top"] >= bottom)
            assert "—" in below and "核验码" in below, "only the page number and the code go under the text area"
        first = doc.pages[0]
        title = [c for c in first.chars if c["size"] > 20]
        assert title and abs(round(title[0]["size"]) - 22) <= 0
        body16 = [c for c in first.chars if 15.5 < c["size"] < 16.5]
        assert len(body16) > 100
        # 28 characters a line: a full body line runs from the left to the right edge of the text area
        lines: dict[int, list] = {}
        for c in body16:
            lines.setdefault(round(c["top"]), []).append(c)
        assert max(sum(1 for c in ln if not c["text"].isascii()) for ln in lines.values()) <= 28
        # 28 characters a line: all-CJK lines are set on a pitch of 156 mm / 28, and full ones reach the edge
        cjk = [ln for ln in lines.values() if len(ln) in (26, 28) and not any(c["text"].isascii() for c in ln)]
        assert cjk
        for ln in cjk:
            pitch = [b["x0"] - a["x0"] for a, b in zip(ln, ln[1:], strict=False)]
            assert all(abs(p - 156 * MM / 28) < 0.6 for p in pitch), pitch
        assert any(abs(max(c["x1"] for c in ln) - right) < 1 for ln in cjk)


def test_same_version_gives_identical_bytes_and_history_reprints(app, samples, admin):
    rid = samples["affairs"]
    first = render_notice(app, rid)
    assert render_notice(app, rid) == first
    reviewed = app.records.get(rid).version
    app.records.update(rid, {"body": "更正后的正文。"}, admin)
    assert render_notice(app, rid, version=reviewed) == first
    assert render_notice(app, rid) != first


def test_one_page_notice_is_small(app, samples):
    pdf = render_notice(app, samples["finance"])
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2
    assert len(render_notice(app, samples["affairs"])) <= 150 * 1024


def test_board_sheet_on_a3_and_a4(app, samples):
    ids = [samples[k] for k in ("commitment", "affairs", "finance", "roster", "objection")]
    a3 = render_board(app, ids)
    with pdfplumber.open(io.BytesIO(a3)) as doc:
        assert (round(doc.pages[0].width), round(doc.pages[0].height)) == (842, 1191)
        text = "".join("".join((p.extract_text() or "").split()) for p in doc.pages)
    assert "松北区万宝镇人民政府公示栏" in text
    assert "公示期：2026年4月7日至2026年4月13日" in text and "公示名单共12户" in text
    assert text.count("核验码") == 5
    a4 = render_board(app, ids, paper="A4")
    with pdfplumber.open(io.BytesIO(a4)) as doc:
        assert (round(doc.pages[0].width), round(doc.pages[0].height)) == (595, 842)
    with pytest.raises(ValueError, match="A3 or A4"):
        render_board(app, ids, paper="B5")
