"""Rosters: masked IDs, no full personal numbers anywhere, pagination with the header on every page."""

from __future__ import annotations

import re

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.domain.masking import find_unmasked, mask_id
from zwcx_desktop.notices import render_notice
from zwcx_desktop.notices.samples import citizen_id, make_samples

# Digit runs outside hexadecimal words: the printed content hash (内容摘要 e5779039…) may hold 11 digits in a row.
NO_DIGIT_RUNS = re.compile(r"(?<![0-9a-f])\d{11,}(?![0-9a-f])")


def test_roster_prints_names_and_masked_ids_only(app, samples):
    pages = pdf_text(render_notice(app, samples["roster"]))
    text = "".join(pages)
    body = flat(text)
    for i in range(12):
        assert mask_id(citizen_id(i)) in body
        assert citizen_id(i) not in body
    assert "王秀英" in body and "万宝村" in body
    assert "合计12户" in body
    assert find_unmasked(text) == [] and find_unmasked(body) == []
    assert not NO_DIGIT_RUNS.search(text)


def test_thousand_row_roster_repeats_the_header_on_every_page(app, admin):
    ids = make_samples(app, admin, roster_size=1000)
    pdf = render_notice(app, ids["roster"])
    raw = pdf_text(pdf)
    pages = [flat(p) for p in raw]
    assert len(pages) > 20
    for n, page in enumerate(pages, 1):
        assert f"—{n}—" in page
    table_pages = [p for p in pages if "*************" in p]
    assert len(table_pages) >= len(pages) - 1
    for page in table_pages:
        assert "序号姓名身份证号" in page, "the header row must repeat on every page of the roster"
    assert "合计1000户" in pages[-1] or "合计1000户" in pages[-2]
    assert not NO_DIGIT_RUNS.search("\n".join(raw))
    assert find_unmasked("\n".join(raw)) == []
