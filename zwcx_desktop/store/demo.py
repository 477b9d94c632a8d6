"""`zwcx demo`: a realistic, deterministic sample for a fictional Harbin street office.

All record kinds, all 14 service areas, every lifecycle state, objections, finance lines and some overdue items;
contracts of every type and payment basis with their deliveries, acceptances, payments on time and late, a
dispute, deposits and a 确权 request, and lawsuits (demo_contracts.py); supervision cases of every channel and
state (demo_supervision.py) and 政务失信 records with a credit objection (demo_credit.py).
The same seed and reference date always give the same records (ids included).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from stdnum.cn import ric

from zwcx_core.domain import enums as E
from zwcx_core.domain.lifecycle import LIFECYCLES
from zwcx_desktop.store.app import App
from zwcx_desktop.store.attachments import store_bytes
from zwcx_desktop.store.demo_contracts import contract_count, fill_contracts
from zwcx_desktop.store.demo_credit import SCENARIOS as CREDIT_SCENARIOS
from zwcx_desktop.store.demo_credit import fill_credit
from zwcx_desktop.store.demo_supervision import fictional_phone as _fictional_phone
from zwcx_desktop.store.demo_supervision import fill_supervision, supervision_count
from zwcx_desktop.store.users import Actor

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰红梅建国志强淑珍凤兰海燕文博子涵浩宇欣怡"
VILLAGES = ["安静社区", "经纬社区", "新阳社区", "爱建社区", "通达社区", "红星村", "永胜村", "民主村", "太平村", "建国社区"]
REGIONS = ["230102", "230103", "230104", "230108", "230109", "230110", "230111", "230112", "230113"]
POLICIES = {
    E.ServiceArea.EMPLOYMENT: ["公益性岗位补贴", "灵活就业社保补贴"], E.ServiceArea.PROPERTY: ["老旧小区物业补贴"],
    E.ServiceArea.SCHOOLING: ["困难学生助学金"], E.ServiceArea.FAMILY_PLANNING: ["计生特别扶助金"],
    E.ServiceArea.ELDERLY: ["高龄津贴", "居家养老服务补贴"], E.ServiceArea.DISABILITY: ["残疾人两项补贴"],
    E.ServiceArea.POVERTY: ["城乡低保", "特困供养"], E.ServiceArea.MEDICAL_INSURANCE: ["城乡居民医保参保补助"],
    E.ServiceArea.HOUSING: ["公租房租赁补贴"], E.ServiceArea.TRANSPORT: ["老年人乘车优惠卡"],
    E.ServiceArea.PARKING: ["社区停车位分配"], E.ServiceArea.FIRE_THEFT: ["独居老人烟感报警器安装"],
    E.ServiceArea.MILITARY_FAMILIES: ["优抚对象定期抚恤"], E.ServiceArea.CONVENIENCE: ["便民服务代办"],
}
COMMITMENTS = [
    ("integrity", "政务服务事项承诺办结时限压缩至5个工作日", "对辖区居民申请的各类证明事项，材料齐全的5个工作日内办结。"),
    ("service_time", "低保申请受理后20个工作日内完成审核", "城乡低保申请自受理之日起20个工作日内完成入户调查和审核。"),
    ("work_report", "年内完成3个老旧小区改造", "按政府工作报告目标，年内完成3个老旧小区综合改造。"),
    ("policy", "高龄津贴按月足额发放到位", "80周岁以上老年人高龄津贴每月10日前发放到位。"),
    ("contract", "社区卫生服务站运营协议按约履行", "按协议向承接机构按季度拨付运营经费。"),
    ("investment", "招商引资项目落地服务承诺", "为落地企业提供全程代办服务，30日内办结相关手续。"),
    ("hot_issue", "12345热线诉求3个工作日内回应", "对热线转办的群众诉求3个工作日内联系回应。"),
]


# A tiny valid PNG standing in for the photo of a posted notice (公示栏照片), so archived notices are compliant.
_BOARD_PHOTO = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8ffff3f0005fe02fe"
    "a7d6a4c40000000049454e44ae426082")


def _citizen_id(rng: random.Random) -> str:
    birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 75))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder check character


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


@functools.cache
def _path_to(kind: str, target: str) -> tuple[str, ...]:
    """The shortest lifecycle path from the initial state to `target` (breadth-first)."""
    lc = LIFECYCLES[kind]
    start = lc.initial.value
    prev: dict[str, str | None] = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        for t in lc.targets(lc.states(cur)):
            if t.value not in prev:
                prev[t.value] = cur
                queue.append(t.value)
    path, node = [], target
    while node != start:
        path.append(node)
        node = prev[node]  # type: ignore[assignment]
    return tuple(path[::-1])


class SampleRefused(ValueError):
    """The data directory holds records already: the sample goes only into a new, empty office."""


def records_held(app: App) -> int:
    """Records in the data directory besides the office's own unit (which `init` makes)."""
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import RECORD_MODELS

    with app.db.read() as s:
        n = sum(s.execute(select(func.count()).select_from(m)).scalar_one() for m in RECORD_MODELS.values())
    return max(0, n - 1)


def generate(app: App, records: int = 2000, seed: int = 1, today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Fill an initialised, empty data directory with about `records` records; returns counts per kind.

    All or nothing: the sample is built in a scratch copy of the database in a `.demo-*` folder beside it, then
    written into the live database in one write transaction (SQLite's backup API, as a restore does). A demo
    killed at any moment leaves the store as it was (the scratch folder goes at the next start-up). A data
    directory that holds records already is refused (SampleRefused): the sample's ids and numbers would collide
    with them, and mixed into real records it would be taken for them.
    """
    from zwcx_desktop.store.migrate import sqlite_copy
    from zwcx_desktop.store.restore import STAGING_PREFIXES, copy_into_live

    app.home_unit_id()
    held = records_held(app)
    if held:
        raise SampleRefused(f"the data directory {app.root} holds {held} record(s) already; the demo sample goes "
                            "only into a new, empty office: set one up with 'zwcx init' in another --data-dir")
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIXES[1], dir=app.root))
    try:
        scratch_db = staging / app.db.path.name
        sqlite_copy(app.db.path, scratch_db)
        scratch = App(staging)
        try:
            counts = _fill(scratch, records, seed, today or dt.date.today(), progress)
        finally:
            scratch.close()
        _move_attachments(staging / "attachments", app.db.attachments_dir)
        copy_into_live(scratch_db, app.db.path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts


def _move_attachments(src: Path, dst: Path) -> None:
    """Move the sample's files (named by their hash) into the live attachments folder before its database
    refers to them; a file there already is the same file."""
    for p in sorted(src.rglob("*")) if src.is_dir() else []:
        if p.is_file():
            target = dst / p.relative_to(src)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                p.replace(target)


def _fill(app: App, records: int, seed: int, today: dt.date,
          progress: Callable[[int, int], None] | None) -> dict[str, int]:
    """Create the sample records in `app` (the scratch copy), each kind in batches."""
    rng = random.Random(seed)
    app.records.today = lambda: today

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    home = app.home_unit_id()
    admin = Actor(app.setting("cli_default_user") or "admin", E.Role.ADMIN)
    counts = {"unit": 0, "commitment": 0, "disclosure": 0, "service": 0, "objection": 0, "contract": 0,
              "lawsuit": 0, "supervision": 0, "dishonesty": 0}
    _complete_contact(app, admin)
    units, villages = [home], []
    for v in VILLAGES:
        utype = "village" if v.endswith("村") else "community"
        # Committees declare their own contact person and phone; the office's supervision line applies to them.
        units += app.records.create_many("unit", [{"name": v + ("村民委员会" if utype == "village" else "居民委员会"),
                                                   "unit_type": utype, "parent_id": home,
                                                   "contact_person": _name(rng),
                                                   "contact_phone": f"0451-8466{rng.randrange(0, 10000):04d}",
                                                   "address": f"{v}办公室"}], admin, [new_id()])
        if utype == "village":
            villages.append(units[-1])
        counts["unit"] += 1
    n_com = max(len(E.CommitmentStatus) * 2, records * 3 // 100)
    n_dis = max(len(E.DisclosureStatus) * 2, records * 2 // 100)
    n_obj = max(len(E.ObjectionStatus) * 2, records // 100)
    n_con = contract_count(records)
    n_sup, n_credit = supervision_count(records), len(CREDIT_SCENARIOS) + 1  # and the credit objection
    n_svc = max(len(E.ServiceStatus) * len(E.ServiceArea),
                records - n_com - n_dis - n_obj - n_con - 2 - n_sup - n_credit - counts["unit"])
    total, done = n_com + n_dis + n_obj + n_svc + n_con + 2 + n_sup + n_credit, 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    # Commitments: every state, about a tenth overdue (due in the past, still in progress).
    states = [s.value for s in E.CommitmentStatus]
    payloads, targets = [], []
    for i in range(n_com):
        cat, title, content = COMMITMENTS[i % len(COMMITMENTS)]
        made = today - dt.timedelta(days=rng.randrange(30, 400))
        target = states[i % len(states)]
        due = made + dt.timedelta(days=rng.randrange(20, 300))
        if target in ("published", "in_progress") and i % 3 == 0:
            due = today - dt.timedelta(days=rng.randrange(1, 40))  # overdue
        if target == "fulfilled_on_time":
            due = max(due, today)
        if target == "fulfilled_late":
            due = min(due, today - dt.timedelta(days=1))
        payloads.append({"unit_id": rng.choice(units), "title": title, "category": cat,
                         "service_area": rng.choice(list(E.ServiceArea)).value, "content": content,
                         "target": "办结率100%", "basis": "《哈尔滨市政务诚信建设实施方案》",
                         "responsible_person": _name(rng), "made_date": made.isoformat(),
                         "due_date": max(due, made).isoformat(), "channels": ["board", "website"]})
        targets.append(target)
    _create_and_walk(app, "commitment", payloads, targets, admin, new_id, tick)
    counts["commitment"] = n_com

    states = [s.value for s in E.DisclosureStatus]
    payloads, targets, roster_ids = [], [], []
    board_photo = store_bytes(app.db, _BOARD_PHOTO, "board.png", admin.username)
    for i in range(n_dis):
        kind = [E.DisclosureKind.AFFAIRS, E.DisclosureKind.FINANCE, E.DisclosureKind.SERVICE][i % 3]
        target = states[i % len(states)]
        # Notices past their publicity period started long enough ago to have ended; running ones end soon.
        ended = target not in ("draft", "pending_review", "approved", "publicizing", "withdrawn")
        formed = today - dt.timedelta(days=rng.randrange(60, 120) if ended else rng.randrange(0, 6))
        posted = formed + dt.timedelta(days=35 if i % 5 == 0 else 2)  # every fifth one posted after its time limit
        area = rng.choice(list(E.ServiceArea))
        p = {"unit_id": home, "kind": kind.value, "doc_type": "public_notice", "service_area": area.value,
             "catalogue_area": kind.zh, "catalogue_item": POLICIES[area][0],
             "title": {E.DisclosureKind.AFFAIRS: f"关于{POLICIES[area][0]}政策调整的公示",
                       E.DisclosureKind.FINANCE: f"{formed.year}年第{(formed.month - 1) // 3 + 1}季度财务收支公开",
                       E.DisclosureKind.SERVICE: f"{formed:%Y年%m月}{POLICIES[area][0]}发放名单公示"}[kind],
             "body": "根据有关规定，现将有关情况予以公示。公示期间如有异议，请以书面形式向街道办事处反映。",
             "formed_date": formed.isoformat(), "period_days": 7,
             "period_start": posted.isoformat() if ended else None,
             "publish_date": posted.isoformat() if ended else None,
             "posting_evidence": [board_photo] if ended else [],
             "day_count": "working" if i % 2 else "calendar", "contains_personal_data": kind == E.DisclosureKind.SERVICE,
             "contact_person": _name(rng), "contact_phone": "0451-8465" + f"{rng.randrange(0, 10000):04d}",
             "contact_address": "道里区新阳路街道办事处一楼便民服务大厅", "channels": ["board", "wechat"]}
        if kind == E.DisclosureKind.FINANCE and villages and i % 2:  # 村务财务公开 by a village committee
            p |= {"unit_id": villages[i % len(villages)], "channels": ["board", "meeting"],
                  "title": f"{formed.year}年第{(formed.month - 1) // 3 + 1}季度村务财务公开",
                  "opening_balance": f"{rng.randrange(5000, 200000)}.00"}
        if kind == E.DisclosureKind.FINANCE:
            p["finance_lines"] = [
                {"direction": "income", "item": "上级财政拨款", "amount": f"{rng.randrange(50000, 500000)}.00"},
                {"direction": "expense", "item": "办公经费", "amount": f"{rng.randrange(5000, 50000)}.50"},
                {"direction": "expense", "item": "民生项目支出", "amount": f"{rng.randrange(10000, 200000)}.00"}]
        payloads.append(p)
        targets.append(target)
    # Rosters are walked to 公示中 only once their service records exist (below), as a clerk would: posting
    # freezes the linked records into the notice (store/roster.py).
    dis_ids = app.records.create_many("disclosure", payloads, admin, [new_id() for _ in payloads])
    dis_targets = targets
    roster_ids = [d for d, p in zip(dis_ids, payloads, strict=True) if p["kind"] == "service"]
    # Objections about notices go to those that ended 期满有异议 (or were re-posted), received in their period.
    objected = [(d, p) for d, p, t in zip(dis_ids, payloads, targets, strict=True)
                if t in ("expired_with_objection", "republished")]
    counts["disclosure"] = n_dis

    states = [s.value for s in E.ObjectionStatus]
    payloads, targets = [], []
    for i in range(n_obj):
        t = states[i % len(states)]
        target_id, dp = objected[i % len(objected)] if objected else (None, None)
        received = (dt.date.fromisoformat(dp["period_start"]) + dt.timedelta(days=1)) if dp \
            else today - dt.timedelta(days=rng.randrange(0, 60))
        drawn = rng.choice(list(E.ObjectionType)).value  # drawn as before: the rest of the sample stays the same
        # An objection to a notice is a 公示异议; a credit objection is about a 失信 record (demo_credit.py has one).
        kind = E.ObjectionType.NOTICE.value if target_id else (
            E.ObjectionType.COMPLAINT.value if drawn == E.ObjectionType.CREDIT.value else drawn)
        p = {"unit_id": home, "target_kind": "disclosure" if target_id else None, "target_id": target_id,
             "objection_type": kind,
             "channel": rng.choice(list(E.ObjectionChannel)).value, "complainant": rng.choice(["匿名", "王**", "李*"]),
             "content": "对公示名单中个别人员的家庭收入情况有异议，请求核查。", "received_date": received.isoformat(),
             "reply_days": rng.choice((10, 20))}
        if t in ("replied", "closed"):
            p |= {"finding": rng.choice(list(E.Finding)).value, "action": rng.choice(list(E.ObjectionAction)).value,
                  "reply": "经入户核查，已向异议人书面答复。",
                  "replied_date": (received + dt.timedelta(days=rng.randrange(2, 9))).isoformat()}
            if t == "closed":
                p["closed_date"] = p["replied_date"]
        payloads.append(p)
        targets.append(t)
    _create_and_walk(app, "objection", payloads, targets, admin, new_id, tick)
    counts["objection"] = n_obj

    states = [s.value for s in E.ServiceStatus]
    areas = list(E.ServiceArea)
    batch, batch_targets = [], []
    for i in range(n_svc):
        area = areas[i % len(areas)]
        batch.append({"unit_id": rng.choice(units[1:]), "service_area": area.value,
                      "policy": rng.choice(POLICIES[area]), "period": f"{today.year}-{rng.randrange(1, 13):02d}",
                      "beneficiary_name": _name(rng), "citizen_id": _citizen_id(rng),
                      "household_size": rng.randrange(1, 6), "village": rng.choice(VILLAGES),
                      "amount": f"{rng.randrange(50, 3000)}.00", "delivery_method": "bank",
                      "disclosure_id": rng.choice(roster_ids) if roster_ids and i % 4 == 0 else None})
        # Most services stay registered: a few of each state is enough to show every state at any size.
        batch_targets.append(states[(i // len(areas)) % len(states)] if i < len(areas) * len(states) * 3
                             else "registered")
        if len(batch) == 2000 or i == n_svc - 1:
            _create_and_walk(app, "service", batch, batch_targets, admin, new_id, tick)
            batch, batch_targets = [], []
    counts["service"] = n_svc
    _walk(app, "disclosure", dis_ids, dis_targets, admin)
    tick(len(dis_ids))
    counts["contract"], counts["lawsuit"] = fill_contracts(app, n_con, rng, today, units, admin, new_id, tick,
                                                           _walk)
    cases = fill_supervision(app, n_sup, rng, today, units, admin, new_id, tick, _walk, lambda: _name(rng))
    counts["supervision"] = n_sup
    made, objected = fill_credit(app, today, home, admin, new_id, tick, lambda: _name(rng),
                                 lambda: _fictional_phone(rng), cases.get("breach_complaint"))
    counts["dishonesty"], counts["objection"] = made, counts["objection"] + objected
    return counts


#: The contact block of the fictional office, for a data directory set up before the block was required.
DEMO_CONTACT = {"contact_person": "张丽", "contact_phone": "0451-84661234", "address": "哈尔滨市道里区新阳路123号",
                "supervisor": "道里区纪委监委", "supervision_phone": "0451-84612388"}


def _complete_contact(app: App, admin: Actor) -> None:
    """Fill the parts of the office's contact block still missing (notices refuse to print without them)."""
    from dataclasses import asdict

    from zwcx_desktop.store.contact import home_contact, save_home_contact

    contact = home_contact(app)
    if contact.missing():
        save_home_contact(app, {k: v or DEMO_CONTACT[k] for k, v in asdict(contact).items()}, admin)


def _create_and_walk(app: App, kind: str, payloads: list[dict], targets: list[str], actor: Actor,
                     new_id: Callable[[], str], tick: Callable[[int], None]) -> list[str]:
    ids = app.records.create_many(kind, payloads, actor, [new_id() for _ in payloads])
    _walk(app, kind, ids, targets, actor)
    tick(len(payloads))
    return ids


def _walk(app: App, kind: str, ids: list[str], targets: list[str], actor: Actor) -> None:
    """Move each record along its lifecycle to its target state, records with the same path in one batch."""
    by_path: dict[tuple[str, ...], list[str]] = {}
    for rid, t in zip(ids, targets, strict=True):
        by_path.setdefault(_path_to(kind, t), []).append(rid)
    for path, rids in by_path.items():
        for step in path:
            app.records.transition_many(rids, step, actor)
