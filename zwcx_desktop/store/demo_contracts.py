"""The demo's contract ledger: contracts of every type and payment basis, and two lawsuits.

Each scenario is a contract the office would really hold, dated back from the demo's reference day so that the
payment clocks show every case at once: paid on time, paid late with interest, overdue, due within the week, a late
acceptance, progress settlements, an instalment schedule, a dispute, deposits (one returned, one overdue), a 确权
request awaiting its answer, terms that break the regulation (flagged, not refused), a draft and a terminated
contract. Past the scenarios the list repeats with older dates, so a large demo is proportionate.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from stdnum.cn import uscc

from zwcx_desktop.store.users import Actor

COMPANIES = ["哈尔滨新阳办公设备有限公司", "黑龙江龙江路桥建设有限公司", "哈尔滨安居物业服务有限公司", "哈尔滨北方信息技术有限公司",
             "黑龙江松花江环境工程有限公司", "哈尔滨金桥印务有限公司", "哈尔滨惠民餐饮管理有限公司", "黑龙江冰城绿化工程有限公司",
             "哈尔滨道里区明德培训学校", "哈尔滨恒信会计师事务所", "黑龙江宏远投资集团有限公司", "哈尔滨华强电子商务有限公司"]
_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Scenarios: (type, basis, SME, status reached, title).
SCENARIOS = (
    ("procurement_goods", "delivery", True, "settled", "办公桌椅采购"),
    ("procurement_services", "delivery", True, "settled", "社区网格化信息系统运维服务"),
    ("procurement_goods", "delivery", True, "performing", "便民服务大厅电脑采购"),
    ("procurement_works", "acceptance", True, "performing", "办公楼屋面防水维修工程"),
    ("procurement_services", "acceptance", True, "performing", "老旧小区消防设施检测服务"),
    ("construction", "progress", True, "performing", "新阳路街巷硬化改造工程"),
    ("ppp", "schedule", False, "performing", "社区养老服务中心PPP项目"),
    ("procurement_goods", "delivery", True, "disputed", "社区文化活动室设备采购"),
    ("procurement_services", "delivery", True, "performing", "街道综合档案数字化服务"),
    ("procurement_goods", "delivery", True, "performing", "垃圾分类收集设施采购"),
    ("industry_support", "delivery", True, "performing", "小微企业创业孵化补助协议"),
    ("policy_promise", "delivery", False, "draft", "招商引资政策奖励兑现协议"),
    ("other", "delivery", True, "terminated", "宣传栏制作安装"),
    ("investment", "delivery", False, "performing", "冷链物流园招商引资协议"),
)


def contract_count(records: int) -> int:
    """Contracts in a demo of about `records` records: every scenario, then one in a hundred records."""
    return max(len(SCENARIOS), records // 100)


def _uscc(rng: random.Random) -> str:
    body = "91230102" + "".join(rng.choice(_ALPHABET) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def _scenario(n: int, today: dt.date, shift: int, new_id: Callable[[], str]) -> dict[str, Any]:
    """The dated part of scenario `n`: signing, events, schedule, deposits and special terms."""

    def d(days_ago: int) -> str:
        return (today - dt.timedelta(days=days_ago + shift)).isoformat()

    def ev(type_: str, days_ago: int, amount: str | None = None, **kw: Any) -> dict[str, Any]:
        return {"type": type_, "date": d(days_ago), "amount": amount} | kw

    if n == 0:  # delivered, paid within the 30 days
        return {"amount": "48000.00", "signed_date": d(120), "payment_days": 30,
                "events": [ev("delivery", 100), ev("invoice", 99, voucher="04512611"),
                           ev("payment", 80, "48000.00", voucher="付2026-118")]}
    if n == 1:  # paid 15 days late, with the 0.05 % a day the regulation sets when none is agreed
        return {"amount": "36000.00", "signed_date": d(150),
                "events": [ev("delivery", 130), ev("payment", 85, "36000.00", voucher="付2026-087"),
                           ev("interest", 85, "270.00", note="逾期15日，按日万分之五计付")]}
    if n == 2:  # partly paid, the rest overdue
        return {"amount": "25000.00", "signed_date": d(90),
                "events": [ev("delivery", 60), ev("payment", 40, "10000.00", voucher="付2026-140")]}
    if n == 3:  # accepted: due within the week
        return {"amount": "86000.00", "signed_date": d(70), "acceptance_days": 15, "payment_days": 30,
                "events": [ev("delivery", 40), ev("acceptance", 26, passed=True)]}
    if n == 4:  # acceptance delayed past its period: the clock ran from the period's end
        return {"amount": "15800.00", "signed_date": d(110), "acceptance_days": 10, "payment_days": 30,
                "events": [ev("delivery", 75)]}
    if n == 5:  # progress settlements; quality and migrant-wage deposits held
        q, w = new_id(), new_id()
        return {"amount": "600000.00", "signed_date": d(170), "payment_days": 30, "funding_source": "专项债券",
                "events": [ev("settlement", 100, "200000.00", note="第一期进度款结算确认"),
                           ev("payment", 80, "200000.00", voucher="付2026-061"),
                           ev("settlement", 20, "150000.00", note="第二期进度款结算确认")],
                "deposits": [{"id": q, "kind": "quality", "amount": "18000.00", "received_date": d(160),
                              "due_back": (today + dt.timedelta(days=200)).isoformat()},
                             {"id": w, "kind": "wages", "amount": "12000.00", "received_date": d(160)}]}
    if n == 6:  # an instalment schedule: one paid, one just overdue, one ahead
        return {"amount": "900000.00", "signed_date": d(200), "funding_source": "一般公共预算",
                "instalments": [{"id": new_id(), "due_date": d(60), "amount": "300000.00", "note": "第一期"},
                                {"id": new_id(), "due_date": d(5), "amount": "300000.00", "note": "第二期"},
                                {"id": new_id(), "due_date": (today + dt.timedelta(days=60)).isoformat(),
                                 "amount": "300000.00", "note": "第三期"}],
                "events": [ev("payment", 58, "300000.00", voucher="付2026-052")]}
    if n == 7:  # a dispute over part of the goods: the undisputed part paid on time
        return {"amount": "30000.00", "signed_date": d(80), "disputed_amount": "8000.00",
                "events": [ev("delivery", 50), ev("payment", 25, "22000.00", voucher="付2026-131")]}
    if n == 8:  # deposits: the performance deposit returned, the bid deposit overdue
        perf, bid = new_id(), new_id()
        return {"amount": "52000.00", "signed_date": d(200),
                "deposits": [{"id": perf, "kind": "performance", "amount": "5000.00", "received_date": d(200),
                              "due_back": d(20)},
                             {"id": bid, "kind": "bid", "amount": "2000.00", "received_date": d(210),
                              "due_back": d(10)}],
                "events": [ev("delivery", 100), ev("payment", 75, "52000.00", voucher="付2026-099"),
                           ev("deposit_return", 25, "5000.00", deposit_id=perf)]}
    if n == 9:  # the SME asked to confirm what it is owed (确权): the 30 days to answer end this week
        return {"amount": "19600.00", "signed_date": d(70),
                "events": [ev("delivery", 45), ev("confirm_request", 25, "19600.00", note="企业申请确认应付账款")]}
    if n == 10:  # terms that break the regulation: over 60 days and a rate below the LPR, flagged as signed
        return {"amount": "50000.00", "signed_date": d(60), "payment_days": 90, "late_rate": "2.00",
                "lpr_at_signing": "3.00", "events": [ev("delivery", 30)]}
    if n == 11:  # entered, not yet confirmed as signed
        return {"amount": "200000.00", "signed_date": d(5)}
    if n == 12:  # ended before delivery
        return {"amount": "6800.00", "signed_date": d(300)}
    return {"amount": "1500000.00", "signed_date": d(40), "payment_days": 45,  # the investment agreement
            "events": [ev("delivery", 10, note="首期厂房交付")]}


def fill_contracts(app, n: int, rng: random.Random, today: dt.date, units: list[str], actor: Actor,
                   new_id: Callable[[], str], tick: Callable[[int], None],
                   walk: Callable[..., None]) -> tuple[int, int]:
    """Create `n` contracts (the scenarios, repeated with older dates) and two lawsuits; returns their counts."""
    payloads, targets = [], []
    for i in range(n):
        k = i % len(SCENARIOS)
        type_, basis, sme, target, title = SCENARIOS[k]
        shift = (i // len(SCENARIOS)) * 30  # repeats are a month older each round, still all in the past
        company = COMPANIES[i % len(COMPANIES)]
        p = {"unit_id": units[0] if i % 4 or len(units) == 1 else units[1 + i % (len(units) - 1)],
             "title": title, "contract_no": f"XYJD-{today.year}-{i + 1:03d}", "contract_type": type_,
             "counterparty": company, "counterparty_uscc": _uscc(rng), "sme_declared": sme,
             "payment_basis": basis, "responsible_dept": "党政办公室", "responsible_person": "张丽",
             "budget_line": "2010301 行政运行"}
        p |= _scenario(k, today, shift, new_id)
        if sme:
            p["sme_declared_date"] = p["signed_date"]
        payloads.append(p)
        targets.append(target)
    ids = app.records.create_many("contract", payloads, actor, [new_id() for _ in payloads])
    walk(app, "contract", ids, targets, actor)
    tick(len(ids))
    by_title = {p["title"]: rid for rid, p in zip(ids, payloads, strict=True)}
    d = lambda days: (today + dt.timedelta(days=days)).isoformat()  # noqa: E731 - a date helper, read once below
    suits = [
        # Lost on the part-paid contract: the judgment must be performed before the unit becomes 失信被执行人.
        {"unit_id": units[0], "contract_id": by_title["便民服务大厅电脑采购"], "court": "哈尔滨市道里区人民法院",
         "case_no": f"({today.year})黑0102民初{rng.randrange(1000, 9999)}号", "cause": "买卖合同纠纷",
         "role": "defendant", "counterparty": COMPANIES[2], "filed_date": d(-50), "judgment_date": d(-10),
         "judgment_no": f"({today.year})黑0102民初判字第{rng.randrange(100, 999)}号", "amount": "15000.00",
         "perform_deadline": d(5)},
        # Pending: the dispute over the activity-room equipment.
        {"unit_id": units[0], "contract_id": by_title["社区文化活动室设备采购"], "court": "哈尔滨市道里区人民法院",
         "case_no": f"({today.year})黑0102民初{rng.randrange(1000, 9999)}号", "cause": "买卖合同纠纷",
         "role": "defendant", "counterparty": COMPANIES[7], "filed_date": d(-15)},
    ]
    suit_ids = app.records.create_many("lawsuit", suits, actor, [new_id() for _ in suits])
    walk(app, "lawsuit", suit_ids, ["judged", "pending"], actor)
    tick(len(suit_ids))
    return n, len(suit_ids)
