"""Quarter and year periods as date ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from zwcx_server.evaluation import parse_period, quarter, quarters, year


def test_quarters_cover_the_year_without_gaps():
    qs = quarters(2028)  # a leap year: Q1 ends on 3月31日 whatever February has
    assert [(q.start, q.end) for q in qs] == [
        (dt.date(2028, 1, 1), dt.date(2028, 3, 31)), (dt.date(2028, 4, 1), dt.date(2028, 6, 30)),
        (dt.date(2028, 7, 1), dt.date(2028, 9, 30)), (dt.date(2028, 10, 1), dt.date(2028, 12, 31))]
    assert qs[0].start == year(2028).start and qs[-1].end == year(2028).end


def test_codes_and_chinese_labels():
    assert parse_period("2026Q1") == quarter(2026, 1)
    assert parse_period(" 2026q4 ").zh == "2026年第四季度"
    assert parse_period("2026") == year(2026) and year(2026).zh == "2026年度"
    assert dt.date(2026, 3, 31) in quarter(2026, 1) and dt.date(2026, 4, 1) not in quarter(2026, 1)


@pytest.mark.parametrize("code", ["2026Q5", "2026Q0", "26Q1", "2026-1", "", "Q1"])
def test_bad_codes_are_refused_with_the_forms_that_work(code):
    with pytest.raises(ValueError, match="2026Q1"):
        parse_period(code)
