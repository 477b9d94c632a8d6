"""Early-warning proposals of 政务失信 leads (#17 item 2): SME arrears past the threshold, judgments unperformed past
their deadline, commitments overdue by N days; nothing proposed twice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.domain.payment_docs import contract, ev, lawsuit
from zwcx_core.domain.credit_leads import leads
from zwcx_core.domain.payment_warnings import contract_warnings

D = dt.date


def _sme(**kw):
    doc = contract(ev("delivery", "2026-02-02", "80000"), **kw) | {"id": "c1", "status": "performing"}
    (w,) = [w for w in contract_warnings(doc, D(2027, 1, 1)) if w.kind == "payment"]
    return doc, w.due


def test_an_sme_arrear_is_proposed_only_past_the_threshold_and_only_once():
    doc, due = _sme()
    assert leads(due + dt.timedelta(days=30), contracts=[doc]) == []  # 30 days overdue: not more than 30
    (lead,) = leads(due + dt.timedelta(days=31), contracts=[doc])
    assert (lead.basis_kind, lead.basis_id, lead.dishonesty_type.value) == ("contract", "c1", "sme_arrears")
    assert lead.amount == Decimal("80000.00") and lead.days_overdue == 31 and lead.due == due
    assert leads(due + dt.timedelta(days=11), contracts=[doc], arrear_days=10)
    assert leads(due + dt.timedelta(days=99), contracts=[doc], taken={("contract", "c1")}) == []
    p = lead.payload("新阳路街道办事处", "11230102MB1234567L")
    assert p["obligation_amount"] == "80000.00" and p["basis_id"] == "c1" and p["subject_level"] == "unit"


def test_a_contract_with_a_non_sme_supplier_is_not_an_sme_arrear():
    doc, due = _sme(sme=False)
    assert leads(due + dt.timedelta(days=90), contracts=[doc]) == []


def test_a_judgment_past_its_deadline_and_a_commitment_overdue_by_n_days():
    suit = lawsuit(status="judged", judgment_date="2026-03-01", amount="50000", performed_amount="20000",
                   perform_deadline="2026-04-01") | {"id": "l1"}
    assert leads(D(2026, 4, 1), lawsuits=[suit]) == []
    (lead,) = leads(D(2026, 4, 2), lawsuits=[suit])
    assert lead.dishonesty_type.value == "judgment_unperformed" and lead.amount == Decimal("30000.00")
    promise = {"id": "k1", "unit_id": "u1", "title": "三日内办结", "status": "in_progress", "due_date": "2026-03-01"}
    assert leads(D(2026, 3, 31), commitments=[promise]) == []
    got = leads(D(2026, 4, 2), lawsuits=[suit], commitments=[promise, promise | {"id": "k2", "status": "draft"}])
    assert [(x.basis_kind, x.days_overdue) for x in got] == [("commitment", 32), ("lawsuit", 1)]


def test_only_a_broken_promise_is_proposed():
    base = {"unit_id": "u1", "title": "三日内办结", "due_date": "2026-03-01"}
    docs = [base | {"id": s, "status": s} for s in
            ("published", "in_progress", "unfulfilled", "fulfilled_on_time", "fulfilled_late", "changed", "draft")]
    got = leads(D(2026, 4, 2), commitments=docs)
    assert sorted(x.basis_id for x in got) == ["in_progress", "published", "unfulfilled"]
    assert {x.days_overdue for x in got} == {32}
