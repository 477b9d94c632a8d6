"""Every malformed request to every endpoint of the real server is a 4xx carrying the protocol's error object:
non-ASCII digits, numbers too large for a database column, deep or non-standard JSON, wrong JSON types, broken
headers. And a refused id reads the same whether or not another township holds it. SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import hashlib
import json
import uuid

import requests

from tests.server.test_server import Dev, op, unit_doc
from zwcx_core.domain.schema import KINDS

#: Numbers as a query string or header may carry them: non-ASCII digits ('²' passes str.isdigit() but not int()),
#: Arabic-Indic and full-width digits, signs, exponents, and values past a 64-bit column.
BAD_NUMBERS = ["²", "¹", "٣", "１", "-1", "+1", "1e3", "1.0", "0x10", " 1", "", "9" * 19, str(2**70), "1_000"]
DEEP = 5000


def _is_error_object(r: requests.Response) -> bool:
    try:
        body = r.json()
    except ValueError:
        return False
    return (r.headers.get("content-type", "").startswith("application/json") and isinstance(body, dict)
            and body.get("protocol") == 1 and isinstance(body.get("error"), str) and body["error"] != ""
            and set(body) <= {"protocol", "error", "offset"} and "Traceback" not in r.text)


def _op_variants() -> list[dict]:
    """One valid op with each field in turn given a value of the wrong type or out of range."""
    good = op(str(uuid.uuid4()), unit_doc("甲"), 1)
    wrong = {
        "op_id": [None, 5, [], "X"], "seq": [0, -1, 1.5, "1", True, None, 2**70, 2**53], "op": [None, 5, [], {}],
        "kind": [None, 5, [], {}, "spaceship"], "record_id": [None, 5, [], "r"], "version_id": [None, 5, {}, "v"],
        "base_version_id": [5, [], "b"], "merge_parent_id": [5, {}, "m"],
        "version": [0, -1, 1.5, "1", True, 2**31, 2**70], "content_hash": [None, 5, "0" * 63, []],
        "doc": [None, [], "x", 5], "created_by": [5, [], "x" * 65, "a\x00b", "\n"], "created_at": [5, {}, "x" * 41, "\x00"],
        "blobs": [5, "x", ["x"], [5], {}], "resend": ["yes", 1, [], None], "device_id": [5, "d"],
    }
    out = []
    for key, values in wrong.items():
        for v in values:
            bad = dict(good, **{key: v})
            if key == "device_id":
                bad["resend"] = True
            out.append(bad)
    out.append({k: v for k, v in good.items() if k != "kind"})
    return out + [5, "op", [], None]


def _push_bodies() -> list[bytes]:
    bid = str(uuid.uuid4())
    bodies = [{"batch_id": bid, "ops": [o]} for o in _op_variants()]
    bodies += [[], 5, "x", None, {"ops": []}, {"batch_id": 5, "ops": []}, {"batch_id": bid, "ops": {}},
               {"batch_id": bid, "ops": [{}] * 1001}]
    raw = [json.dumps(b).encode() for b in bodies]
    return raw + _json_oddities()


def _json_oddities() -> list[bytes]:
    """Bodies that are not plain JSON objects: deep nesting, NaN, lone surrogates, bad bytes, nothing."""
    nested_obj = b'{"code":' * 40 + b'"x"' + b"}" * 40
    return [b"[" * DEEP + b"]" * DEEP, b'{"a":' * DEEP + b"1" + b"}" * DEEP, nested_obj, b"[" * 40 + b"]" * 40,
            b'{"code": NaN}', b'{"code": Infinity}', b'{"version_ids": [NaN]}', b'{"code": "\\ud800"}',
            b'{"batch_id": "\\udfff", "ops": []}', '{"code": "\\ud800"}'.encode("utf-16"), b"\xff\xfe\x00",
            b"", b"{", b"null", b"1" * 5000]


def _check(r: requests.Response, what: str, failures: list[str]) -> None:
    ok = 400 <= r.status_code < 500 and (r.request.method == "HEAD" or _is_error_object(r))
    if not ok:
        failures.append(f"{what}: {r.status_code} {r.text[:200]!r}")


def test_every_malformed_request_is_a_4xx_with_the_error_object(server):
    d = Dev(server, server.township("A"))
    url, h = server.url, d.h
    blob = hashlib.sha256(b"evidence").hexdigest()
    failures: list[str] = []

    def call(method: str, path: str, what: str, **kw) -> None:
        kw.setdefault("timeout", 30)
        _check(requests.request(method, f"{url}{path}", **kw), what, failures)

    # Numbers in query strings and headers.
    for bad in BAD_NUMBERS:
        call("GET", "/v1/sync/meta", f"meta cursor={bad!r}", params={"cursor": bad}, headers=h)
        call("GET", "/v1/sync/pull", f"pull cursor={bad!r}", params={"cursor": bad}, headers=h)
        call("GET", "/v1/sync/pull", f"pull limit={bad!r}", params={"limit": bad}, headers=h)
        for name in ("offset", "total"):
            call("PUT", f"/v1/blobs/{blob}", f"blob {name}={bad!r}", params={name: bad}, data=b"evidence", headers=h)
        cr = f"bytes {bad}-7/8".encode().decode("latin-1")  # header bytes as the server reads them
        call("PUT", f"/v1/blobs/{blob}", f"blob Content-Range {bad!r}", data=b"evidence",
             headers=h | {"Content-Range": cr})
    for lim in ("0", "2001"):
        call("GET", "/v1/sync/pull", f"pull limit={lim}", params={"limit": lim}, headers=h)
    for q in ({"offset": "999999999999999999"}, {"total": "999999999999999999"}, {"offset": "9", "total": "4"}):
        call("PUT", f"/v1/blobs/{blob}", f"blob {q}", params=q, data=b"evidence", headers=h)
    for cr in ("bytes 0-99/8", "bytes 5-2/8", "bytes 0-7/999999999999999999", "bytes=0-7/8", "bytes 0-7/*"):
        call("PUT", f"/v1/blobs/{blob}", f"blob Content-Range {cr!r}", data=b"evidence",
             headers=h | {"Content-Range": cr})

    # JSON bodies, plain and gzipped.
    push_h = h | {"Idempotency-Key": str(uuid.uuid4())}
    for body in _push_bodies():
        call("POST", "/v1/sync/push", f"push {body[:80]!r}", data=body, headers=push_h)
    for body in _push_bodies()[:5] + _json_oddities():
        call("POST", "/v1/sync/push", f"gzipped push {body[:80]!r}", data=gzip.compress(body),
             headers=push_h | {"Content-Encoding": "gzip"})
    enrol_bodies = [{"code": v} for v in (None, 5, [], {}, True, "", " ")] + [
        {"code": "abc", "fingerprint_key": v} for v in (5, [], "x", "g" * 64)] + [[], 5, "code", None]
    for body in [json.dumps(b).encode() for b in enrol_bodies] + _json_oddities():
        call("POST", "/v1/enroll", f"enroll {body[:80]!r}", data=body)
    missing_bodies = [{"version_ids": v} for v in (None, 5, "x", [5], [None], {}, ["X" * 36])] + [
        {"version_ids": [], "acked_seq": v} for v in (-1, 1.5, "1", True, 2**53, 2**70, [])] + [[], 5]
    for body in [json.dumps(b).encode() for b in missing_bodies] + _json_oddities():
        call("POST", "/v1/sync/missing", f"missing {body[:80]!r}", data=body, headers=h)
    call("POST", "/v1/sync/push", "push gzip claimed, not gzip", data=b"{}",
         headers=push_h | {"Content-Encoding": "gzip"})
    call("POST", "/v1/sync/push", "push without Idempotency-Key", data=b"{}", headers=h)
    for encoding in ("br", "gzip, gzip", "²"):
        call("POST", "/v1/sync/missing", f"Content-Encoding {encoding!r}", data=b'{"version_ids": []}',
             headers=h | {"Content-Encoding": encoding})
    call("POST", "/v1/sync/push", "push with a bad Idempotency-Key", data=b"{}",
         headers=h | {"Idempotency-Key": "²"})

    # Authentication, paths and methods.
    for auth in (None, "", "Bearer", "Bearer ", "Bearer nope", "Basic eDp5", "Bearer \xb2\xff", "bearer" + " x" * 500):
        hdr = {} if auth is None else {"Authorization": auth}
        for method, path in (("GET", "/v1/sync/meta"), ("GET", "/v1/sync/pull"), ("GET", "/v1/verify"),
                             ("GET", "/v1/reference"), ("POST", "/v1/sync/push"), ("POST", "/v1/sync/missing"),
                             ("GET", f"/v1/blobs/{blob}"), ("HEAD", f"/v1/blobs/{blob}"),
                             ("PUT", f"/v1/blobs/{blob}")):
            call(method, path, f"{method} {path} auth={auth!r}", headers=hdr, data=b"{}")
    for name in ("x", blob.upper(), blob[:-1], blob + "0", "²" * 64, "%00"):
        for method in ("GET", "HEAD", "PUT"):
            call(method, f"/v1/blobs/{name}", f"{method} blob {name!r}", headers=h, data=b"x")
    call("GET", f"/v1/blobs/{blob}", "GET unknown blob", headers=h)
    for method, path in (("GET", "/v1/enroll"), ("DELETE", "/v1/sync/meta"), ("POST", "/v1/sync/pull"),
                         ("PATCH", f"/v1/blobs/{blob}"), ("GET", "/v1/nothing"), ("GET", "/")):
        call(method, path, f"{method} {path}", headers=h)

    # The public page answers in HTML, but no code makes it fail either.
    for code in ("²" * 8, "٣" * 8, "a" * 1000, "%00", "..", "%ff%fe", "ABCD-EFGH-2345"):
        r = requests.get(f"{url}/v/{code}", timeout=30)
        if not 400 <= r.status_code < 500:
            failures.append(f"/v/{code}: {r.status_code}")

    assert not failures, "\n".join(failures)
    assert d.verify()["versions"] == 0  # none of it changed anything
    # Documents with fields of the wrong type are answered op by op (rejected), never with a failed push.
    for kind in KINDS.values():
        names = [f.name for f in kind.fields] + ["progress", "rows"]
        docs = [{name: v} for name in names for v in (5, "x", [5], {"evidence": 5}, [{"evidence": 5}], 2**70)]
        ops = [op(str(uuid.uuid4()), doc, i + 1, kind=kind.name) for i, doc in enumerate(docs)]
        r = d.push(ops)
        assert r.status_code == 200, (kind.name, r.text[:300])
        assert {x["status"] for x in r.json()["results"]} == {"rejected"}, kind.name
    # Nesting a real document could have is not refused: the op gets its answer (here: an unknown field).
    doc = unit_doc("甲") | {"extra": json.loads("[" * 25 + "]" * 25)}
    r = d.push([op(str(uuid.uuid4()), doc, 1)])
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "rejected", r.text


def test_a_bad_content_length_header_is_a_4xx_with_the_error_object(server):
    """uvicorn refuses such a header itself (a plain-text 400) before the application sees it; another ASGI server
    may pass it on, so the application is called directly here, with the header as the HTTP parser would give it."""
    import asyncio

    from zwcx_server.app import create_app

    d = Dev(server, server.township("A"))
    app = create_app(server.db)

    async def call(length: bytes) -> tuple[int, bytes]:
        sent: list[dict] = []
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": "/v1/sync/missing", "raw_path": b"/v1/sync/missing", "query_string": b"",
                 "root_path": "", "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1),
                 "headers": [(b"authorization", d.h["Authorization"].encode()), (b"content-length", length)]}

        async def receive() -> dict:
            return {"type": "http.request", "body": b'{"version_ids": []}', "more_body": False}

        async def send(message: dict) -> None:
            sent.append(message)

        await app(scope, receive, send)
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

    for bad in (b"\xb2", b"\xb9", b"1e3", b"-1", b"99999999999999999999999", b" "):
        status, body = asyncio.run(call(bad))
        assert status == 400 and "Content-Length must be a non-negative integer" in json.loads(body)["error"], bad
    assert asyncio.run(call(b"19"))[0] == 200


def test_a_refused_id_reads_the_same_whether_or_not_another_township_holds_it(server):
    ta, tb = server.township("A"), server.township("B")
    a, b = Dev(server, ta), Dev(server, tb)
    theirs = op(str(uuid.uuid4()), unit_doc("甲"), 1)
    mine = op(str(uuid.uuid4()), unit_doc("乙"), 1)
    assert a.push([theirs]).json()["results"][0]["status"] == "applied"
    assert b.push([mine]).json()["results"][0]["status"] == "applied"

    def reason(o: dict, seq: int) -> str:
        r = b.push([dict(o, op_id=str(uuid.uuid4()), seq=seq)]).json()["results"][0]
        assert r["status"] == "rejected", r
        return r["reason"].replace(o["record_id"], "<id>").replace(o["version_id"], "<id>")

    doc = unit_doc("丙")
    # A's record id, and B's own record id used for another kind: one wording.
    other_record = op(theirs["record_id"], doc, 2, base=theirs["version_id"], version=2)
    own_record_other_kind = dict(op(mine["record_id"], doc, 2), kind="service")
    assert reason(other_record, 2) == reason(own_record_other_kind, 3)
    # A's version id, B's own version id on another record, B's own version id with other content: one wording.
    other_version = dict(op(str(uuid.uuid4()), doc, 4), version_id=theirs["version_id"])
    own_version_elsewhere = dict(op(str(uuid.uuid4()), doc, 5), version_id=mine["version_id"])
    own_version_changed = dict(op(mine["record_id"], doc, 6), version_id=mine["version_id"])
    texts = {reason(other_version, 4), reason(own_version_elsewhere, 5), reason(own_version_changed, 6)}
    assert len(texts) == 1 and "甲" not in texts.pop()
