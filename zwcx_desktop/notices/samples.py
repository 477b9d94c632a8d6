"""Sample records of every notice kind, for the preview script, the bench and the tests (fixed dates, so the
printed periods are known in advance)."""

from __future__ import annotations

from stdnum.cn import ric

from zwcx_core.domain.enums import Role
from zwcx_desktop.store.users import Actor

ADMIN = Actor("admin", Role.ADMIN, "管理员")
UNIT = {"name": "松北区万宝镇人民政府", "unit_type": "township", "division_code": "230109",
        "contact_person": "王立新", "contact_phone": "0451-88123456", "address": "哈尔滨市松北区万宝镇政府路1号",
        "supervisor": "松北区纪委监委", "supervision_phone": "0451-88912388"}
#: A village committee of the township: its own contact person and phone; the township's supervision line.
VILLAGE = {"name": "万宝村村民委员会", "unit_type": "village", "division_code": "230109",
           "contact_person": "孙会计", "contact_phone": "0451-88123466", "address": "万宝村村委会办公室"}
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = ("秀英", "桂兰", "建国", "玉珍", "志强", "淑华", "国庆", "丽娟", "德福", "春梅", "海涛", "凤兰")
_VILLAGES = ("万宝村", "新发村", "东胜村", "红旗社区", "永平村")


def citizen_id(n: int) -> str:
    """A valid (check character right) but made-up 18-digit ID, different for each n."""
    body = f"230109{1940 + n % 60:04d}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum expects a check position to ignore


#: Lifecycle steps from a new record to a reviewed one, per kind. Disclosures stop at 已审 (approved) rather than
#: 公示中, which would stamp today's date as the publication date and make the printed samples vary by day.
REVIEW_STEPS = {"commitment": ("pending_review", "published"), "disclosure": ("pending_review", "approved"),
                "objection": ("accepted", "investigating", "replied", "closed")}


def review(app, record_id: str, actor: Actor = ADMIN) -> None:
    """Take a new sample record through review, so that it prints as a notice to post (no draft watermark)."""
    for step in REVIEW_STEPS[app.records.get(record_id).kind]:
        app.records.transition(record_id, step, actor)


def make_samples(app, actor: Actor = ADMIN, roster_size: int = 12, reviewed: bool = True) -> dict[str, str]:
    """Create one unit and one record of every notice kind; returns their ids by name.

    The notice records are reviewed (they print as notices to post) unless `reviewed` is False, which leaves
    them as new drafts.
    """
    from zwcx_desktop.store.settings import put

    uid = app.records.create("unit", UNIT, actor)
    if app.setting("home_unit_id") is None:  # a bare data directory: make the sample unit the home unit
        with app.db.write() as s:
            put(s, "home_unit_id", uid)
    ids = {"unit": uid, "village": app.records.create("unit", VILLAGE | {"parent_id": uid}, actor)}
    ids["commitment"] = app.records.create("commitment", {
        "unit_id": uid, "title": "低保金按月足额发放", "category": "policy", "service_area": "poverty",
        "content": "每月10日前将城乡居民最低生活保障金足额发放到保障对象账户，不截留、不挪用、不拖欠。\n"
                   "发放情况每季度在村（社区）公示栏公开，接受群众监督。",
        "target": "按月发放率100%，群众满意率不低于95%。", "basis": "《社会救助暂行办法》《黑龙江省最低生活保障办法》",
        "responsible_person": "刘春华", "made_date": "2026-03-02", "due_date": "2026-12-31",
        "published_date": "2026-03-05", "channels": ["board", "website"]}, actor)
    ids["affairs"] = app.records.create("disclosure", {
        "unit_id": uid, "kind": "affairs", "title": "关于2026年万宝镇村级道路硬化工程建设情况的公示",
        "body": "为加强政务公开，保障群众知情权、参与权和监督权，现将2026年村级道路硬化工程建设情况公示如下。\n"
                "一、工程概况。本年度共实施村级道路硬化工程3处，总长度4.6公里，宽度4.5米，均为水泥混凝土路面。\n"
                "二、资金来源。上级专项补助资金120万元，镇级配套资金36万元。\n"
                "（一）施工单位。通过公开招标确定，中标单位为哈尔滨市某路桥工程有限公司。\n"
                "（二）监理单位。由区交通运输局委托第三方监理。\n"
                "三、工程进度。目前已全部完工并通过验收，交付使用。",
        "formed_date": "2026-03-02", "period_start": "2026-03-05", "period_days": 7, "day_count": "calendar",
        "channels": ["board"]}, actor)
    ids["finance"] = app.records.create("disclosure", {
        "unit_id": uid, "kind": "finance", "title": "关于万宝村2026年第一季度村级财务收支情况的公示",
        "body": "根据《村级财务管理规范》有关规定，现将万宝村2026年第一季度财务收支情况公示如下。",
        "formed_date": "2026-04-03", "period_start": "2026-04-07", "period_days": 5, "day_count": "working",
        "contact_person": "赵会计", "contact_phone": "0451-88123499", "contact_address": "万宝村村委会办公室",
        "finance_lines": [
            {"direction": "income", "item": "上级转移支付", "amount": "85000.00"},
            {"direction": "income", "item": "集体土地承包费", "amount": "42600.50", "note": "一季度应收已全部收回"},
            {"direction": "expense", "item": "村干部报酬", "amount": "36000.00"},
            {"direction": "expense", "item": "村部取暖费", "amount": "12800.00"},
            {"direction": "expense", "item": "道路维修", "amount": "25300.00", "note": "万宝屯至新发屯路段"},
        ]}, actor)
    ids["village_finance"] = app.records.create("disclosure", {
        "unit_id": ids["village"], "kind": "finance", "title": "万宝村2026年第一季度财务收支情况公开",
        "body": "根据《村民委员会组织法》和村务公开有关规定，经村务监督委员会审核，现将本村2026年第一季度财务收支情况公开如下。",
        "formed_date": "2026-04-03", "period_start": "2026-04-07", "period_days": 7, "day_count": "calendar",
        "channels": ["board", "meeting"], "opening_balance": "56320.40",
        "finance_lines": [
            {"direction": "income", "item": "上级转移支付", "amount": "85000.00"},
            {"direction": "income", "item": "集体机动地发包收入", "amount": "18600.00"},
            {"direction": "expense", "item": "村干部报酬", "amount": "36000.00"},
            {"direction": "expense", "item": "村部冬季取暖", "amount": "12800.00"},
            {"direction": "expense", "item": "屯内边沟清淤", "amount": "7450.00", "note": "万宝屯"},
        ]}, actor)
    ids["roster"] = app.records.create("disclosure", {
        "unit_id": uid, "kind": "service", "service_area": "poverty",
        "title": "关于2026年3月新增城乡居民最低生活保障对象的公示",
        "body": "根据《社会救助暂行办法》和《黑龙江省最低生活保障办法》，经本人申请、入户调查、民主评议和镇人民政府审核，"
                "拟将下列人员纳入城乡居民最低生活保障范围，现予公示。",
        "formed_date": "2026-03-02", "period_start": "2026-03-05", "period_days": 7, "day_count": "calendar",
        "contains_personal_data": True}, actor)
    app.records.create_many("service", [{
        "unit_id": uid, "service_area": "poverty", "policy": "城乡居民最低生活保障", "period": "2026-03",
        "beneficiary_name": _SURNAMES[i % len(_SURNAMES)] + _GIVEN[i % len(_GIVEN)],
        "citizen_id": citizen_id(i), "household_size": 1 + i % 4, "village": _VILLAGES[i % len(_VILLAGES)],
        "amount": f"{(1 + i % 4) * 385:.2f}", "disclosure_id": ids["roster"]} for i in range(roster_size)], actor)
    ids["objection"] = app.records.create("objection", {
        "unit_id": uid, "target_kind": "disclosure", "target_id": ids["roster"], "objection_type": "notice",
        "channel": "phone", "complainant": "张**", "content": "反映新发村某户家庭有经营性收入，不符合低保条件。",
        "received_date": "2026-03-07", "finding": "not_upheld", "action": "maintain",
        "reply": "经入户核查，该户经营性收入已于2025年停止，家庭人均收入低于当地低保标准，符合纳入条件，维持原审核意见。",
        "replied_date": "2026-03-16", "closed_date": "2026-03-17"}, actor)
    if reviewed:
        for name in ("commitment", "affairs", "finance", "village_finance", "roster", "objection"):
            review(app, ids[name], actor)
    return ids
