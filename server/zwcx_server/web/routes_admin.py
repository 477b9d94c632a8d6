"""The city administrator's pages: townships, devices and enrolment codes, reference data, the audit log."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from zwcx_server import service
from zwcx_server.db import ServerDB
from zwcx_server.web import accounts, data, qr, render
from zwcx_server.web.guard import Refusal, address, form, user

ADMIN = "admin"
#: The largest reference file the console takes (the catalogue and holidays of a city are well below it).
REFERENCE_BYTES = 8 * 1024 * 1024


def _int(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None


def add_routes(r: APIRouter, db: ServerDB) -> None:
    """Townships, devices, reference data and the audit log (administrator only)."""

    def township_or_404(township_id: str) -> data.TownshipRow:
        t = data.township(db, tid) if (tid := _int(township_id)) is not None else None
        if t is None:
            raise Refusal(404, "没有这个乡镇", "没有编号为此的乡镇，请从乡镇列表进入。")
        return t

    def revocable(device_id: str) -> tuple:
        found = data.device(db, device_id)
        if found is None:
            raise Refusal(404, "没有这台设备", "没有这台设备，请从乡镇页面进入。")
        if found[0].id == service.city_device_id(found[1].id):
            # The review's answers are versions of this pseudo-device: revoked, the city could answer no more.
            raise Refusal(403, "不能吊销", f"“{service.CITY_DEVICE_NAME}”是市级审核写入记录所用的市级身份，"
                                           "不是乡镇的电脑，不能吊销。")
        return found

    def townships_page(request: Request, u, status: int = 200, error: str = "", done: str = "",
                       values: dict | None = None) -> Response:
        return render.page(request, "townships.html", status, user=u, townships=data.townships(db),
                           districts=data.districts(db), error=error, done=done, values=values or {})

    @r.get("/console/townships", include_in_schema=False)
    def townships(request: Request) -> Response:
        u = user(request, db, ADMIN)
        return townships_page(request, u)

    @r.post("/console/townships", include_in_schema=False)
    async def add_township(request: Request) -> Response:
        u = user(request, db, ADMIN)
        f = await form(request, u)
        values = {k: str(f.get(k) or "") for k in ("name", "code", "district")}
        try:
            tid = data.add_township(db, values["name"], values["code"], values["district"])
        except ValueError as exc:
            return townships_page(request, u, 400, _zh_error(str(exc)), values=values)
        accounts.audit(db, u.name, "add_township", f"{tid} {values['code']}", address(request))
        return render.redirect(request, f"/console/townships/{tid}")

    @r.get("/console/townships/{township_id}", include_in_schema=False)
    def township(township_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        t = township_or_404(township_id)
        return render.page(request, "township.html", user=u, t=t, devices=data.devices(db, t.id), error="")

    @r.post("/console/townships/{township_id}/district", include_in_schema=False)
    async def set_district(township_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        t = township_or_404(township_id)
        f = await form(request, u)
        district = str(f.get("district") or "")
        try:
            data.set_district(db, t.id, district)
        except ValueError as exc:
            return render.page(request, "township.html", 400, user=u, t=t, devices=data.devices(db, t.id),
                               error=str(exc))
        accounts.audit(db, u.name, "set_district", f"township {t.id} {district.strip()}", address(request))
        return render.redirect(request, f"/console/townships/{t.id}")

    @r.post("/console/townships/{township_id}/codes", include_in_schema=False)
    async def make_code(township_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        t = township_or_404(township_id)
        f = await form(request, u)
        label = str(f.get("label") or "").strip()[:100]
        device_id, code = service.enroll_device(db, t.id, label)
        accounts.audit(db, u.name, "enrolment_code", f"township {t.id} device {device_id}", address(request))
        return render.page(request, "code.html", user=u, t=t, device_id=device_id, label=label, code=code,
                           qr=qr.svg(code), days=service.ENROL_CODE_DAYS)

    @r.get("/console/devices/{device_id}/revoke", include_in_schema=False)
    def revoke_confirm(device_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        d, t = revocable(device_id)
        return render.page(request, "revoke.html", user=u, d=d, t=t)

    @r.post("/console/devices/{device_id}/revoke", include_in_schema=False)
    async def revoke(device_id: str, request: Request) -> Response:
        u = user(request, db, ADMIN)
        found = revocable(device_id)
        f = await form(request, u)
        if f.get("confirm") != "yes":
            raise Refusal(400, "未确认", "吊销设备需要勾选确认。请返回重试。")
        service.revoke_device(db, device_id)
        accounts.audit(db, u.name, "revoke_device", f"township {found[1].id} device {device_id}", address(request))
        return render.redirect(request, f"/console/townships/{found[1].id}")

    @r.get("/console/reference", include_in_schema=False)
    def reference(request: Request) -> Response:
        u = user(request, db, ADMIN)
        return render.page(request, "reference.html", user=u, error="", counts=None)

    @r.post("/console/reference", include_in_schema=False)
    async def load_reference(request: Request) -> Response:
        u = user(request, db, ADMIN)
        f = await form(request, u, REFERENCE_BYTES + 64 * 1024)
        upload = f.get("file")
        if not isinstance(upload, UploadFile):
            return render.page(request, "reference.html", 400, user=u, error="请选择一个 JSON 文件。", counts=None)
        raw = await upload.read(REFERENCE_BYTES + 1)
        try:
            if len(raw) > REFERENCE_BYTES:
                raise ValueError(f"the file is larger than {REFERENCE_BYTES // (1024 * 1024)} MiB")
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as exc:
                raise ValueError(f"the file is not valid UTF-8 JSON ({exc})") from None
            except RecursionError:  # json.loads' answer to deep nesting: a page saying so, not a server error
                raise ValueError("the file is not valid UTF-8 JSON (nested too deeply)") from None
            counts = service.load_reference(db, obj)  # the same checks as `zwcx-server load-reference`
        except ValueError as exc:
            return render.page(request, "reference.html", 400, user=u, error=str(exc), counts=None)
        accounts.audit(db, u.name, "load_reference", json.dumps(counts, ensure_ascii=False), address(request))
        return render.page(request, "reference.html", user=u, error="", counts=counts)

    @r.get("/console/audit", include_in_schema=False)
    def audit(request: Request) -> Response:
        u = user(request, db, ADMIN)
        return render.page(request, "audit.html", user=u, rows=accounts.audit_log(db))


def _zh_error(message: str) -> str:
    """The service's English refusals of a new township, as the console says them."""
    if "already exists" in message:
        return "已有使用此代码的乡镇，请换一个代码。"
    if "name must have" in message:
        return "乡镇名称须为 1 至 100 个字符。"
    if "code must have" in message:
        return "乡镇代码须为 1 至 32 个字符。"
    return message
