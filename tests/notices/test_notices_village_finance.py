"""村务财务公开: a village committee's finance notice prints the four balances (the closing one computed and
checked) and the 村务监督委员会 sign-off beside the issuing unit, read back from the PDF."""

from __future__ import annotations

import pytest

from tests.notices.notice_pdf import flat, pdf_text
from zwcx_core.domain.schema import ValidationError, validate
from zwcx_desktop.notices import render_notice


def test_village_finance_notice_prints_balances_and_the_supervisory_committee_sign_off(app, samples):
    doc = app.records.get(samples["village_finance"]).doc
    # 56,320.40 + (85,000 + 18,600) − (36,000 + 12,800 + 7,450) = 103,670.40
    assert doc["opening_balance"] == "56320.40" and doc["closing_balance"] == "103670.40"
    pdf = render_notice(app, samples["village_finance"])
    pages = pdf_text(pdf)
    text = flat("".join(pages))
    assert text.startswith("村务公开万宝村2026年第一季度财务收支情况公开")
    assert "资金收支总表期初余额（元）本期收入（元）本期支出（元）期末余额（元）56,320.40103,600.0056,250.00103,670.40" in text
    assert "收入合计103,600.00" in text and "支出合计56,250.00" in text
    # The sign-off and the issuing unit close the notice on the same page and line: the sign-off at the left, with
    # room to sign before the unit's name.
    sign, unit = _words(pdf, "村务监督委员会主任：", "万宝村村民委员会")
    assert abs(sign["top"] - unit["top"]) < 2 and unit["x0"] - sign["x1"] > 25 * 72 / 25.4
    # A village's own contact, the township's supervision line, and the village's notice board.
    assert "联系人：孙会计；联系电话：0451-88123466；地址：万宝村村委会办公室" in text
    assert "监督电话：松北区纪委监委0451-88912388；12345政务服务便民热线" in text
    assert "本公示张贴于万宝村村民委员会村务公开栏，同时通过村（居）民会议公开。" in text


@pytest.mark.parametrize(("name", "same_line"), [("新发村委会", True), ("松北区万宝镇新发村村民委员会", False)])
def test_sign_off_leaves_room_to_sign(app, samples, name, same_line):
    """A unit name too long to leave room to sign beside it puts the sign-off on the line above (measured from the
    characters' positions)."""
    uid = app.records.create("unit", {"name": name, "unit_type": "village"}, _admin())
    rid = app.records.create("disclosure", {
        "unit_id": uid, "kind": "finance", "title": "新发村2026年4月财务公开", "body": "现将本月财务收支情况公开如下。",
        "formed_date": "2026-05-06", "period_start": "2026-05-07", "opening_balance": "1000.00",
        "finance_lines": [{"direction": "expense", "item": "办公用品", "amount": "120.00"}]}, _admin())
    sign, unit = _words(render_notice(app, rid), "村务监督委员会主任：", name)
    if same_line:
        assert abs(sign["top"] - unit["top"]) < 2 and sign["x1"] < unit["x0"]
    else:
        assert 20 < unit["top"] - sign["top"] < 35 and sign["x0"] < unit["x0"]


def _words(pdf: bytes, *texts: str) -> list[dict]:
    """The words (with positions) of the last page whose text is each of `texts`, letter spacing ignored."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        lines = doc.pages[-1].extract_text_lines()
    found = []
    for t in texts:
        line = next(ln for ln in lines if t in flat(ln["text"]))
        chars = [c for c in line["chars"] if not c["text"].isspace()]
        start = "".join(c["text"] for c in chars).index(t)
        first, last = chars[start], chars[start + len(t) - 1]
        found.append({"x0": first["x0"], "x1": last["x1"], "top": first["top"]})
    return found


def _admin():
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.users import Actor

    return Actor("admin", Role.ADMIN)


def test_a_village_finance_disclosure_needs_its_opening_balance(app, samples, admin):
    payload = {"unit_id": samples["village"], "kind": "finance", "title": "万宝村2026年4月财务公开", "body": "正文。",
               "formed_date": "2026-05-06", "finance_lines": [{"direction": "income", "item": "租金", "amount": "10"}]}
    with pytest.raises(ValidationError) as exc:
        app.records.create("disclosure", payload, admin)
    assert exc.value.by_field() == {"opening_balance": "is required for a village committee's finance disclosure"}
    # A township's finance disclosure may go without one (it prints its lines and totals only).
    app.records.create("disclosure", payload | {"unit_id": samples["unit"]}, admin)


def test_a_closing_balance_that_does_not_add_up_is_refused_when_read_again(app, samples):
    doc = app.records.get(samples["village_finance"]).doc
    validate("disclosure", doc, allow_computed=True)  # as sync and backups read it: adds up
    with pytest.raises(ValidationError) as exc:
        validate("disclosure", doc | {"closing_balance": "103670.41"}, allow_computed=True)
    assert exc.value.by_field()["closing_balance"] == ("is 103670.41 but the opening balance plus income minus "
                                                       "expenditure is 103670.40")
    # And a notice built from such a document is refused rather than printing figures that do not add up.
    from zwcx_core.notices import tables

    with pytest.raises(ValueError, match="does not add up"):
        tables.balance_table(doc | {"closing_balance": "1.00"})


def test_balances_are_ordinary_fields_of_the_schema(app, samples):
    """Through the field-spec table: stored in typed columns (export, lists) and carried on the wire."""
    from sqlalchemy import select

    from zwcx_core.domain.schema import DISCLOSURE
    from zwcx_desktop.store.models import Disclosure

    assert DISCLOSURE.field("opening_balance").type == "money"
    assert DISCLOSURE.field("closing_balance").computed
    with app.db.read() as s:
        row = s.execute(select(Disclosure.opening_balance_fen, Disclosure.closing_balance_fen)
                        .where(Disclosure.id == samples["village_finance"])).one()
    assert tuple(row) == (5632040, 10367040)
