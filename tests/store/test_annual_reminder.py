"""The yearly arrears announcement (art. 18) is reminded from 1 March until the office marks it published."""

from __future__ import annotations

import datetime as dt

from zwcx_desktop.store.reminders import ANNUAL, mark_published, payment_reminders

SME = {"title": "办公桌椅采购", "contract_type": "procurement_goods", "counterparty": "哈尔滨某家具有限公司",
       "signed_date": "2025-03-02", "amount": "48000", "sme_declared": True}


def test_reminded_from_1_march_until_published(app, admin):
    rid = app.records.create("contract", SME | {"unit_id": app.home_unit_id()}, admin)
    with app.db.read() as s:
        assert [p for p in payment_reminders(s, dt.date(2026, 3, 5))[0] if p.kind == ANNUAL] == []  # a draft
    app.records.transition(rid, "performing", admin)

    def annual(today):
        with app.db.read() as s:
            return [(p.record_id, p.level, p.date) for p in payment_reminders(s, today)[0] if p.kind == ANNUAL]

    assert annual(dt.date(2026, 2, 28)) == []
    assert annual(dt.date(2026, 3, 1)) == [("2025", 1, "2026-03-31")]
    assert annual(dt.date(2026, 3, 31)) == [("2025", 2, "2026-03-31")]
    assert annual(dt.date(2026, 4, 2)) == [("2025", 3, "2026-03-31")]  # still due: not announcing is punished
    mark_published(app, 2025)
    assert annual(dt.date(2026, 4, 2)) == []


def test_marking_years_published_keeps_every_year(app):
    from zwcx_desktop.store.reminders import published_years

    mark_published(app, 2024)
    mark_published(app, 2025)
    mark_published(app, 2025)
    with app.db.read() as s:
        assert published_years(s) == {2024, 2025}
