"""HTTP client of the sync protocol: one requests Session with retries, timeouts, gzip bodies and TLS verification.

Every answer goes through `wire` checks: a 200 that is not the protocol's JSON is a failure (ProtocolError).
"""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from zwcx_core import wire
from zwcx_core.wire import ProtocolError


class SyncError(RuntimeError):
    """A sync round could not finish; the message says why in words a clerk can pass on."""


class NetworkError(SyncError):
    """The server could not be reached or the connection broke."""


class BadAnswer(SyncError):
    """The server's answer is not the protocol's JSON (captive portal page, truncated or damaged body)."""


class ServerRefused(SyncError):
    """The server answered with an error status (its JSON message is kept)."""

    def __init__(self, status: int, message: str, answer: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.answer = answer or {}  # the error object, for the fields some refusals carry beside the message


def _check_url(url: str) -> str:
    """The server's base URL. Plain http is accepted only on this machine (tests, a local TLS proxy): anywhere
    else the device token would cross the network in clear text."""
    from urllib.parse import urlsplit

    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError(f"the server address must look like https://host[:port] (got {url!r})")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"the server address must use https:// so the device token is encrypted (got {url!r})")
    return url


#: JSON bytes of one push request: half of what the server accepts (wire.MAX_PUSH_JSON_BYTES), a handful of the
#: largest documents.
PUSH_REQUEST_BYTES = wire.MAX_PUSH_JSON_BYTES // 2


class SyncClient:
    """Talks to one sync server with one device token."""

    def __init__(self, base_url: str, token: str | None = None, timeout: tuple[float, float] = (5.0, 60.0),
                 retries: int = 2, verify: bool | str = True, kinds_level: int = wire.KINDS_LEVEL) -> None:
        self.base_url = _check_url(base_url)
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = verify  # TLS verification stays on; a CA bundle path may be given instead
        # Only connection failures and gateway errors are retried here; push is idempotent (stored op results),
        # so retrying a POST cannot apply an op twice.
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=0.2,
                      status_forcelist=(502, 503, 504), allowed_methods=None, raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry, pool_maxsize=4)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.headers["Accept-Encoding"] = "gzip"
        from zwcx_desktop import __version__

        # The app's version, so the municipal administrator can see which computers still run an old one.
        self.session.headers["User-Agent"] = f"zwcx-desktop/{__version__} (sync/{wire.PROTOCOL}; kinds/{kinds_level})"
        # The record kinds this app knows: the server sends no others (docs/record-kinds.md).
        self.kinds_level = kinds_level
        self.session.headers[wire.KINDS_LEVEL_HEADER] = str(kinds_level)
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------------------------------ plumbing

    def _request(self, method: str, path: str, what: str, **kw: Any) -> requests.Response:
        try:
            r = self.session.request(method, self.base_url + path, timeout=self.timeout, **kw)
            content = r.content  # read fully here so a cut-off body raises inside the try
        except requests.exceptions.SSLError as exc:
            raise NetworkError(f"{what}: the server's TLS certificate was not accepted ({exc})") from exc
        except requests.RequestException as exc:
            raise NetworkError(f"{what}: could not reach the sync server ({type(exc).__name__})") from exc
        body = kw.get("data")
        self.bytes_sent += len(body) if isinstance(body, bytes | bytearray) else 0
        cl = r.headers.get("content-length", "")
        self.bytes_received += int(cl) if cl.isdigit() else len(content)  # bytes on the wire (compressed)
        if r.status_code >= 400 and method != "HEAD":
            msg, obj = None, None
            try:
                obj = wire.decode_json(content, r.headers.get("content-type"), what)
                msg = obj.get("error")
            except ProtocolError:
                pass
            raise ServerRefused(r.status_code, f"{what}: the server refused (HTTP {r.status_code}): "
                                               f"{msg or 'no protocol answer (a proxy or portal may be in the way)'}",
                                obj if isinstance(obj, dict) else None)
        return r

    def _json(self, method: str, path: str, what: str, check=None, **kw: Any) -> dict[str, Any]:
        """The checked JSON answer; anything else (HTML with 200, cut-off JSON) raises BadAnswer."""
        r = self._request(method, path, what, **kw)
        try:
            obj = wire.decode_json(r.content, r.headers.get("content-type"), what)
            return check(obj) if check else obj
        except ProtocolError as exc:
            raise BadAnswer(str(exc)) from exc

    # ------------------------------------------------------------------------------------------ endpoints

    def enroll(self, code: str, fingerprint_key: str | None = None, township: int | str | None = None) -> dict[str, Any]:
        """Exchange a one-time enrolment code for a device token (and learn the township's fingerprint key,
        offering this device's own for a township that has none yet). `township`: the id of the township whose
        records this computer holds, so that a code of another one is refused before it is used up."""
        body = ({"code": code} | ({"fingerprint_key": fingerprint_key} if fingerprint_key else {})
                | ({"township": township} if township else {}))
        obj = self._json("POST", "/v1/enroll", "enrolment", json=body)
        if not isinstance(obj.get("token"), str) or not isinstance(obj.get("device_id"), str):
            raise BadAnswer("enrolment: the answer has no device token")
        if "fingerprint_key" in obj and not wire.is_fingerprint_key(obj["fingerprint_key"]):
            raise BadAnswer("enrolment: 'fingerprint_key' is not 64 hexadecimal characters")
        return obj

    def meta(self, cursor: int | None = None) -> dict[str, Any]:
        """Server facts for this round; with `cursor`, the answer's `sync_state` names the version at it."""
        path = "/v1/sync/meta" + (f"?cursor={cursor}" if cursor else "")
        return self._json("GET", path, "meta", check=wire.parse_meta)

    def missing(self, version_ids: list[str], acked_seq: int | None = None) -> list[str]:
        """Which of these versions the server does not hold; `acked_seq` restores the server's memory of how far
        this device's outbox was acknowledged (sent when a repair is complete)."""
        body = wire.gzip_json({"version_ids": version_ids, "acked_seq": acked_seq})
        return self._json("POST", "/v1/sync/missing", "missing versions", data=body,
                          check=lambda obj: wire.parse_missing_response(obj, version_ids),
                          headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})

    def push(self, ops: list[wire.Op], prints: list[wire.PrintEvent] | None = None,
             audit: list[wire.AuditAnchor] | None = None) -> dict[str, Any]:
        """Send ops (gzip JSON) in requests of at most PUSH_REQUEST_BYTES of JSON (at least one op each), so large
        documents (posted rosters) never make a body the server refuses or must hold whole; print events and audit
        event hashes, when given, go with the first request. Answers are joined in order; one that stops early (an op waiting for
        attachments) ends the push there, as one request would."""
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        pieces = [encode(o.to_json()).encode("utf-8") for o in ops]
        extra = b',"prints":' + encode([p.to_json() for p in prints]).encode("utf-8") if prints else b""
        if audit:
            extra += b',"audit":' + encode([a.to_json() for a in audit]).encode("utf-8")
        ans: dict[str, Any] = {}
        results: list[dict[str, Any]] = []
        i = 0
        while i < len(ops) or (i == 0 and extra):
            j, size = i + 1, len(pieces[i]) if i < len(ops) else 0
            while j < len(ops) and size + len(pieces[j]) <= PUSH_REQUEST_BYTES:
                size += len(pieces[j])
                j += 1
            ans = self._push_request(ops[i:j], pieces[i:j], extra if i == 0 else b"")
            results += ans["results"]
            if len(ans["results"]) < len(ops[i:j]) or any(r["status"] not in wire.FINAL_RESULTS
                                                          for r in ans["results"]):
                break
            i = j
        return ans | {"results": results}

    def _push_request(self, ops: list[wire.Op], pieces: list[bytes], extra: bytes = b"") -> dict[str, Any]:
        """One push request (`extra`: more members of the body, already encoded); its batch id doubles as the
        Idempotency-Key."""
        batch_id = str(uuid.uuid4())
        body = gzip.compress(b'{"batch_id":"' + batch_id.encode() + b'","ops":[' + b",".join(pieces) + b"]"
                             + extra + b"}", 6)
        return self._json("POST", "/v1/sync/push", "push", data=body,
                          check=lambda obj: wire.parse_push_response(obj, ops),
                          headers={"Content-Encoding": "gzip", "Content-Type": "application/json",
                                   "Idempotency-Key": batch_id})

    def audit_anchors(self, start: int, limit: int = wire.MAX_ANCHORS_PER_PAGE) -> dict[str, Any]:
        """The hashes of this device's audit events the server anchored, from event `start` on."""
        return self._json("GET", f"/v1/audit/anchors?from={start}&limit={limit}", "audit anchors",
                          check=wire.parse_anchors_page)

    def pull(self, cursor: int, limit: int) -> dict[str, Any]:
        return self._json("GET", f"/v1/sync/pull?cursor={cursor}&limit={limit}", "pull",
                          check=wire.parse_pull_response)

    def reference(self) -> dict[str, Any]:
        """Reference data that flows down: units, disclosure catalogue, commitment categories, holidays."""
        obj = self._json("GET", "/v1/reference", "reference data")
        if not isinstance(obj.get("reference"), dict):
            raise BadAnswer("reference data: the answer has no 'reference' object")
        return obj["reference"]

    def put_township_clocks(self, document: dict[str, Any], edited_at: str) -> dict[str, Any]:
        """Share the office's supervision clock presets with the township (ServerRefused 409 carries the later
        edit the server keeps under `current`; 404 is a server older than this endpoint)."""
        obj = self._json("PUT", "/v1/township/supervision-clocks", "township supervision clocks",
                         json={"document": document, "edited_at": edited_at})
        if not isinstance(obj.get("document"), dict) or not isinstance(obj.get("edited_at"), str):
            raise BadAnswer("township supervision clocks: the answer has no 'document' and 'edited_at'")
        return obj

    def verify(self) -> dict[str, Any]:
        return self._json("GET", "/v1/verify", "verify")

    def blob_offset(self, sha256: str) -> int | None:
        """None when the server has the file; else how many bytes of an unfinished upload it holds."""
        r = self._request("HEAD", f"/v1/blobs/{sha256}", "attachment check")
        if r.status_code == 200:
            return None
        if r.status_code == 404:
            off = r.headers.get("Upload-Offset", "0")
            return int(off) if off.isdigit() else 0
        raise ServerRefused(r.status_code, f"attachment check: HTTP {r.status_code}")

    def put_blob(self, sha256: str, data: bytes, chunk: int = 1 << 20) -> None:
        """Upload a file by hash, resuming where an earlier upload stopped."""
        off = self.blob_offset(sha256)
        if off is None:
            return
        total = len(data)
        if off > total:
            off = 0
        while True:
            end = min(off + chunk, total)
            try:
                obj = self._json("PUT", f"/v1/blobs/{sha256}", "attachment upload", data=data[off:end],
                                 headers={"Content-Range": f"bytes {off}-{end - 1}/{total}",
                                          "Content-Type": "application/octet-stream"})
            except ServerRefused as exc:
                if exc.status == 409:  # the server holds a different offset: ask and continue from there
                    off = self.blob_offset(sha256)
                    if off is None:
                        return
                    continue
                raise
            if obj.get("status") == "stored":
                return
            off = int(obj.get("offset", end))

    def get_blob(self, sha256: str) -> bytes:
        import hashlib

        r = self._request("GET", f"/v1/blobs/{sha256}", "attachment download")
        if hashlib.sha256(r.content).hexdigest() != sha256:
            raise BadAnswer(f"attachment download: the bytes of {sha256} do not match their hash")
        return r.content
