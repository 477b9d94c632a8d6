"""The 信用承诺书 of a credit-repair application (#17), printed from its template on the GB/T 9704 page: the unit and
the decision it answers are on it, the print is logged, and a person-level record is never printed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dishonesty_docs import decided, person_record, unit_record
from tests.notices.notice_pdf import flat, pdf_text
from zwcx_desktop.notices.creditletter import render_credit_commitment
from zwcx_desktop.notices.render import prints_of


def test_the_letter_names_the_unit_and_the_decision_and_a_person_is_never_printed(app, admin):
    rid = app.records.create("dishonesty", unit_record(app, **decided()), admin)
    pdf = render_credit_commitment(app, rid, admin, signed=dt.date(2026, 8, 3))
    text = flat("".join(pdf_text(pdf)))
    assert "信用承诺书" in text and "道里区新阳路街道办事处" in text and "11230102MB1234567L" in text
    assert "(2026)黑0102执123号" in text and "拖欠中小企业账款" in text and "于2026年4月10日作出的" in text and "2026年8月3日" in text
    assert len(prints_of(app, rid)) == 1
    pid = app.records.create("dishonesty", person_record(app), admin)
    with pytest.raises(ValueError, match="never printed"):
        render_credit_commitment(app, pid, admin)
    assert prints_of(app, pid) == []
