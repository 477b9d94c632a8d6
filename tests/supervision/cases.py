"""Sample supervision cases and objections (helpers of the supervision tests)."""

from __future__ import annotations

REQUESTER, PHONE = "赵秀兰", "13912345678"


def case(app, actor, **over) -> str:
    """A 12345 work order (a complaint, 13 working days) received on 2026-03-02, or what `over` changes."""
    p = {"unit_id": app.home_unit_id(), "channel": "hotline_12345", "ref_no": "GD2026030200017",
         "request_type": "complaint", "title": "小区门口路灯不亮", "content": "新阳路128号小区门口路灯连续一周不亮。",
         "received_date": "2026-03-02", "requester": REQUESTER, "requester_phone": PHONE}
    return app.records.create("supervision", p | over, actor)


def objection(app, actor, received: str = "2026-03-02") -> str:
    return app.records.create("objection", {
        "unit_id": app.home_unit_id(), "objection_type": "complaint", "channel": "phone", "complainant": "王建军",
        "complainant_phone": "13812345678", "content": "反映窗口推诿。", "received_date": received}, actor)
