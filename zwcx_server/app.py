"""HTTP layer of the reference server (FastAPI). Handlers only translate; the work is in `service`."""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect

from zwcx_desktop.sync import wire
from zwcx_server import public, service
from zwcx_server.db import ServerDB
from zwcx_server.service import ServiceError

_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    headers = {"Upload-Offset": str(extra["offset"])} if "offset" in extra else None
    return JSONResponse({"protocol": wire.PROTOCOL, "error": message, **extra}, status_code=status, headers=headers)


async def _body(request: Request, limit: int, json_limit: int) -> bytes:
    """The request body, gunzipped if sent so, refused when larger than the limits (checked while reading)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ServiceError(413, f"request body of {declared} bytes is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ServiceError(413, f"request body is larger than the limit of {limit} bytes")
            chunks.append(chunk)
    except ClientDisconnect:
        # The connection broke mid-body: nothing was applied; the client will send the whole request again.
        raise ServiceError(400, "the request body was cut off") from None
    raw = b"".join(chunks)
    if request.headers.get("content-encoding", "").lower() == "gzip":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            raw = d.decompress(raw, json_limit + 1)
        except zlib.error as exc:
            raise ServiceError(400, f"the gzip body is damaged ({exc})") from None
        if len(raw) > json_limit or d.unconsumed_tail:
            raise ServiceError(413, f"the unpacked body is larger than the limit of {json_limit} bytes")
        if not d.eof:
            raise ServiceError(400, "the gzip body is truncated")
    return raw


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ServiceError(400, f"the body is not valid JSON ({exc})") from None


def create_app(db: ServerDB) -> FastAPI:
    """The ASGI application over an opened (and migrated) server database."""
    app = FastAPI(title="zwcx municipal sync server", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.state.db = db

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        return _error(exc.status, str(exc), **exc.extra)

    @app.exception_handler(wire.WireError)
    async def _wire_error(_request: Request, exc: wire.WireError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(400, f"{where}: {first.get('msg', 'bad request')}")

    @app.exception_handler(404)
    async def _not_found(request: Request, _exc: Exception) -> JSONResponse:
        return _error(404, f"no such endpoint: {request.method} {request.url.path}")

    def caller(request: Request) -> service.Caller:
        return service.authenticate(db, request.headers.get("authorization"))

    @app.post("/v1/enroll")
    async def enroll(request: Request) -> JSONResponse:
        obj = _json(await _body(request, 4096, 4096))
        if not isinstance(obj, dict):
            raise ServiceError(400, "the body must be a JSON object with 'code'")
        return JSONResponse(service.enrol(db, obj.get("code"), obj.get("fingerprint_key"), obj.get("township")))

    @app.get("/v1/sync/meta")
    def meta(request: Request, cursor: str | None = None) -> JSONResponse:
        c = caller(request)
        at = _count(cursor, "cursor") if cursor is not None else None
        return JSONResponse({
            "sync_state": service.sync_state(db, c, at),
            "protocol": wire.PROTOCOL, "server_time": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
            "server_epoch": db.epoch(), "schema_versions": wire.SCHEMA_VERSIONS, "device_id": c.device_id,
            "reference_digest": service.reference_digest(db),
            "township": {"id": c.township_id, "code": c.township_code, "name": c.township_name},
            "limits": {"max_ops_per_push": wire.MAX_OPS_PER_PUSH, "max_push_bytes": wire.MAX_PUSH_BYTES,
                       "max_pull_limit": wire.MAX_PULL_LIMIT, "max_blob_bytes": wire.MAX_BLOB_BYTES}})

    @app.post("/v1/sync/push")
    async def push(request: Request) -> JSONResponse:
        c = caller(request)
        key = request.headers.get("idempotency-key")
        if not wire.is_uuid(key):
            raise ServiceError(400, "the Idempotency-Key header must be the batch_id (a lowercase UUID)")
        obj = _json(await _body(request, wire.MAX_PUSH_BYTES, wire.MAX_PUSH_JSON_BYTES))
        batch_id, ops = wire.parse_push_request(obj)
        prints = wire.parse_prints(obj.get("prints"))  # optional: older clients send no print events
        audit = wire.parse_anchors(obj.get("audit"))  # optional: older clients anchor no audit events
        if batch_id != key:
            raise ServiceError(400, "the Idempotency-Key header and the body's batch_id differ")
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(service.push, db, c, ops, prints, audit)
        return JSONResponse(result | {"batch_id": batch_id})

    @app.post("/v1/sync/missing")
    async def missing(request: Request) -> JSONResponse:
        c = caller(request)
        obj = _json(await _body(request, 2 * 1024 * 1024, 4 * 1024 * 1024))
        if not isinstance(obj, dict):
            raise ServiceError(400, "the body must be a JSON object with 'version_ids'")
        ids = obj.get("version_ids")
        if not isinstance(ids, list) or len(ids) > wire.MAX_MISSING_IDS or not all(wire.is_uuid(v) for v in ids):
            raise ServiceError(400, f"'version_ids' must be a list of at most {wire.MAX_MISSING_IDS} lowercase "
                                    "UUIDs")
        acked = obj.get("acked_seq")
        if acked is not None and (not isinstance(acked, int) or isinstance(acked, bool) or not 0 <= acked < 2**62):
            raise ServiceError(400, "'acked_seq' must be a non-negative integer or null")
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(service.missing, db, c, ids, acked))

    @app.get("/v1/sync/pull")
    def pull(request: Request, cursor: str = "0", limit: str = "500") -> Response:
        c = caller(request)
        if not cursor.isdigit() or not limit.isdigit():
            raise ServiceError(400, "cursor and limit must be non-negative integers")
        lim = int(limit)
        if not 1 <= lim <= wire.MAX_PULL_LIMIT:
            raise ServiceError(400, f"limit must be between 1 and {wire.MAX_PULL_LIMIT}")
        return Response(service.pull(db, c, int(cursor), lim), media_type="application/json")

    @app.get("/v1/audit/anchors")
    def audit_anchors(request: Request, start: str = Query("1", alias="from"), limit: str = "10000") -> JSONResponse:
        c = caller(request)
        first, lim = _count(start, "from"), _count(limit, "limit")
        if not 1 <= lim <= wire.MAX_ANCHORS_PER_PAGE:
            raise ServiceError(400, f"limit must be between 1 and {wire.MAX_ANCHORS_PER_PAGE}")
        return JSONResponse(service.audit_anchors(db, c, first, lim))

    @app.get("/v1/verify")
    def verify(request: Request) -> JSONResponse:
        return JSONResponse(service.verify(db, caller(request)))

    @app.get("/v1/reference")
    def reference(request: Request) -> JSONResponse:
        caller(request)
        return JSONResponse({"protocol": wire.PROTOCOL, "reference": service.reference(db)})

    def _sha(sha256: str) -> str:
        if not wire.is_sha256(sha256):
            raise ServiceError(400, "the blob name must be a sha256 of 64 lowercase hex digits")
        return sha256

    @app.head("/v1/blobs/{sha256}")
    def blob_head(sha256: str, request: Request) -> Response:
        c = caller(request)
        size, offset = service.blob_state(db, c, _sha(sha256))
        if size is None:
            return Response(status_code=404, headers={"Upload-Offset": str(offset)})
        return Response(status_code=200, headers={"Content-Length": str(size), "Upload-Offset": str(size)})

    @app.get("/v1/blobs/{sha256}")
    def blob_get(sha256: str, request: Request) -> Response:
        data = service.blob_get(db, caller(request), _sha(sha256))
        if data is None:
            raise ServiceError(404, f"no file {sha256} in this township")
        return Response(data, media_type="application/octet-stream")

    @app.put("/v1/blobs/{sha256}")
    async def blob_put(sha256: str, request: Request) -> JSONResponse:
        c = caller(request)
        _sha(sha256)
        data = await _body(request, wire.MAX_BLOB_BYTES, wire.MAX_BLOB_BYTES)
        cr = request.headers.get("content-range")
        if cr:
            m = _RANGE.match(cr.strip())
            if not m:
                raise ServiceError(400, "Content-Range must look like 'bytes START-END/TOTAL'")
            start, end, total = (int(x) for x in m.groups())
            if end - start + 1 != len(data):
                raise ServiceError(400, f"Content-Range says {end - start + 1} bytes but the body has {len(data)}")
        else:
            off = request.query_params.get("offset", "0")
            tot = request.query_params.get("total", str(len(data)))
            if not off.isdigit() or not tot.isdigit():
                raise ServiceError(400, "offset and total must be non-negative integers")
            start, total = int(off), int(tot)
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(service.blob_put, db, c, sha256, start, total, data))

    page_limit = public.RateLimit.from_env()

    @app.get("/v/{code:path}", response_class=HTMLResponse)  # a stray slash still gets the page's headers
    async def public_page(code: str, request: Request) -> HTMLResponse:
        return await public.respond(db, code, request, page_limit)

    return app


def _count(value: str, name: str) -> int:
    """A non-negative integer query parameter: ASCII digits only, within a 64-bit column."""
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise ServiceError(400, f"{name} must be a non-negative integer of at most 18 digits")
    return int(value)

