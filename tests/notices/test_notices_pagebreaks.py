"""The signature block (issuing unit, date, seal space) is never alone on a page, in every kind of notice.

Each test finds how many more lines of text push the block to the next page, then sweeps the length one line at
a time around that boundary, so the block meets it at every offset; every print is read back from the PDF with
pdfplumber.
"""

from __future__ import annotations

import pytest

from tests.notices.layout_pdf import GEO, approve, in_text_area, page_lines, signature_page, splits_inside
from zwcx_core.notices.layout import BODY_LEADING
from zwcx_core.notices.model import zh_date
from zwcx_desktop.notices import content, render_board, render_notice
from zwcx_desktop.notices.samples import citizen_id

UNIT = "松北区万宝镇人民政府"
#: One line of body text: two characters of indent plus 23 fit the 28-character line.
FILLER = "经村民代表会议讨论通过，现将有关情况予以说明。"


def _filler(k: int) -> str:
    return "\n".join([FILLER] * k)


def _commitment(app, admin, s, k):
    return app.records.create("commitment", {
        "unit_id": s["unit"], "title": "低保金按月足额发放", "category": "policy", "service_area": "poverty",
        "content": "每月10日前将最低生活保障金足额发放到保障对象账户。\n" + _filler(k),
        "responsible_person": "刘春华", "made_date": "2026-03-02", "due_date": "2026-12-31",
        "published_date": "2026-03-05", "channels": ["board"]}, admin)


def _disclosure(app, admin, s, k, **extra):
    doc = {"unit_id": s["unit"], "kind": "affairs", "title": "关于村级道路硬化工程建设情况的公示",
           "body": "现将本年度村级道路硬化工程建设情况公示如下。\n" + _filler(k),
           "formed_date": "2026-03-02", "period_start": "2026-03-05", "period_days": 7, "day_count": "calendar",
           "channels": ["board"]}
    doc.update(extra)
    return app.records.create("disclosure", doc, admin)


def _affairs(app, admin, s, k):
    return _disclosure(app, admin, s, k)


def _finance(app, admin, s, k):
    return _disclosure(app, admin, s, k, kind="finance", title="关于万宝村2026年第一季度财务收支情况的公示",
                       finance_lines=[
                           {"direction": "income", "item": "上级转移支付", "amount": "85000.00"},
                           {"direction": "expense", "item": "村干部报酬", "amount": "36000.00"},
                           {"direction": "expense", "item": "道路维修", "amount": "25300.00"}])


def _roster(app, admin, s, k):
    rid = _disclosure(app, admin, s, k, kind="service", service_area="poverty", contains_personal_data=True,
                      title="关于2026年3月新增城乡居民最低生活保障对象的公示")
    app.records.create_many("service", [{
        "unit_id": s["unit"], "service_area": "poverty", "policy": "城乡居民最低生活保障", "period": "2026-03",
        "beneficiary_name": name, "citizen_id": citizen_id(500 + 3 * k + j), "household_size": 2,
        "village": "新发村", "amount": "770.00", "disclosure_id": rid}
        for j, name in enumerate(("赵德福", "钱春梅", "孙海涛"))], admin)
    return rid


def _objection(app, admin, s, k):
    return app.records.create("objection", {
        "unit_id": s["unit"], "target_kind": "disclosure", "target_id": s["roster"], "objection_type": "notice",
        "channel": "phone", "content": "反映某户家庭有经营性收入，不符合低保条件。\n" + _filler(k),
        "received_date": "2026-03-07", "finding": "not_upheld", "action": "maintain",
        "reply": "经入户核查，该户符合纳入条件，维持原审核意见。", "replied_date": "2026-03-16",
        "closed_date": "2026-03-17"}, admin)


MAKERS = {"commitment": _commitment, "affairs": _affairs, "finance": _finance, "roster": _roster,
          "objection": _objection}


def _content_above(lines, unit_line):
    """Lines of text or table rows above the signature on its page (not 续表 or a repeated header row)."""
    return [ln for ln in in_text_area(lines) if ln.baseline > unit_line.baseline + 1 and ln.size > 10
            and ln.flat != "续表" and not ln.flat.startswith("序号")]


def _print(app, admin, samples, kind: str, k: int) -> tuple[list, int, object, str]:
    """Pages, signature page index, unit line and the date the notice should carry, with `k` lines added."""
    rid = MAKERS[kind](app, admin, samples, k)
    approve(app, rid, admin)
    pages = page_lines(render_notice(app, rid))
    idx, unit_line = signature_page(pages, UNIT)
    return pages, idx, unit_line, zh_date(content.build(app, rid).signed_date)


def _sweep(app, admin, samples, kind: str, extra: tuple[str, ...] = ()) -> None:
    """Print `kind` with the text lengthened one line at a time across a page boundary; at every length the
    signature block (unit, any `extra` sign-off lines, date) stays whole, with at least two lines of text."""
    prints: dict[int, tuple] = {}

    def at(k: int) -> tuple:
        if k not in prints:
            prints[k] = _print(app, admin, samples, kind, k)
        return prints[k]

    # The fewest added lines that move the block to a later page (a page holds 22 lines: 30 always do) ...
    first = at(0)[1]
    lo, hi = 0, 30
    assert at(hi)[1] > first, f"{kind}: 30 more lines did not move the signature block"
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if at(mid)[1] > first else (mid, hi)
    # ... and every length around that boundary.
    moved = []
    for k in range(max(0, hi - 3), hi + 4):
        pages, idx, unit_line, signed = at(k)
        lines = in_text_area(pages[idx])
        below = [ln.flat for ln in lines if ln.baseline < unit_line.baseline and ln.size > 10]
        assert below == [*extra, signed], f"{kind}, {k} lines added: the block under the unit reads {below}"
        above = _content_above(pages[idx], unit_line)
        assert len(above) >= 2, f"{kind}, {k} lines added: signature block with {len(above)} lines of text"
        if idx > 0:
            prev = in_text_area(pages[idx - 1])
            room = min(ln.baseline for ln in prev) - GEO.floor
            if room > 1.5 * BODY_LEADING and len(above) <= 3:
                moved.append(k)  # the previous page had room left, yet the last lines went over with the block
    assert moved, f"{kind}: no length in the sweep made the last lines move with the signature block"


@pytest.mark.parametrize("kind", list(MAKERS))
def test_signature_block_never_alone_on_a_page(app, admin, samples, kind):
    _sweep(app, admin, samples, kind)


def test_signature_block_grows_by_a_sign_off_line(app, admin, samples, monkeypatch):
    """A kind whose block has one more line (a village finance notice's 村务监督委员会) keeps it whole too."""
    from zwcx_core.notices import page

    line = "万宝村村务监督委员会"
    monkeypatch.setattr(page, "signature_lines", lambda notice: [notice.unit_name, line])
    _sweep(app, admin, samples, "finance", extra=(line,))


def test_board_items_never_split_and_pages_are_numbered(app, admin, samples):
    """A board sheet boxes each item whole (title, period, 发布单位, summary, code): none is split over pages,
    and item titles break between words like a notice's own title."""
    ids = []
    for kind in ("commitment", "affairs", "finance", "roster", "objection"):
        approve(app, samples[kind], admin)
        ids.append(samples[kind])
    for k in range(4):
        rid = _affairs(app, admin, samples, 3 + k)
        approve(app, rid, admin)
        ids.append(rid)
    pages = page_lines(render_board(app, ids, paper="A4"))
    assert len(pages) >= 2
    for n, lines in enumerate(pages, 1):
        units = [ln for ln in lines if ln.flat == f"发布单位：{UNIT}"]
        periods = [ln for ln in lines if ln.flat.startswith("公示期：")]
        codes = [ln for ln in lines if ln.flat.startswith("核验码")]
        assert units and len(units) == len(periods) == len(codes), f"page {n}: an item is split"
        assert any(ln.flat == f"—{n}—" for ln in lines)
        titles = [ln for ln in lines if abs(ln.size - 15) < 0.1]
        for a, b in zip(titles, titles[1:], strict=False):
            if abs(a.baseline - b.baseline - 21) < 1 and abs(a.x0 - b.x0) < 1:  # two lines of one title
                for word in (UNIT, "城乡居民", "最低生活保障", "第一季度", "万宝村", "公示"):
                    assert not splits_inside([a.flat, b.flat], word), (a.flat, b.flat)
    assert sum(len([ln for ln in lines if ln.flat.startswith("发布单位")]) for lines in pages) == len(ids)
