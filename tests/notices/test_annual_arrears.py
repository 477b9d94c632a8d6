"""The yearly announcement of overdue SME payments (条例 art. 18): the PDF read back with its fonts, the website
text and the workbook, against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from tests.notices.notice_pdf import char_fonts, flat, notdef_count, pdf_text
from zwcx_desktop.cli.main import main
from zwcx_desktop.notices import NoticeRefused, annual

MAIN = "UMingCN-GBK"
SME = "91230102MA1B2C3D46"


@pytest.fixture(autouse=True)
def _bundled(monkeypatch):
    monkeypatch.setenv("ZWCX_NOTICE_FONTS", "bundled")


def _contract(app, admin, unit, **fields):
    doc = {"unit_id": unit, "title": "办公设备采购", "contract_type": "procurement_goods",
           "counterparty": "哈尔滨某科技有限公司", "sme_declared": True, "signed_date": "2025-03-03",
           "amount": "100000.00", "payment_basis": "delivery"} | fields
    rid = app.records.create("contract", doc, admin)
    app.records.transition(rid, "performing", admin)
    return rid


@pytest.fixture
def ledger(app, admin):
    """Hand-worked at 31 December 2025 (SME contracts, delivery basis, 30 days unless agreed):
    A  100 000, delivered 2025-10-01, due 10-31, 40 000 paid 11-05: 60 000 overdue, 61 days.
    B   50 000.50, delivered 2025-12-15, due 2026-01-14: not yet due, not counted.
    C   30 000, delivered 2025-06-02, 60 days agreed, due 08-01, paid in full 08-01: not counted.
    D   20 000, delivered 2025-11-10, due 12-10, 5 000 disputed, nothing paid: 15 000 overdue, 21 days.
    E   80 000, not an SME (large firm), delivered 2025-05-06, nothing paid: not counted (art. 18 is about SMEs).
    F   10 000, a sole trader under his own name, delivered 2025-09-01, due 10-01: 10 000 overdue, 91 days.
    G   a draft (not confirmed as signed), delivered 2025-04-01: not counted.
    Total: 3 contracts, 85 000.00 yuan."""
    unit = app.home_unit_id()
    ids = {
        "A": _contract(app, admin, unit, contract_no="HT-A", events=[
            {"type": "delivery", "date": "2025-10-01"}, {"type": "payment", "date": "2025-11-05", "amount": "40000"}]),
        "B": _contract(app, admin, unit, contract_no="HT-B", amount="50000.50",
                       events=[{"type": "delivery", "date": "2025-12-15"}]),
        "C": _contract(app, admin, unit, contract_no="HT-C", amount="30000", payment_days=60, events=[
            {"type": "delivery", "date": "2025-06-02"}, {"type": "payment", "date": "2025-08-01", "amount": "30000"}]),
        "D": _contract(app, admin, unit, contract_no="HT-D", amount="20000", disputed_amount="5000",
                       counterparty="某商贸有限公司", counterparty_uscc=SME,
                       events=[{"type": "delivery", "date": "2025-11-10"}]),
        "E": _contract(app, admin, unit, contract_no="HT-E", amount="80000", sme_declared=False,
                       counterparty="某大型集团有限公司", events=[{"type": "delivery", "date": "2025-05-06"}]),
        "F": _contract(app, admin, unit, contract_no="HT-F", amount="10000", counterparty="张建国",
                       events=[{"type": "delivery", "date": "2025-09-01"}]),
    }
    app.records.create("contract", {"unit_id": unit, "title": "草拟合同", "contract_type": "other",
                                    "counterparty": "某公司", "sme_declared": True, "signed_date": "2025-03-03",
                                    "amount": "9000", "events": [{"type": "delivery", "date": "2025-04-01"}]}, admin)
    return ids


def test_the_printed_announcement_reads_back_with_the_hand_worked_figures(app, ledger):
    notice, pdf = annual.render_pdf(app, 2025, signed=dt.date(2026, 3, 20))
    text = flat("".join(pdf_text(pdf)))
    assert flat("道里区新阳路街道办事处关于2025年度逾期未支付中小企业账款情况的公告") in text
    assert "逾期尚未支付中小企业款项的合同共3份，逾期尚未支付金额合计85,000.00元。" in text
    assert "截至2025年12月31日" in text and "《保障中小企业款项支付条例》第十八条" in text
    assert "2026年3月20日" in text and "特此公告。" in text
    assert notdef_count(pdf) == 0
    fonts = char_fonts(pdf)
    assert fonts["逾"] == {MAIN} and fonts["元"] == {MAIN}
    assert "张建国" not in text  # the announcement gives figures, never a counterparty
    # The same figures and date print the same bytes (a reprint is the same paper).
    assert annual.render_pdf(app, 2025, signed=dt.date(2026, 3, 20))[1] == pdf
    assert notice.qr_url == "" and notice.kind == "annual_arrears"
    # No record the server could look up: no verification code (one that leads nowhere), only the digest.
    assert "核验码" not in text and flat(f"内容摘要 {notice.content_hash[:16]}") in text


def test_website_text_and_workbook_carry_the_same_figures(app, ledger, tmp_path):
    web = annual.text(app, 2025, signed=dt.date(2026, 3, 20))
    assert web.startswith("道里区新阳路街道办事处关于2025年度逾期未支付中小企业账款情况的公告\n")
    assert "合同共3份，逾期尚未支付金额合计85,000.00元" in web and web.rstrip().endswith("2026年3月20日")
    out = tmp_path / "逾期账款.xlsx"
    assert annual.write_workbook(app, 2025, out) == 3
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert "逾期未支付合同3份，金额合计85,000.00元" in rows[1][0]
    body = {r[1]: r for r in rows[3:] if r[1]}
    assert set(body) == {"HT-A", "HT-D", "HT-F"}
    assert (body["HT-A"][5], body["HT-A"][7]) == (60000, 61)
    assert (body["HT-D"][3], body["HT-D"][4], body["HT-D"][5], body["HT-D"][7]) == ("某商贸有限公司", SME, 15000, 21)
    # A sole trader trading under his own name is a person: counted, never named.
    assert body["HT-F"][3] == annual.PERSON_PLACEHOLDER and (body["HT-F"][5], body["HT-F"][7]) == (10000, 91)
    assert rows[-1][0] == "合计" and rows[-1][5] == 85000


def test_nothing_overdue_says_so_and_a_personal_number_is_refused(app, admin, tmp_path):
    web = annual.text(app, 2025, signed=dt.date(2026, 3, 2))
    assert "不存在逾期尚未支付中小企业款项的情况（合同0份，金额0.00元）" in web
    _contract(app, admin, app.home_unit_id(), contract_no="13812345678", counterparty="某科技有限公司",
              events=[{"type": "delivery", "date": "2025-04-07"}])
    with pytest.raises(NoticeRefused, match="workbook row 1 合同编号"):
        annual.write_workbook(app, 2025, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_command_line_makes_all_three(app, ledger, data_dir, tmp_path, capsys):
    app.close()
    pdf, book = tmp_path / "公告.pdf", tmp_path / "报送.xlsx"
    code = main(["--data-dir", str(data_dir), "notice", "annual-arrears", "--year", "2025", "--date", "2026-03-20",
                 "-o", str(pdf), "--workbook", str(book), "--text"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and book.exists()
    assert "3 contracts overdue and unpaid at 2025-12-31" in out and "合计85,000.00元" in out
    assert main(["--data-dir", str(data_dir), "notice", "annual-arrears", "--text"]) == 2
    assert "needs --year" in capsys.readouterr().err
