"""The public verification page, `/v/{code}`: what a resident sees after scanning the QR code of a notice.

It answers only for what was handed to the public (`domain.public_status`): the title, unit, period, status and
content hash of a reviewed version. Never a roster, a person's name or an objection's own words; a title typed
before the personal-data guard existed is shown with its full numbers masked. Drafts, deleted records and codes
that never existed get one and the same 404, so the page tells nobody what exists. Every answer carries a strict
Content-Security-Policy, nosniff, no referrer, and HSTS when served over TLS. An optional per-address rate limit
(`ZWCX_PAGE_RATE_PER_MINUTE`, off unless set) keeps a scraper from walking codes.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import html
import json
import os
import re
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select

from zwcx_core import wire
from zwcx_core.domain import schema
from zwcx_core.domain.lifecycle import PrintAs, document_prints_as
from zwcx_core.domain.masking import mask_numbers_in
from zwcx_core.domain.public_status import Standing, standing
from zwcx_core.domain.schema import KINDS
from zwcx_server.db import ServerDB
from zwcx_server.models import PrintEvent, Record, Township, Version

_CODE = re.compile(r"[a-z2-7]{6,32}")
_STYLE = ("body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5}"
          "th{text-align:left;padding-right:1em;vertical-align:top}td{word-break:break-all}")
_STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
#: Nothing but the page's own inline style may load or run; the page may not be framed, nor send a form anywhere.
CSP = (f"default-src 'none'; style-src '{_STYLE_HASH}'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY", "Cache-Control": "no-store"}
HSTS = "max-age=31536000"
#: Every 404 is answered this long after the request arrived (see `respond`).
NOT_FOUND_SECONDS = 0.05
#: Print times travel in UTC; residents read dates in China Standard Time (UTC+8 all year), as the notices do.
_CHINA = dt.timezone(dt.timedelta(hours=8))

#: The one title an objection's outcome notice carries: its content may name people, its complainant is private.
OBJECTION_TITLE = "关于异议处理结果的公示"
WITHHELD = "（含个人信息，不予显示）"
_ENDED = {"withdrawn": "已撤回，本公示不再有效 (withdrawn: no longer valid)",
          "cancelled": "已撤销，本承诺不再有效 (cancelled: no longer valid)",
          "changed": "已经批准变更，原内容不再有效 (changed with approval: the old wording is no longer valid)"}


@dataclass(frozen=True)
class Shown:
    """Everything the page shows of one version (all of it public)."""

    title: str
    unit: str
    township: str
    period: str
    standing: Standing
    printed_on: dt.date | None
    version: int
    current_version: int
    current_status: str
    ended_as: str | None  # the status that ended the record's public life
    content_hash: str
    code: str
    township_code: str = ""  # for the link to the township's public page (/p/{code})


def lookup(db: ServerDB, code: str) -> Shown | None:
    """What the page shows for a code (normalised, well formed), or None when the page must not know it."""
    with db.read() as s:
        v = s.execute(select(Version).where(Version.verify_code == code)).scalars().first()
        rec = s.get(Record, v.record_id) if v is not None else None
        if v is None or rec is None or rec.township_id != v.township_id or v.kind not in KINDS:
            return None
        cur = s.get(Version, rec.current_version_id)
        doc, cur_doc = _doc(v.doc), _doc(cur.doc) if cur is not None else None
        if doc is None or cur_doc is None:  # a damaged or foreign row: unknown here
            return None
        printed = s.execute(select(func.min(PrintEvent.printed_at)).where(
            PrintEvent.version_id == v.version_id, PrintEvent.township_id == v.township_id,
            PrintEvent.content_hash == v.content_hash)).scalar()

        def ever_public() -> bool:
            docs = s.execute(select(Version.doc).where(Version.record_id == rec.id,
                                                       Version.township_id == rec.township_id)).scalars()
            return any(document_prints_as(v.kind, d) is PrintAs.VALID for d in map(_doc, docs) if d is not None)

        void = document_prints_as(v.kind, doc) is PrintAs.VOID and document_prints_as(v.kind, cur_doc) is PrintAs.VOID
        st = standing(v.kind, doc, printed=printed is not None, deleted=rec.deleted or v.deleted, current=cur_doc,
                      ever_public=void and ever_public())
        if st is None:
            return None
        unit = _unit_name(s, doc.get("unit_id"), v.township_id)
        t = s.get(Township, v.township_id)
        township, township_code = t.name, t.code
    # As the township's public page (/p) guards the same title: nobody any of its records names privately.
    from zwcx_server.web.overdue_db import private_names  # here: the console's modules import this one

    others = private_names(db, [v.township_id])[v.township_id]
    return Shown(title=_guarded(v.kind, doc, _title(v.kind, doc), others), unit=_guarded(v.kind, doc, unit, others),
                 township=mask_numbers_in(township), period=mask_numbers_in(_period(v.kind, doc)), standing=st,
                 printed_on=_china_date(printed), version=v.version, current_version=cur.version,
                 current_status=_status_zh(v.kind, cur_doc.get("status")),
                 ended_as=cur_doc.get("status") if st is Standing.WITHDRAWN else None, content_hash=v.content_hash, code=code,
                 township_code=township_code)


def _doc(text: str) -> dict | None:
    """A stored document, or None when its text is not a JSON object (a damaged row)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _guarded(kind: str, doc: dict, text: str, others: Iterable[str] = ()) -> str:
    """`text` with full personal numbers masked, or withheld when it names a person the document itself holds
    privately (a private field, or someone on the roster it posted) or one of `others`: the page never repeats a
    person's name."""
    names = [*schema.private_values(kind, doc), *others]
    for row in doc.get("roster") or () if kind == "disclosure" else ():
        name = row.get("beneficiary_name") if isinstance(row, dict) else None
        if isinstance(name, str) and len(name.strip()) >= 2:
            names.append(name.strip())
    return WITHHELD if any(n in text for n in names) else mask_numbers_in(text)


def _china_date(utc: dt.datetime | None) -> dt.date | None:
    return utc.replace(tzinfo=dt.UTC).astimezone(_CHINA).date() if utc else None


def _unit_name(s, unit_id: object, township_id: int) -> str:
    if not wire.is_uuid(unit_id):
        return ""
    rec = s.get(Record, unit_id)
    if rec is None or rec.township_id != township_id or rec.kind != "unit":
        return ""
    name = json.loads(s.get(Version, rec.current_version_id).doc).get("name")
    return name if isinstance(name, str) else ""


def _title(kind: str, doc: dict) -> str:
    if kind == "objection":
        return OBJECTION_TITLE
    title = doc.get("title")
    return title if isinstance(title, str) else ""


def _period(kind: str, doc: dict) -> str:
    """The record's own dates as stored (the notice's printed period may count days on the holiday schedule)."""
    start, end = {"disclosure": ("period_start", "period_end"), "commitment": ("made_date", "due_date"),
                  "objection": ("received_date", "closed_date")}.get(kind, ("", ""))
    a, b = doc.get(start), doc.get(end) or (doc.get("replied_date") if kind == "objection" else None)
    if not isinstance(a, str) or not a:
        return "—"
    return f"{a} 至 {b}" if isinstance(b, str) and b else a


def _status_zh(kind: str, status: object) -> str:
    enum = KINDS[kind].status
    try:
        return enum.parse(status).zh if enum and isinstance(status, str) else "—"
    except ValueError:
        return "—"


def _standing_text(shown: Shown) -> str:
    if shown.standing is Standing.WITHDRAWN:
        return _ENDED.get(shown.ended_as or "", "已失效，本公示不再有效 (no longer valid)")
    if shown.standing is Standing.PRINTED:
        return f"已打印发布（{shown.printed_on:%Y-%m-%d}） (printed on {shown.printed_on:%Y-%m-%d})"
    if shown.standing is Standing.PUBLISHED:
        return "已公开 (published)"
    return "已审核，打印记录尚未同步 (approved; its print record has not reached the server yet)"


def render(shown: Shown) -> str:
    """The page of a known version: every value escaped."""
    if shown.version == shown.current_version:
        version = f"第 {shown.version} 版，现行版本 (version {shown.version}, current)"
    else:
        version = (f"第 {shown.version} 版，已被第 {shown.current_version} 版取代 "
                   f"(version {shown.version}, superseded by version {shown.current_version})")
    rows = [("标题 Title", shown.title or "—"), ("发布单位 Unit", shown.unit or shown.township),
            ("乡镇 Township", shown.township), ("期限 Period", shown.period),
            ("核验结果 Status", _standing_text(shown)), ("版本 Version", version),
            ("当前业务状态 Record status now", shown.current_status),
            ("内容哈希 Content hash (sha256)", shown.content_hash), ("核验码 Code", shown.code.upper())]
    body = "<table>" + "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
                               for k, v in rows) + "</table>"
    if shown.township_code:
        link = "/p/" + urllib.parse.quote(shown.township_code, safe="")
        body += (f"<p><a href='{html.escape(link)}'>本乡镇公开的承诺事项与正在公示的事项 "
                 "(this township's public commitments and notices)</a></p>")
    return _page("政务诚信 核验 / Verification", body)


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<meta name='viewport' content='width=device-width'><style>{_STYLE}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>")


NOT_FOUND = _page("未找到 / Not found", "<p>没有与此核验码对应的已公开记录。"
                  "No published record has this verification code.</p>")
MALFORMED = _page("核验码格式不正确 / Malformed code", "<p>核验码只含字母 A–Z 和数字 2–7。"
                  "A code has only the letters A–Z and the digits 2–7.</p>")
TOO_MANY = _page("请稍后再试 / Too many requests", "<p>查询过于频繁，请稍后再试。"
                 "Too many look-ups from this address; try again in a minute.</p>")


class RateLimit:
    """A token bucket per client address, in memory (each server process its own): `per_minute` look-ups a
    minute, up to `per_minute` at once. At most `max_clients` addresses are remembered, the least recent
    forgotten first, so a flood of addresses cannot grow the memory."""

    def __init__(self, per_minute: int, max_clients: int = 10000) -> None:
        self.rate, self.capacity, self.max_clients = per_minute / 60.0, float(per_minute), max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> RateLimit | None:
        """The limit set by ZWCX_PAGE_RATE_PER_MINUTE (a positive integer), or None: no limit. Behind a proxy
        every resident may share the proxy's address, so it is off unless the operator sets it."""
        value = os.environ.get("ZWCX_PAGE_RATE_PER_MINUTE", "").strip()
        return cls(int(value)) if value.isascii() and value.isdigit() and int(value) > 0 else None

    def allow(self, address: str, now: float | None = None) -> bool:
        """Take one token for `address`; False when its bucket is empty."""
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(address, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            ok = tokens >= 1.0
            self._buckets[address] = (tokens - 1.0 if ok else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return ok


async def respond(db: ServerDB, code: str, request: Request, limit: RateLimit | None = None) -> HTMLResponse:
    """The answer to GET /v/{code}, headers included."""
    from starlette.concurrency import run_in_threadpool

    started = time.monotonic()
    headers = dict(HEADERS)
    if request.url.scheme == "https":
        headers["Strict-Transport-Security"] = HSTS
    if limit is not None and not limit.allow(request.client.host if request.client else "-"):
        return HTMLResponse(TOO_MANY, status_code=429, headers=headers | {"Retry-After": "60"})
    code = wire.normalise_code(code)
    if not _CODE.fullmatch(code):
        return HTMLResponse(MALFORMED, status_code=400, headers=headers)
    shown = await run_in_threadpool(lookup, db, code)
    if shown is None:
        # A draft or a deleted record takes a few more queries than a code that never existed: every 404 waits
        # until the same moment, so its timing does not tell them apart either.
        await asyncio.sleep(max(0.0, NOT_FOUND_SECONDS - (time.monotonic() - started)))
        return HTMLResponse(NOT_FOUND, status_code=404, headers=headers)
    return HTMLResponse(render(shown), headers=headers)
