"""The demo's 政务失信 records: one of each stage a township really meets, tied to the demo's other records.

A 线索 opened from the early warning's proposal for the overdue SME arrears (demo_contracts), a broken promise found
through a complaint and being rectified, a breach the city credit office decided on the strength of the lost
lawsuit and now shows (with a credit-information objection about it under investigation, so it reads 异议中), an
old arrears record repaired with the proof and the signed credit commitment attached, a lead found untrue, and a
staff member's 政务处分 that only the administrator sees. Every record is walked with the one write path by the
administrator, the only role that moves them (lifecycle.DISHONESTY).

Decisions are dated back from the earlier of the demo's reference day and the real today: a decision in the future
is refused (a finding is entered from a decision made).
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from zwcx_desktop.store.attachments import store_bytes
from zwcx_desktop.store.users import Actor

#: The records' states in the order they are made (read by the tests); the credit objection is counted apart.
SCENARIOS = ("lead", "rectifying", "publicized", "repaired", "unfounded", "confirmed")
CITY_CREDIT_OFFICE = "哈尔滨市发展和改革委员会（市信用办）"


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A one-pixel PNG of colour `rgb`: a stand-in for a scanned page, distinct per colour (files go by hash)."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes((0, *rgb)))) + chunk(b"IEND", b""))


def _arrears_lead(app, today: dt.date, home: str, name: str, uscc: str | None) -> dict[str, Any]:
    """The early warning's proposal for the longest-overdue SME arrears, as the clerk opens it into a record."""
    from zwcx_desktop.store.creditleads import proposals

    with app.db.read() as s:
        found = [lead for lead, *_unit in proposals(s, today) if lead.basis_kind == "contract"]
    if found:
        return found[0].payload(name, uscc) | {"unit_id": found[0].unit_id}
    # No proposal (nothing is 30 days late on the reference day): the part-paid purchase, entered by hand.
    from zwcx_desktop.store.demo_supervision import arrears_contract

    cid, title = arrears_contract(app, today)
    return {"unit_id": home, "subject_level": "unit", "subject_name": name, "dishonesty_type": "sme_arrears",
            "title": f"拖欠中小企业账款：{title}"} | ({"subject_uscc": uscc} if uscc else {}) | (
        {"basis_kind": "contract", "basis_id": cid} if cid else {})


def _first_id(app, model, *where) -> str | None:
    with app.db.read() as s:
        return s.execute(select(model.id).where(model.deleted.is_(False), *where).order_by(model.id)).scalars().first()


def fill_credit(app, today: dt.date, home: str, actor: Actor, new_id: Callable[[], str],
                tick: Callable[[int], None], person: Callable[[], str], phone: Callable[[], str],
                complaint_id: str | None) -> tuple[int, int]:
    """Create the dishonesty records and the credit objection; returns (records, objections) made.
    `complaint_id`: the demo's 违约失信投诉 case the rectified promise came from."""
    from zwcx_desktop.store.models import Lawsuit

    base = min(today, dt.date.today())

    def ago(days: int) -> str:
        return (base - dt.timedelta(days=days)).isoformat()

    unit = app.records.get(home).doc
    name, uscc = unit["name"], unit.get("uscc")
    subject = {"unit_id": home, "subject_level": "unit", "subject_name": name} | ({"subject_uscc": uscc} if uscc else {})
    lawsuit_id = _first_id(app, Lawsuit, Lawsuit.status == "judged")
    lawsuit = app.records.get(lawsuit_id).doc if lawsuit_id else {}
    judged = dt.date.fromisoformat(lawsuit["judgment_date"]) if lawsuit.get("judgment_date") else base
    decided = min(judged + dt.timedelta(days=3), base)
    proof = store_bytes(app.db, _png((250, 250, 245)), "付款凭证及企业收款确认.png", actor.username)
    pledge = store_bytes(app.db, _png((255, 252, 240)), "信用承诺书.png", actor.username)
    y, old = base.year, base - dt.timedelta(days=240)
    records: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = [
        (_arrears_lead(app, today, home, name, uscc) | {
            "facts": "合同款项逾期超过30日未付，由政务失信预警提示转为线索，待核实。",
            "source_unit": "道里区清理拖欠企业账款工作专班"}, []),
        (subject | {"dishonesty_type": "breach", "title": "招商引资房租补贴承诺未兑现",
                    "facts": "入驻企业投诉街道未按招商协议兑现房租补贴，经核实属实。",
                    "obligation": "按招商协议兑现入驻企业房租补贴", "obligation_amount": "60000.00"}
         | ({"basis_kind": "supervision", "basis_id": complaint_id} if complaint_id else {}),
         [("to", "verifying"),
          ("set", {"rectify_deadline": (base + dt.timedelta(days=30)).isoformat(), "rectification": [
              {"date": ago(10), "note": "已核实补贴资金未列入年度预算，已报请区财政追加预算。"},
              {"date": ago(3), "note": "已与企业签订补贴兑现计划，首期补贴月底前拨付。"}]}),
          ("to", "rectifying")]),
        (subject | {"dishonesty_type": "breach", "title": "采购合同违约经法院判决确认",
                    "facts": "法院生效判决确认街道未按采购合同约定支付货款，构成违约。",
                    "obligation": "履行生效判决确定的给付义务", "obligation_amount": lawsuit.get("amount") or "15000.00"}
         | ({"basis_kind": "lawsuit", "basis_id": lawsuit_id} if lawsuit_id else {}),
         [("set", {"deciding_body": CITY_CREDIT_OFFICE, "decision_no": f"哈信用认〔{decided.year}〕15号",
                   "decision_date": decided.isoformat(), "severity": "general",
                   "legal_basis": "《哈尔滨市政务诚信建设实施方案》；法院生效判决认定的违约事实"}),
          ("to", "confirmed"), ("to", "publicized")]),
        (subject | {"dishonesty_type": "sme_arrears", "title": "拖欠物业服务企业服务费逾期未付",
                    "facts": "街道办公楼物业服务费逾期四个月未付。", "obligation_amount": "42000.00"},
         [("set", {"deciding_body": "哈尔滨市工业和信息化局", "decision_no": f"哈工信清欠〔{old.year}〕8号",
                   "decision_date": old.isoformat(), "severity": "general", "legal_basis": "《保障中小企业款项支付条例》"}),
          ("to", "confirmed"), ("to", "publicized"),
          ("set", {"performed_amount": "42000.00", "commitment_made": True, "repair_applied_date": ago(120),
                   "repair_application_no": f"XYXF{base - dt.timedelta(days=120):%Y%m%d}0231", "repair_proof": [proof],
                   "repair_commitment": [pledge], "repair_status": "granted", "repair_decision_date": ago(115)}),
          ("to", "repaired")]),
        (subject | {"dishonesty_type": "sme_arrears", "title": "反映拖欠保洁公司服务费",
                    "facts": "经核实，保洁服务费已于合同约定期限内支付，线索不属实。"},
         [("to", "verifying"), ("to", "unfounded")]),
        # A staff member's 政务处分: the administrator alone sees that it exists.
        (subject | {"subject_level": "person", "person_name": person(), "person_position": "社区服务中心副主任",
                    "dishonesty_type": "discipline", "title": "履职不力受到政务处分",
                    "facts": "审核城乡低保申请时未入户调查，造成不符合条件人员纳入保障。"},
         [("set", {"deciding_body": "道里区纪委监委", "decision_no": f"道纪发〔{y}〕12号", "decision_date": ago(60),
                   "severity": "general", "sanction_kind": "warning"}), ("to", "confirmed")]),
    ]
    ids = app.records.create_many("dishonesty", [p for p, _ in records], actor, [new_id() for _ in records])
    for rid, (_p, steps) in zip(ids, records, strict=True):
        for op, arg in steps:
            if op == "set":
                app.records.update(rid, arg, actor)
            else:
                app.records.transition(rid, arg, actor)
    # The supplier disputes the amount shown: the record reads 异议中 while the objection is investigated.
    objection = app.records.create("objection", {
        "unit_id": home, "target_kind": "dishonesty", "target_id": ids[2], "objection_type": "credit",
        "channel": "online", "complainant": person(), "complainant_phone": phone(),
        "content": "公示的违约金额与判决不一致，部分货款已于判决前支付，请求更正。", "received_date": ago(1)}, actor)
    for step in ("accepted", "investigating"):
        app.records.transition(objection, step, actor)
    tick(len(ids) + 1)
    return len(ids), 1
