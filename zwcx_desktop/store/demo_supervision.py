"""The demo's supervision cases (监督事项): 12345 work orders in every state, a deputy's suggestion, a CPPCC proposal,
a disclosure request, a petition, complaints about arrears and broken promises, and a superior's 督办.

Each scenario is a case the office would really hold, dated back from the demo's reference day so that the desk and
the 工作台 show every case at once: new, due within two working days, overdue, replied and waiting for its callback,
closed satisfied, called back unsatisfied and handled again, returned as misassigned. Deadlines are not typed in:
the received day is worked back from the deadline wanted through the channel's clock (domain/supervision.py), so the
cases keep their meaning under the office's own clock presets. The cases are walked through their lifecycles with
the one write path, as a clerk would: saved, accepted, answered, called back, closed. Past the scenarios come closed
work orders of the last two years (for the statistics), so a large demo is proportionate.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from zwcx_core.domain import derive
from zwcx_core.domain.calendar import add_working_days
from zwcx_core.domain.supervision import deadlines
from zwcx_desktop.store.users import Actor

Step = tuple[str, Any]  # ("set", fields to save) or ("to", state to move to)

# Closed 12345 work orders past the scenarios: (request type, subject, content, place).
HISTORY = (
    ("complaint", "小区楼道照明损坏", "反映楼道声控灯损坏多日，夜间出行不便。", "新阳路小区"),
    ("help", "冬季供暖温度不达标", "反映室内温度低于16度，请求协调供热公司检修。", "经纬街住宅小区"),
    ("consultation", "咨询灵活就业社保补贴政策", "咨询灵活就业人员社保补贴的申领条件和所需材料。", None),
    ("complaint", "占道经营影响通行", "反映早市摊贩占用人行道经营，影响居民通行。", "爱建社区早市"),
    ("suggestion", "建议增设垃圾分类投放点", "建议在小区内增设垃圾分类投放点并安排督导员。", "通达社区"),
    ("complaint", "共享单车乱停乱放", "反映地铁站出口共享单车堆放，堵塞盲道。", "新阳路地铁站"),
    ("help", "下水管道堵塞返水", "反映单元下水管道堵塞，一楼住户家中返水。", "安静社区住宅楼"),
    ("report", "违规搭建彩钢房", "举报小区内有住户在公共绿地违规搭建彩钢房。", "建国社区"),
    ("consultation", "咨询高龄津贴发放时间", "咨询八十周岁以上老人高龄津贴每月发放时间。", None),
    ("complaint", "餐饮油烟扰民", "反映临街饭店油烟直排，影响楼上住户。", "经纬街"),
    ("praise", "表扬社区网格员", "来电表扬社区网格员帮助独居老人代办医保手续。", None),
    ("complaint", "小区电梯频繁故障", "反映小区电梯一个月内多次停运，请求督促维保单位检修。", "红星村安置小区"),
)
SATISFACTION = ("satisfied", "satisfied", "basically_satisfied", "satisfied", "unsatisfied")
ARREARS_TITLE = "便民服务大厅电脑采购"
RESULT = "经现场核查，已协调相关单位处理完毕，并向诉求人电话告知办理结果。"


def supervision_count(records: int) -> int:
    """Cases in a demo of about `records` records: every scenario, then one in eighty records."""
    return max(len(SCENARIOS), records // 80)


def fictional_phone(rng: random.Random) -> str:
    """A mobile number of the right form whose 0000 middle block marks it as made up at a glance."""
    return f"1{rng.choice('3589')}{rng.randrange(10)}0000{rng.randrange(10000):04d}"


def _received_for(channel: str, rtype: str | None, due: dt.date, **kw: Any) -> dt.date:
    """The latest day a case could be received for its reply deadline to fall on or before `due`, by the clock the
    store will use (the office's presets, when set). An office whose presets give the channel no reply clock, or
    one over a year, gets the case received a fortnight before."""
    for back in range(366):
        day = due - dt.timedelta(days=back)
        found = deadlines(channel, rtype, received=day, presets=derive.supervision_presets(), **kw).get("reply_by")
        if found is None:
            break
        if found.date <= due:
            return day
    return due - dt.timedelta(days=14)


def _scenarios(today: dt.date, arrears: tuple[str | None, str]) -> list[tuple[str, dict[str, Any], list[Step]]]:
    """(state reached, payload, steps after saving) of each scenario, dated back from `today`."""
    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    def wd(n: int) -> dt.date:
        return add_working_days(today, n).date

    def hotline(rtype: str, title: str, content: str, received: dt.date | str, **kw: Any) -> dict[str, Any]:
        # Never after the reference day, whatever clock the office's presets give the channel.
        received = min(received, today) if isinstance(received, dt.date) else received
        return {"channel": "hotline_12345", "request_type": rtype, "title": title, "content": content,
                "received_date": str(received)} | kw

    def answered(reply: int, callback: int, how: str, result: str = RESULT) -> list[Step]:
        return [("to", "handling"), ("set", {"result": result, "reply_date": ago(reply)}), ("to", "replied"),
                ("set", {"callback_date": ago(callback), "callback_way": "电话回访", "satisfaction": how})]

    return [
        ("received", hotline("complaint", "楼道堆放杂物存在消防隐患", "反映单元楼道内长期堆放纸箱和旧家具，堵塞疏散通道。",
                             today, place="新阳路128号小区3单元"), []),
        # The 3 working days of a consultation end on the next working day: on the 工作台 before anyone opened it.
        ("received", hotline("consultation", "咨询居家养老服务补贴申领条件", "咨询失能老人申请居家养老服务补贴需要哪些条件和材料。",
                             _received_for("hotline_12345", "consultation", wd(1))), []),
        ("handling", hotline("complaint", "小区门口路灯不亮", "新阳路小区门口两盏路灯连续一周不亮，夜间行人易摔倒。",
                             _received_for("hotline_12345", "complaint", wd(2)), place="新阳路小区南门"),
         [("to", "handling")]),
        ("handling", hotline("help", "独居老人家中暖气不热", "独居老人家中暖气片不热，室温偏低，请求协调供热单位上门检修。",
                             _received_for("hotline_12345", "help", today - dt.timedelta(days=3)),
                             place="安静社区独居老人住户"), [("to", "handling")]),
        # Urgent: due the day it came in, two days ago.
        ("handling", hotline("report", "夜间施工噪声扰民", "举报工地夜间十一点后仍在施工，噪声扰民。", ago(2), urgent=True,
                             place="经纬街在建工地"), [("to", "handling")]),
        # Answered two days ago: the callback was due yesterday and is on the 工作台.
        ("replied", hotline("complaint", "背街小巷垃圾清运不及时", "反映背街小巷垃圾桶满溢，清运不及时，异味较大。", ago(12),
                            place="新阳路背街小巷"),
         [("to", "handling"), ("set", {"result": "已协调环卫所增加清运频次至每日两次。", "reply_date": ago(2)}),
          ("to", "replied")]),
        ("closed", hotline("suggestion", "建议在社区广场增设便民座椅", "建议在社区文化广场增设休息座椅，方便老人休息。", ago(40),
                           place="通达社区文化广场"),
         answered(30, 29, "satisfied", "已在广场增设休息座椅8组。") + [("to", "closed")]),
        # Called back unsatisfied: handled again, against the work order's first deadline (due in days).
        ("rehandling", hotline("complaint", "物业未按约定清理积雪", "反映物业公司降雪后未及时清理小区道路积雪，老人出行困难。",
                               ago(15), place="爱建社区住宅小区"),
         answered(10, 9, "unsatisfied", "已督促物业公司清理主干道积雪。") + [("to", "rehandling")]),
        # Unsatisfied, handled again, answered again and closed basically satisfied.
        ("closed", hotline("complaint", "二次供水水质浑浊", "反映小区二次供水水箱清洗不及时，自来水发黄浑浊。", ago(50),
                           place="建国社区住宅小区"),
         answered(40, 39, "unsatisfied", "已要求物业公司对水箱进行清洗。") + [
             ("to", "rehandling"),
             ("set", {"result": "已会同区卫健部门对水箱清洗消毒并抽检水质，检测结果合格。", "reply_date": ago(33)}),
             ("to", "replied"),
             ("set", {"callback_date": ago(32), "callback_way": "电话回访", "satisfaction": "basically_satisfied"}),
             ("to", "closed")]),
        ("returned", hotline("complaint", "高速公路收费站排队过长", "反映绕城高速收费站高峰期排队过长。", ago(6)),
         [("set", {"return_reason": "不属于本街道职责，应由市交通运输部门办理", "returned_date": ago(5)}), ("to", "returned")]),
        ("closed", {"channel": "deputy_suggestion", "ref_no": f"{today.year}年第052号", "title": "关于加快老旧小区加装电梯的建议",
                    "content": "建议简化老旧小区加装电梯审批流程，加大财政补贴力度。", "received_date": ago(102),
                    "assigned_date": ago(100), "deputies": "王建华、李秀英、陈志强代表", "lead_unit": "道里区新阳路街道办事处",
                    "co_units": "区住建局"},
         [("to", "handling"),
          ("set", {"result": "已完成3个小区加装电梯的审批，并申请市级补贴资金。", "reply_date": ago(40), "answer_class": "A"}),
          ("to", "replied"),
          ("set", {"feedback_date": ago(30), "satisfaction": "satisfied", "deputy_feedback": "对办理结果满意。"}),
          ("to", "closed")]),
        ("handling", {"channel": "cppcc_proposal", "ref_no": f"{today.year}年第317号",
                      "title": "关于完善社区居家养老服务网络的提案",
                      "content": "建议整合社区闲置用房，建设嵌入式养老服务站点。", "received_date": ago(42),
                      "assigned_date": ago(40), "deputies": "刘海燕委员", "co_units": "区民政局"}, [("to", "handling")]),
        ("replied", {"channel": "disclosure_request", "ref_no": f"YSQ{today.year}-017",
                     "title": "老旧小区改造资金使用情况", "content": "申请公开上一年度老旧小区改造资金的使用明细。",
                     "received_date": ago(24)},
         [("to", "handling"),
          ("set", {"result": "您申请获取的信息已主动公开，现提供资金使用明细表一份。", "reply_date": ago(6)}),
          ("to", "replied")]),
        ("handling", {"channel": "petition", "title": "反映征收补偿款未足额发放", "content": "反映房屋征收补偿款尚有部分未发放到位。",
                      "received_date": ago(20), "accepted_date": ago(12)}, [("to", "handling")]),
        # The supplier of the longest-overdue SME contract complains (the contract the credit lead comes from).
        ("handling", {"channel": "arrears_complaint", "title": f"企业反映街道拖欠{arrears[1]}合同款"[:120],
                      "content": f"供货企业反映{arrears[1]}合同款项逾期未付，请求督促支付。", "received_date": ago(8),
                      "assigned_date": ago(6), "contract_id": arrears[0]}, [("to", "handling")]),
        ("handling", {"channel": "breach_complaint", "title": "反映招商引资奖励政策未兑现",
                      "content": "企业反映入驻时承诺的房租补贴至今未兑现。", "received_date": ago(15),
                      "set_deadline": (today + dt.timedelta(days=10)).isoformat()}, [("to", "handling")]),
        ("closed", {"channel": "other", "title": "背街小巷路灯整治督办", "content": "区政府督查室督办背街小巷照明设施整治。",
                    "received_date": ago(30), "set_deadline": ago(5), "supervision_level": "区级督办"},
         [("to", "handling"), ("set", {"result": "已完成12条背街小巷路灯维修更换。", "reply_date": ago(10)}),
          ("to", "replied"), ("to", "closed")]),
    ]


#: The scenarios' states in order (read by the tests); the dates are worked out per demo.
SCENARIOS = ("received", "received", "handling", "handling", "handling", "replied", "closed", "rehandling", "closed",
             "returned", "closed", "handling", "replied", "handling", "handling", "handling", "closed")

# The channels whose cases have a requester to call back or to answer (deputies and superiors act in office).
_PRIVATE = ("hotline_12345", "disclosure_request", "petition", "arrears_complaint", "breach_complaint")


def fill_supervision(app, n: int, rng: random.Random, today: dt.date, units: list[str], actor: Actor,
                     new_id: Callable[[], str], tick: Callable[[int], None], walk: Callable[..., None],
                     person: Callable[[], str]) -> dict[str, str]:
    """Create `n` supervision cases (the scenarios, then closed work orders); returns the scenario cases' ids by
    channel (the first of each), for the credit records that cite them."""
    scenarios = _scenarios(today, arrears_contract(app, today))
    payloads = []
    for i, (_state, p, _steps) in enumerate(scenarios):
        p = {"unit_id": units[0]} | {k: v for k, v in p.items() if v is not None}
        if p["channel"] == "hotline_12345":
            p["ref_no"] = f"GD{p['received_date'].replace('-', '')}{i + 101:05d}"
        if p["channel"] in _PRIVATE:
            p |= _requester(rng, person, p)
        payloads.append(p)
    ids = app.records.create_many("supervision", payloads, actor, [new_id() for _ in payloads])
    for rid, (_state, _p, steps) in zip(ids, scenarios, strict=True):
        for op, arg in steps:
            if op == "set":
                app.records.update(rid, arg, actor)
            else:
                app.records.transition(rid, arg, actor)
    tick(len(ids))
    _fill_history(app, n - len(ids), rng, today, units, actor, new_id, tick, walk, person)
    out: dict[str, str] = {}
    for rid, p in zip(ids, payloads, strict=True):
        out.setdefault(p["channel"], rid)
    return out


def arrears_contract(app, today: dt.date) -> tuple[str | None, str]:
    """(id, title) of the contract whose SME supplier the demo has waited longest for its money: the early
    warning's first proposal (store/creditleads.py), else the part-paid computer purchase (demo_contracts)."""
    from sqlalchemy import select

    from zwcx_desktop.store.creditleads import proposals
    from zwcx_desktop.store.models import Contract

    with app.db.read() as s:
        first = next((lead.basis_id for lead, *_unit in proposals(s, today) if lead.basis_kind == "contract"), None)
        q = select(Contract.id, Contract.title).where(Contract.deleted.is_(False))
        row = s.execute(q.where(Contract.id == first) if first else
                        q.where(Contract.title == ARREARS_TITLE).order_by(Contract.contract_no)).first()
    return (row[0], row[1]) if row else (None, ARREARS_TITLE)


def _requester(rng: random.Random, person: Callable[[], str], p: dict[str, Any]) -> dict[str, str]:
    """A requester's name and phone, never one that the case's public text happens to hold (it would be refused)."""
    public = " ".join(str(p.get(k) or "") for k in ("title", "content", "place", "result"))
    name = person()
    while name in public:
        name = person()
    return {"requester": name, "requester_phone": fictional_phone(rng)}


def _fill_history(app, n: int, rng: random.Random, today: dt.date, units: list[str], actor: Actor,
                  new_id: Callable[[], str], tick: Callable[[int], None], walk: Callable[..., None],
                  person: Callable[[], str]) -> None:
    """Closed work orders of the last two years, answered within their clock and called back; saved with the
    answer already entered (as a clerk enters a finished paper file) and walked in batches."""
    payloads = []
    for j in range(max(0, n)):
        rtype, title, content, place = HISTORY[j % len(HISTORY)]
        received = today - dt.timedelta(days=45 + (j * 7) % 700)
        replied = received + dt.timedelta(days=rng.randrange(1, 10))
        p = {"unit_id": units[0] if j % 3 or len(units) == 1 else units[1 + j % (len(units) - 1)],
             "channel": "hotline_12345", "request_type": rtype, "title": title, "content": content, "place": place,
             "received_date": received.isoformat(), "ref_no": f"GD{received:%Y%m%d}{j + 501:05d}",
             "result": RESULT, "reply_date": replied.isoformat(),
             "callback_date": (replied + dt.timedelta(days=1)).isoformat(), "callback_way": "电话回访",
             "satisfaction": SATISFACTION[j % len(SATISFACTION)]}
        p = {k: v for k, v in p.items() if v is not None}
        payloads.append(p | _requester(rng, person, p))
    for start in range(0, len(payloads), 2000):
        batch = payloads[start:start + 2000]
        ids = app.records.create_many("supervision", batch, actor, [new_id() for _ in batch])
        walk(app, "supervision", ids, ["closed"] * len(ids), actor)
        tick(len(ids))
