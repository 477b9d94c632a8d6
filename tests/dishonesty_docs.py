"""Dishonesty record payloads shared by the store, CLI, export, GUI and sync tests of #17."""

from __future__ import annotations


def unit_record(app, **over):
    """A unit-level lead: the township's own arrears to a supplier."""
    p = {"unit_id": app.home_unit_id(), "subject_level": "unit", "subject_name": "道里区新阳路街道办事处",
         "subject_uscc": "11230102MB1234567L", "dishonesty_type": "sme_arrears",
         "title": "拖欠供货商货款逾期未付", "obligation_amount": "120000.00"}
    return p | over


def person_record(app, **over):
    """A person-level record: a staff member's 政务处分 (the administrator alone may hold it)."""
    p = {"unit_id": app.home_unit_id(), "subject_level": "person", "subject_name": "道里区新阳路街道办事处",
         "person_name": "赵铁柱", "person_position": "综合办主任", "dishonesty_type": "discipline",
         "title": "违规审批处分", "decision_no": "哈纪发〔2026〕9号", "deciding_body": "道里区纪委监委",
         "decision_date": "2026-04-10", "sanction_kind": "warning"}
    return p | over


def decided(**over):
    """The fields of a decision entered from the decision document (一般, so 3 months to 1 year from 2026-04-10)."""
    return {"deciding_body": "哈尔滨市道里区人民法院", "deciding_body_uscc": "112301020045678905",
            "decision_no": "(2026)黑0102执123号", "decision_date": "2026-04-10", "severity": "general",
            "legal_basis": "判决确定的给付义务未履行"} | over
