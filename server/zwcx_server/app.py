"""HTTP layer of the reference server (FastAPI). Handlers only translate; the work is in `service`."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import zlib
from collections.abc import AsyncIterator
from typing import Annotated, Any, BinaryIO

from fastapi import Depends, FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPBearer
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from zwcx_core import wire
from zwcx_server import api_doc as doc
from zwcx_server import health, logs, metrics, public, service, web
from zwcx_server.db import ServerDB
from zwcx_server.edge import count, parse_json
from zwcx_server.service import ServiceError

#: Documents the bearer token on the operations that need it; `caller` does the checking.
AUTH = [Depends(HTTPBearer(auto_error=False, scheme_name="deviceToken",
                           description="The token /v1/enroll gave this device."))]
BlobName = Annotated[str, Path(description="sha256 of the file", json_schema_extra=doc.SHA256)]
_RANGE = re.compile(r"^bytes ([0-9]+)-([0-9]+)/([0-9]+)$")


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    headers = {"Upload-Offset": str(extra["offset"])} if "offset" in extra else None
    return JSONResponse({"protocol": wire.PROTOCOL, "error": message, **extra}, status_code=status, headers=headers)


async def _unpacked(request: Request, limit: int, raw_limit: int | None = None) -> AsyncIterator[bytes]:
    """The request body as it arrives, gunzipped if sent so: refused (413) once it unpacks to more than `limit`
    bytes, or arrives as more than `raw_limit`, checked while reading; 400 when it is cut off or damaged."""
    declared = request.headers.get("content-length")
    cap = limit if raw_limit is None else raw_limit
    if declared is not None and count(declared, "Content-Length") > cap:
        raise ServiceError(413, f"request body of {declared} bytes is larger than the limit of {cap} bytes")
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("gzip", "identity"):
        raise ServiceError(415, "Content-Encoding must be gzip or identity")
    gz = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    too_big = (f"the unpacked body is larger than the limit of {limit} bytes" if gz is not None
               else f"request body is larger than the limit of {limit} bytes")
    raw = size = 0
    try:
        async for chunk in request.stream():
            raw += len(chunk)
            if raw_limit is not None and raw > raw_limit:
                raise ServiceError(413, f"request body is larger than the limit of {raw_limit} bytes")
            while chunk:
                if gz is not None:
                    piece, chunk = gz.decompress(chunk, 1024 * 1024), gz.unconsumed_tail
                else:
                    piece, chunk = chunk, b""
                size += len(piece)
                if size > limit:
                    raise ServiceError(413, too_big)
                yield piece
        if gz is not None:
            rest = gz.flush()  # what the last decompress held back (at most a window's worth)
            if size + len(rest) > limit:
                raise ServiceError(413, too_big)
            if not gz.eof:
                raise ServiceError(400, "the gzip body is truncated")
            yield rest
    except ClientDisconnect:
        # The connection broke mid-body: nothing was applied; the client will send the whole request again.
        raise ServiceError(400, "the request body was cut off") from None
    except zlib.error as exc:
        raise ServiceError(400, f"the gzip body is damaged ({exc})") from None


async def _body(request: Request, limit: int, json_limit: int) -> bytes:
    """The whole request body, at most `limit` bytes as sent and `json_limit` unpacked."""
    return b"".join([piece async for piece in _unpacked(request, json_limit, raw_limit=limit)])


async def _spool(request: Request, out: Any, limit: int) -> int:
    """Copy the request body into the file `out` as it arrives (an upload is never held whole); returns its
    unpacked length, at most `limit`."""
    size = 0
    async for piece in _unpacked(request, limit):
        out.write(piece)
        size += len(piece)
    return size


def create_app(db: ServerDB) -> FastAPI:
    """The ASGI application over an opened (and migrated) server database."""
    app = FastAPI(title="zwcx municipal sync server", version=f"protocol {wire.PROTOCOL}", docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json", description=doc.DESCRIPTION)
    app.openapi = lambda: app.openapi_schema or _openapi(app)
    # Level 6: nearly the size of level 9 (the default) at a quarter of its CPU, which bounds how fast a page
    # of large documents goes out.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(metrics.MetricsMiddleware)  # outermost: times what the client waits for, gzip included
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

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # The router's own refusals (no such path, method not allowed) in the protocol's shape, with its headers
        # (Allow on a 405).
        if exc.status_code == 404:
            message = f"no such endpoint: {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        resp = _error(exc.status_code, message)
        resp.headers.update(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names the methods of the first route on the path only; a path has one route per method.
            allowed = {m for r in app.routes if r.matches(request.scope)[0] == Match.PARTIAL
                       for m in getattr(r, "methods", ())}
            resp.headers["Allow"] = ", ".join(sorted(allowed))
        return resp

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:  # the database restarted under a pooled connection: the pool is renewed
            return _error(503, "the connection to the database was lost; retry")
        return await _crash(request, exc)

    @app.exception_handler(Exception)
    async def _crash(_request: Request, _exc: Exception) -> JSONResponse:
        # A bug, not a bad request. Starlette re-raises it after this answer, so uvicorn logs the traceback; the
        # device gets the error object without it.
        return _error(500, "the server failed on this request; the administrator can find it in the server log")

    def caller(request: Request) -> service.Caller:
        level = wire.parse_kinds_level(request.headers.get(wire.KINDS_LEVEL_HEADER))
        c = service.authenticate(db, request.headers.get("authorization"), level, request.headers.get("user-agent"))
        setattr(request.state, logs.CALLER_STATE, c)  # the access line names the township and device
        return c

    @app.post("/v1/enroll", responses={200: {"model": doc.EnrollAnswer}, **doc.errors(400, 403, 413, 415)},
              openapi_extra=doc.json_body(doc.ENROLL_BODY))
    async def enroll(request: Request) -> JSONResponse:
        """Exchange a one-time enrolment code for a device token and the township's fingerprint key."""
        obj = parse_json(await _body(request, 4096, 4096))
        if not isinstance(obj, dict):
            raise ServiceError(400, "the body must be a JSON object with 'code'")
        return JSONResponse(service.enrol(db, obj.get("code"), obj.get("fingerprint_key"), obj.get("township")))

    @app.get("/v1/sync/meta", dependencies=AUTH,
             responses={200: {"model": doc.MetaAnswer}, **doc.errors(400, 401, 403)}, openapi_extra={
                 "parameters": [doc.query("cursor", "The device's pull cursor: the answer names the version at it.")]})
    def meta(request: Request) -> JSONResponse:
        """Server facts, limits, and what the server holds for this device (`sync_state`)."""
        c = caller(request)
        cursor = request.query_params.get("cursor")
        at = count(cursor, "cursor") if cursor is not None else None
        return JSONResponse({
            "sync_state": service.sync_state(db, c, at),
            "protocol": wire.PROTOCOL, "server_time": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
            "server_epoch": db.epoch(), "schema_versions": wire.SCHEMA_VERSIONS, "device_id": c.device_id,
            "kinds_level": wire.KINDS_LEVEL, "kinds": list(wire.kinds_at(wire.KINDS_LEVEL)),
            "reference_digest": service.reference_digest(db, c.township_id),
            "township": {"id": c.township_id, "code": c.township_code, "name": c.township_name},
            "limits": {"max_ops_per_push": wire.MAX_OPS_PER_PUSH, "max_push_bytes": wire.MAX_PUSH_BYTES,
                       "max_pull_limit": wire.MAX_PULL_LIMIT, "max_blob_bytes": wire.MAX_BLOB_BYTES}})

    @app.post("/v1/sync/push", dependencies=AUTH,
              responses={200: {"model": doc.PushAnswer}, **doc.errors(400, 401, 403, 413, 415, 503)},
              openapi_extra=doc.json_body(doc.PUSH_BODY, doc.IDEMPOTENCY_KEY))
    async def push(request: Request) -> JSONResponse:
        """Send a batch of ops; one result per op, in order."""
        c = caller(request)
        key = request.headers.get("idempotency-key")
        if not wire.is_uuid(key):
            raise ServiceError(400, "the Idempotency-Key header must be the batch_id (a lowercase UUID)")
        obj = parse_json(await _body(request, wire.MAX_PUSH_BYTES, wire.MAX_PUSH_JSON_BYTES))
        batch_id, ops = wire.parse_push_request(obj)
        prints = wire.parse_prints(obj.get("prints"))  # optional: older clients send no print events
        audit = wire.parse_anchors(obj.get("audit"))  # optional: older clients anchor no audit events
        if batch_id != key:
            raise ServiceError(400, "the Idempotency-Key header and the body's batch_id differ")
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(service.push, db, c, ops, prints, audit)
        metrics.record_push(result["results"])
        return JSONResponse(result | {"batch_id": batch_id})

    @app.post("/v1/sync/missing", dependencies=AUTH,
              responses={200: {"model": doc.MissingAnswer}, **doc.errors(400, 401, 403, 413, 415)},
              openapi_extra=doc.json_body(doc.MISSING_BODY))
    async def missing(request: Request) -> JSONResponse:
        """Which of these versions the township lacks; `acked_seq` restores how far this device was acknowledged."""
        c = caller(request)
        obj = parse_json(await _body(request, 2 * 1024 * 1024, 4 * 1024 * 1024))
        if not isinstance(obj, dict):
            raise ServiceError(400, "the body must be a JSON object with 'version_ids'")
        ids = obj.get("version_ids")
        if not isinstance(ids, list) or len(ids) > wire.MAX_MISSING_IDS or not all(wire.is_uuid(v) for v in ids):
            raise ServiceError(400, f"'version_ids' must be a list of at most {wire.MAX_MISSING_IDS} lowercase "
                                    "UUIDs")
        acked = obj.get("acked_seq")
        if acked is not None and ((acked := wire.whole_number(acked)) is None or not 0 <= acked <= wire.MAX_SEQ):
            raise ServiceError(400, "'acked_seq' must be a non-negative integer or null")
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(service.missing, db, c, ids, acked))

    @app.get("/v1/sync/pull", dependencies=AUTH,
             responses={200: {"model": doc.PullAnswer}, **doc.errors(400, 401, 403)}, openapi_extra={"parameters": [
                 doc.query("cursor", "The last seq received (default 0)."),
                 doc.query("limit", "Versions per page (default 500).",
                           {"type": "integer", "minimum": 1, "maximum": wire.MAX_PULL_LIMIT})]})
    def pull(request: Request) -> Response:
        """One page of the township's versions after `cursor`, with the state of their records."""
        c = caller(request)
        q = request.query_params
        at, lim = count(q.get("cursor"), "cursor", 0), count(q.get("limit"), "limit", 500)
        if not 1 <= lim <= wire.MAX_PULL_LIMIT:
            raise ServiceError(400, f"limit must be between 1 and {wire.MAX_PULL_LIMIT}")
        # Streamed: the page is written out as it is serialised, never held whole as one string.
        return StreamingResponse(service.pull(db, c, at, lim), media_type="application/json")

    @app.get("/v1/audit/anchors", dependencies=AUTH, responses={
        200: {"description": "The audit event hashes this device anchored, from event `from` on."},
        **doc.errors(400, 401, 403)}, openapi_extra={"parameters": [
            doc.query("from", "The first audit event seq to answer (default 1)."),
            doc.query("limit", f"Anchors per page (default {wire.MAX_ANCHORS_PER_PAGE}).",
                      {"type": "integer", "minimum": 1, "maximum": wire.MAX_ANCHORS_PER_PAGE})]})
    def audit_anchors(request: Request) -> JSONResponse:
        """What the server holds of this device's audit log, for `zwcx check` to compare with its own."""
        c = caller(request)
        q = request.query_params
        first = count(q.get("from"), "from", 1)
        lim = count(q.get("limit"), "limit", wire.MAX_ANCHORS_PER_PAGE)
        if not 1 <= lim <= wire.MAX_ANCHORS_PER_PAGE:
            raise ServiceError(400, f"limit must be between 1 and {wire.MAX_ANCHORS_PER_PAGE}")
        return JSONResponse(service.audit_anchors(db, c, first, lim))

    @app.get("/v1/verify", dependencies=AUTH,
             responses={200: {"model": doc.VerifyAnswer}, **doc.errors(401, 403)})
    def verify(request: Request) -> JSONResponse:
        """Counts and digests of the township's records and versions."""
        return JSONResponse(service.verify(db, caller(request)))

    @app.get("/v1/reference", dependencies=AUTH,
             responses={200: {"model": doc.ReferenceAnswer}, **doc.errors(401, 403)})
    def reference(request: Request) -> JSONResponse:
        """Reference data (units, catalogue, categories, holidays, clocks), with the township's own clocks."""
        c = caller(request)
        return JSONResponse({"protocol": wire.PROTOCOL, "reference": service.reference(db, c.township_id)})

    @app.put("/v1/township/supervision-clocks", dependencies=AUTH, responses={
        200: {"model": doc.TownshipClocksAnswer}, **doc.errors(400, 401, 403, 413, 415),
        409: {"model": doc.TownshipClocksConflict, "description": "A later edit is stored; `current` is it."},
        422: {"model": doc.Error, "description": "The document is not valid clock presets (the message names "
                                                 "the entry)."}},
        openapi_extra=doc.json_body(doc.TOWNSHIP_CLOCKS_BODY))
    async def township_clocks_put(request: Request) -> JSONResponse:
        """Share the office's supervision clock presets with the township's other devices (the latest edit wins)."""
        from zwcx_server import township_clocks

        c = caller(request)
        obj = parse_json(await _body(request, 256 * 1024, 1024 * 1024))
        if not isinstance(obj, dict) or not isinstance(obj.get("document"), dict):
            raise ServiceError(400, "the body must be a JSON object with 'document' (an object) and 'edited_at'")
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(township_clocks.put, db, c, obj["document"], obj.get("edited_at")))

    def _sha(sha256: str) -> str:
        if not wire.is_sha256(sha256):
            raise ServiceError(400, "the blob name must be a sha256 of 64 lowercase hex digits")
        return sha256

    @app.head("/v1/blobs/{sha256}", dependencies=AUTH, response_class=Response, responses={
        200: {"description": "Stored.", "headers": doc.UPLOAD_OFFSET},
        404: {"description": "Not stored; Upload-Offset says how much of an upload arrived.",
              "headers": doc.UPLOAD_OFFSET},
        **{s: {"description": "Refused (no body: this is HEAD)."} for s in (400, 401, 403)}})
    def blob_head(sha256: BlobName, request: Request) -> Response:
        """Whether the township holds this file, and how much of an upload of it arrived."""
        c = caller(request)
        size, offset = service.blob_state(db, c, _sha(sha256))
        if size is None:
            return Response(status_code=404, headers={"Upload-Offset": str(offset)})
        return Response(status_code=200, headers={"Content-Length": str(size), "Upload-Offset": str(size)})

    @app.get("/v1/blobs/{sha256}", dependencies=AUTH, response_class=Response, responses={
        200: {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
        **doc.errors(400, 401, 403, 404)})
    def blob_get(sha256: BlobName, request: Request) -> Response:
        """The bytes of a stored file."""
        found = service.blob_get(db, caller(request), _sha(sha256))
        if found is None:
            raise ServiceError(404, f"no file {sha256} in this township")
        size, pieces = found
        return StreamingResponse(pieces, media_type="application/octet-stream",
                                 headers={"Content-Length": str(size)})

    @app.put("/v1/blobs/{sha256}", dependencies=AUTH,
             responses={200: {"model": doc.BlobAnswer}, **doc.errors(400, 401, 403, 409, 413, 415)},
             openapi_extra=doc.BLOB_PUT)
    async def blob_put(sha256: BlobName, request: Request) -> JSONResponse:
        """Upload a file, whole or in resumable parts (Content-Range or offset/total)."""
        c = caller(request)
        _sha(sha256)
        # Spooled to a temporary file past 1 MiB: a large body never sits whole in memory.
        with tempfile.SpooledTemporaryFile(max_size=1024 * 1024) as body:
            length = await _spool(request, body, wire.MAX_BLOB_BYTES)
            body.seek(0)
            return JSONResponse(await _blob_put(request, c, sha256, body, length))

    async def _blob_put(request: Request, c: service.Caller, sha256: str, body: BinaryIO, length: int) -> dict:
        cr = request.headers.get("content-range")
        if cr:
            m = _RANGE.match(cr.strip())
            if not m:
                raise ServiceError(400, "Content-Range must look like 'bytes START-END/TOTAL'")
            start, end, total = (count(x, "Content-Range") for x in m.groups())
            if end - start + 1 != length:
                raise ServiceError(400, f"Content-Range says {end - start + 1} bytes but the body has {length}")
        else:
            start = count(request.query_params.get("offset"), "offset", 0)
            total = count(request.query_params.get("total"), "total", length)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(service.blob_put, db, c, sha256, start, total, body, length)

    @app.get("/healthz", tags=["operations"], responses={200: {"model": doc.HealthAnswer}})
    def healthz() -> JSONResponse:
        """Liveness: the process answers. No database work (a slow database must not get it restarted)."""
        return JSONResponse({"status": "ok", "protocol": wire.PROTOCOL})

    @app.get("/readyz", tags=["operations"], responses={200: {"model": doc.ReadyAnswer},
                                                        503: {"model": doc.ReadyAnswer}})
    def readyz() -> JSONResponse:
        """Readiness: the database answers and its schema is the revision this code expects."""
        ready, answer = health.readiness(db)
        return JSONResponse(answer, status_code=200 if ready else 503)

    @app.get("/metrics", tags=["operations"], response_class=Response, responses={200: {
        "description": "Prometheus text exposition (requests, latencies, pushes, pulls, conflicts, devices).",
        "content": {"text/plain": {"schema": {"type": "string"}}}}})
    def metrics_page() -> Response:
        """Prometheus metrics, summed over every worker process."""
        body, ctype = metrics.exposition(db)
        return Response(body, media_type=ctype)

    page_limit = public.RateLimit.from_env()

    # `:path`: a stray slash still gets the page's headers (and the same answer as any unknown code).
    @app.get("/v/{code:path}", response_class=HTMLResponse, responses={
        400: {"description": "Malformed code.", "content": {"text/html": {}}},
        404: {"description": "No version was handed to the public under this code.", "content": {"text/html": {}}},
        429: {"description": "Too many pages asked from this address.", "content": {"text/html": {}}}})
    async def public_page(code: Annotated[str, Path(json_schema_extra=doc.VERIFY_CODE)],
                          request: Request) -> HTMLResponse:
        """The public verification page of a printed notice's code."""
        return await public.respond(db, code, request, page_limit)

    web.mount(app, db)  # the city console (/console) and public township pages (/p)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    app.openapi_schema = doc.strip_unused(get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes))
    return app.openapi_schema

