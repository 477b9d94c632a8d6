"""From a record version to a `Notice`: the words of each kind of notice, the period and how to object."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from zwcx_core.domain import calendar
from zwcx_core.domain.contact import Contact, ContactMissing
from zwcx_core.domain.derive import official_end
from zwcx_core.domain.enums import (
    Channel,
    CommitmentCategory,
    DayCount,
    DisclosureKind,
    Finding,
    ObjectionAction,
    ObjectionChannel,
    ObjectionType,
    ServiceArea,
    UnitType,
)
from zwcx_core.domain.lifecycle import PrintAs
from zwcx_core.domain.schema import private_values, without_private
from zwcx_core.notices import private, tables, verify
from zwcx_core.notices.gate import gate
from zwcx_core.notices.model import Notice, Para, Period, Table, zh_date

_NUM = "一二三四五六七八九十"
_H1 = re.compile(rf"^[{_NUM}]+、")
_H2 = re.compile(rf"^[（(][{_NUM}]+[）)]")
#: How an objection reached the office, as the outcome notice says it ("有群众通过电话向…反映").
_HOW = {ObjectionChannel.IN_PERSON: "当面", ObjectionChannel.PHONE: "通过电话", ObjectionChannel.MAILBOX: "通过信箱",
        ObjectionChannel.HOTLINE: "通过12345热线", ObjectionChannel.ONLINE: "通过网络"}
#: Commitments and objection outcomes have no period of their own in the record: they are posted for 7 days.
DEFAULT_DAYS = 7
#: What follows a period without objections, by kind of disclosure ("公示期满无异议的，…。").
_OUTCOME = {DisclosureKind.AFFAIRS: "按公示内容组织实施", DisclosureKind.FINANCE: "收支情况予以确认，公示资料归档备查",
            DisclosureKind.SERVICE: "按程序报批并落实相关待遇"}
#: The sign-off of a village committee's finance notice, beside the issuing unit; the 主任 signs in the space after it.
VILLAGE_SIGNOFF = "村务监督委员会主任："


def _d(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def body_paras(text: str, field: str) -> list[Para]:
    """Paragraphs of free text; a paragraph starting 一、 or （一） becomes a heading (GB/T 9704 levels 1 and 2).

    A short heading stands on its own line; in a longer one only the first sentence is in the heading font.
    """
    out = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        style = "h1" if _H1.match(line) else "h2" if _H2.match(line) else "body"
        if style != "body" and "。" in line[:-1]:
            cut = line.index("。") + 1
            out.append(Para(line[cut:], field, "body", lead=line[:cut], lead_style=style))
        else:
            out.append(Para(line, field, style))
    return out


def _unit_doc(app, unit_id: str | None) -> dict[str, Any]:
    from zwcx_desktop.store.records import NotFound

    for uid in (unit_id, app.setting("home_unit_id")):
        if uid:
            try:
                return app.records.get(uid).doc
            except NotFound:
                continue
    return {}


def _contact(app, doc: dict[str, Any], unit: dict[str, Any]) -> Contact:
    """The record's own contact (a disclosure may name one), else the issuing unit's, else its parent units' (a
    village's township), else the office's, part by part; ContactMissing names what none of them declares."""
    from zwcx_desktop.store.contact import home_unit_doc
    from zwcx_desktop.store.records import NotFound

    own = {"contact_person": doc.get("contact_person"), "contact_phone": doc.get("contact_phone"),
           "address": doc.get("contact_address")}
    chain = [unit]
    while chain[-1].get("parent_id") and len(chain) < 5:  # a township has few levels; a loop must not hang
        try:
            chain.append(app.records.get(chain[-1]["parent_id"]).doc)
        except NotFound:
            break
    contact = Contact.from_docs(own, *chain, home_unit_doc(app))
    if contact.missing():
        raise ContactMissing(contact.missing())
    return contact


#: Where a notice is posted, by channel (the board is named apart: it is where the paper goes).
_PLACES = {Channel.WEBSITE: "{unit}门户网站", Channel.WECHAT: "{unit}微信公众号", Channel.SERVICE_STATION: "便民服务站",
           Channel.MEETING: "村（居）民会议"}


def _posted(channels: list[str] | None, unit_name: str, village: bool) -> str:
    """本公示张贴于…公示栏，同时通过…公开。 (the board of a village committee is its 村务公开栏)"""
    chans = [Channel(c) for c in channels or []] or [Channel.BOARD]
    others = [_PLACES[c].format(unit=unit_name) for c in chans if c != Channel.BOARD]
    parts = [f"本公示张贴于{unit_name}{'村务公开栏' if village else '公示栏'}"] if Channel.BOARD in chans else []
    if others:
        parts.append(("同时" if parts else "本公示") + f"通过{'、'.join(others)}公开")
    return "，".join(parts) + "。"


def _objection_paras(unit_name: str, period: Period, contact: Contact, outcome: str, posted: str) -> list[Para]:
    """Period, what happens when it ends, where the notice is posted, how to object, and the supervision line."""
    count = f"{period.days}个{period.count_zh}"
    phone = f"联系电话：{contact.contact_phone}"
    return [
        Para(f"公示期：{zh_date(period.start)}至{zh_date(period.end)}（共{count}）。公示期满无异议的，{outcome}。",
             "period"),
        Para(posted, "channels"),
        Para(f"公示期间，如对公示内容有异议，请以书面、电话或当面等方式向{unit_name}反映（联系人："
             f"{contact.contact_person}；{phone}；地址：{contact.address}）。以书面方式反映的，请署真实姓名和联系方式。",
             "contact", exempt=(phone,)),
        Para(contact.supervision_line() + "。", "supervision_phone", exempt=(contact.supervision_phone,)),
    ]


def _contact_line(contact: Contact) -> str:
    return "；".join((contact.contact_person, f"电话：{contact.contact_phone}", contact.address))


def build(app, record_id: str, version: int | None = None) -> Notice:
    """The notice of one version of a record (the current version when `version` is None)."""
    from zwcx_desktop.store.training import training_mark

    row, doc = app.records.version_doc(record_id, version)
    # A notice is public: no builder ever sees a private field (the complainant), so none can print one; a value
    # typed into free text as well is caught once the notice is built.
    secrets = private_values(row.kind, doc)
    doc = without_private(row.kind, doc)
    unit = _unit_doc(app, doc.get("unit_id"))
    unit_name = unit.get("name") or ""
    code = verify.verify_code(row.version_id, row.content_hash)
    builder = {"commitment": _commitment, "disclosure": _disclosure, "objection": _objection}.get(row.kind)
    if builder is None:
        raise ValueError(f"a {row.kind} has no public notice of its own; print the disclosure it belongs to")
    state, mark = gate(app, record_id, row.kind, doc)
    server = verify.server_url(app)
    qr = verify.verify_url(server, code) if server and state is PrintAs.VALID else ""
    contact = _contact(app, doc, unit)
    village = unit.get("unit_type") == UnitType.VILLAGE.value
    title, blocks, period, signed, summary, nrows = builder(app, record_id, doc, unit_name, contact, village)
    village_finance = village and row.kind == "disclosure" and doc["kind"] == DisclosureKind.FINANCE.value
    notice = Notice(record_id, row.kind, title, unit_name, blocks, period, signed, code, row.content_hash,
                    qr, row.created_at, summary=summary,
                    contact=_contact_line(contact), contact_exempt=(f"电话：{contact.contact_phone}",), rows=nrows,
                    print_as=state.value, watermark=mark, training=training_mark(app),
                    banner="村务公开" if village_finance else "",
                    signoff=VILLAGE_SIGNOFF if village_finance else "")
    private.check(notice, secrets)
    return notice


def _calendar_period(start: dt.date) -> Period:
    end = calendar.publicity_end(start, DEFAULT_DAYS, DayCount.CALENDAR).date
    return Period(start, end, DEFAULT_DAYS, DayCount.CALENDAR.zh)


def _numbered(sections: list[tuple[str, list[Para]]]) -> list[Para]:
    out: list[Para] = []
    for n, (head, paras) in enumerate((s for s in sections if s[1]), 0):
        out.append(Para(f"{_NUM[n]}、{head}", "heading", "h1"))
        out += paras
    return out


def _commitment(app, record_id: str, doc: dict[str, Any], unit_name: str, contact: Contact, village: bool):
    start = _d(doc.get("published_date")) or _d(doc["made_date"])
    period = _calendar_period(start)
    cat = CommitmentCategory(doc["category"]).zh
    area = f"，服务领域：{ServiceArea(doc['service_area']).zh}" if doc.get("service_area") else ""
    intro = Para(f"为深入推进政务诚信建设，主动接受群众监督，{unit_name}就以下事项作出公开承诺，现予公示。", "intro")
    sections = [
        ("承诺事项", [Para(f"{doc['title']}（承诺类别：{cat}{area}）。", "title")]),
        ("承诺内容", body_paras(doc["content"], "content")),
        ("量化目标", body_paras(doc.get("target") or "", "target")),
        ("承诺依据", body_paras(doc.get("basis") or "", "basis")),
        ("责任人及完成时限", [Para(f"责任人：{doc['responsible_person']}；完成时限：{zh_date(_d(doc['due_date']))}。",
                                   "responsible_person")]),
        ("公示期及监督方式", _objection_paras(unit_name, period, contact, "按承诺内容组织实施，履行进展定期公开",
                                              _posted(doc.get("channels"), unit_name, village))),
    ]
    summary = f"{doc['title']}。{doc['content']}"
    return f"{unit_name}承诺事项公示", [intro] + _numbered(sections), period, start, summary, 0


def _disclosure(app, record_id: str, doc: dict[str, Any], unit_name: str, contact: Contact, village: bool):
    title = doc["title"]
    if title.startswith("关于") and unit_name:
        title = unit_name + title
    start = _d(doc.get("period_start")) or _d(doc.get("publish_date")) or _d(doc["formed_date"])
    count = DayCount(doc.get("day_count") or DayCount.CALENDAR.value)
    days = int(doc.get("period_days") or DEFAULT_DAYS)
    end_doc = _d(doc.get("period_end")) if doc.get("period_start") else None
    result = calendar.publicity_end(start, days, count)
    # A posted period keeps its printed end; the clerk is told when the official calendar now gives another.
    period = Period(start, end_doc or result.date, days, count.zh, result.confirmed,
                    official_end(doc) if end_doc else None)
    finance = doc["kind"] == DisclosureKind.FINANCE.value
    blocks: list[Para | Table] = body_paras(doc["body"], "body") + _objection_paras(
        unit_name, period, contact, _OUTCOME[DisclosureKind(doc["kind"])], _posted(doc.get("channels"), unit_name,
                                                                                  village))
    nrows = 0
    if finance and (village or doc.get("opening_balance") is not None):
        blocks.append(tables.balance_table(doc))  # 期初余额 / 本期收入 / 本期支出 / 期末余额, checked
    if finance and doc.get("finance_lines"):
        blocks.append(tables.finance_table(doc["finance_lines"]))
    if doc.get("contains_personal_data"):
        # A version posted with a snapshot prints that list for ever; a draft (or a version from before
        # snapshots) reads the linked service records as they are now.
        rows = tables.snapshot_rows(doc["roster"]) if "roster" in doc else roster_rows(app, record_id)
        if rows:
            blocks.append(tables.roster_table(rows))
            nrows = len(rows)
    signed = _d(doc.get("publish_date")) or start
    return title, blocks, period, signed, doc["body"], nrows


def _objection(app, record_id: str, doc: dict[str, Any], unit_name: str, contact: Contact, village: bool):
    from zwcx_desktop.store.records import NotFound

    received = _d(doc["received_date"])
    start = _d(doc.get("closed_date")) or _d(doc.get("replied_date")) or received
    period = _calendar_period(start)
    target = "我单位工作"
    if doc.get("target_id"):
        try:
            t = app.records.get(doc["target_id"])
            target = f"《{t.title}》" if t.title and t.kind != "service" else "相关事项"
        except NotFound:
            target = "相关事项"
    # Never the complainant (PIPL minimum necessary; nobody should be exposed for raising an objection).
    how = _HOW.get(ObjectionChannel(doc["channel"]), "")
    intro = Para(f"{zh_date(received)}，有群众{how}向{unit_name}反映，对{target}提出"
                 f"{ObjectionType(doc['objection_type']).zh}。我单位依规受理并进行了核查，现将处理结果公示如下。",
                 "intro")
    sections = [
        ("异议内容", body_paras(doc["content"], "content")),
        ("核查结论", [Para(Finding(doc["finding"]).zh + "。", "finding")] if doc.get("finding") else []),
        ("处理方式", [Para(ObjectionAction(doc["action"]).zh + "。", "action")] if doc.get("action") else []),
        ("答复意见", body_paras(doc.get("reply") or "", "reply")),
        ("公示期及监督方式", _objection_paras(unit_name, period, contact, "按上述处理意见办结",
                                              _posted(None, unit_name, village))),
    ]
    summary = f"{doc['content']} 核查结论：{Finding(doc['finding']).zh if doc.get('finding') else '核查中'}。"
    return f"{unit_name}关于异议处理结果的公示", [intro] + _numbered(sections), period, start, summary, 0


def roster_rows(app, disclosure_id: str) -> list[Any]:
    """Service records linked to a disclosure, by village then name (a stable order for reprints), without those
    decided against or stopped (domain/roster_rules.py)."""
    from sqlalchemy import select

    from zwcx_core.domain.roster_rules import OFF_ROSTER
    from zwcx_desktop.store.models import ServiceRecord as SR

    cols = (SR.beneficiary_name, SR.id_masked, SR.village, SR.household_size, SR.amount_fen, SR.policy,
            SR.period, SR.note)
    with app.db.read() as s:
        q = (select(*cols).where(SR.disclosure_id == disclosure_id, SR.deleted.is_(False),
                                 SR.status.not_in(sorted(OFF_ROSTER)))
             .order_by(SR.village, SR.beneficiary_name, SR.id))
        return list(s.execute(q).all())
