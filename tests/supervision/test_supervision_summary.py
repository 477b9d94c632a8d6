"""The monthly summary of supervision cases read back from its PDF against a hand count; no requester on it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.notices.notice_pdf import flat, notdef_count, pdf_text
from tests.supervision.cases import PHONE, REQUESTER, case
from tests.supervision.test_supervision_export import hand_set
from zwcx_desktop.notices.supervision_summary import month_bounds, render_summary

TODAY = dt.date(2026, 12, 3)


def test_month_bounds():
    assert month_bounds("2026-02") == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert month_bounds("2026-12") == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    for bad in ("2026-13", "2026-1", "202611", "november"):
        with pytest.raises(ValueError, match="not a month"):
            month_bounds(bad)


def test_the_march_summary_counts_by_channel_and_names_no_requester(app, admin):
    hand_set(app, admin)
    case(app, admin, received_date="2026-03-10", ref_no="GD2026031000003", title="新阳路积水")
    case(app, admin, received_date="2026-04-01")  # another month: not received in March, not yet overdue then
    pdf = render_summary(app, "2026-03", TODAY, dt.datetime(2026, 12, 3, 9, 0))
    text = flat("".join(pdf_text(pdf)))
    assert text.startswith("2026年3月监督事项办理情况")
    # Received 6 (one returned); closed in March: the order replied on 5 March, on time; overdue on 31 March: the
    # order replied late in May, the one still open, and the one of 10 March (due 27 March).
    assert "共受理监督事项6件（其中因交办有误退回1件），办结1件，其中按期办结1件；截至2026年3月31日，逾期未办结3件。" in text
    assert "12345工单51113" in text and "人大代表建议10000" in text and "合计61113" in text
    # Scores of March's five cases (the returned one left out) as they stand on 3 December.
    assert "12345工单25.0%（1/4）50.0%（2/4）未达标50.0%（1/2）未达标1" in text
    assert "人大代表建议100.0%（1/1）100.0%（1/1）100.0%（1/1）0" in text
    assert "合计40.0%（2/5）60.0%（3/5）未达标66.7%（2/3）未达标1" in text
    assert "GD202603020001712345工单小区门口路灯不亮2026-03-1912" in text  # 19 March: 13 working days
    assert "GD202603100000312345工单新阳路积水2026-03-274" in text
    assert REQUESTER not in text and PHONE not in text
    assert notdef_count(pdf) == 0


def test_the_cli_writes_the_summary(app, admin, data_dir, capsys, tmp_path):
    from zwcx_desktop.cli.main import main

    hand_set(app, admin)
    out = tmp_path / "summary.pdf"
    assert main(["--data-dir", str(data_dir), "notice", "supervision-summary", "--month", "2026-03",
                 "-o", str(out)]) == 0
    assert flat(pdf_text(out.read_bytes())[0]).startswith("2026年3月监督事项办理情况")
    assert main(["--data-dir", str(data_dir), "notice", "supervision-summary", "--month", "2026-3",
                 "-o", str(out)]) == 2
    assert "--month: '2026-3' is not a month (YYYY-MM)" in capsys.readouterr().err
