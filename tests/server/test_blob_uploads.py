"""Blob uploads append piece by piece, are bounded per device and expire; downloads are streamed."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib

import requests
from sqlalchemy import select, update

from tests.server.test_server import Dev
from zwcx_core import wire
from zwcx_server import service
from zwcx_server.models import BlobChunk, BlobPart

MiB = 1024 * 1024


def _put(d: Dev, sha: str, data: bytes, start: int, total: int, **headers) -> requests.Response:
    return requests.put(f"{d.url}/v1/blobs/{sha}", data=data, timeout=30, headers=d.h | headers | {
        "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}"})


def _chunks(server, sha: str) -> list[tuple[int, bytes]]:
    with server.db.read() as s:
        return [tuple(r) for r in s.execute(select(BlobChunk.start, BlobChunk.data)
                                            .where(BlobChunk.sha256 == sha).order_by(BlobChunk.start))]


def test_an_upload_appends_its_pieces_and_the_download_streams_them_back(server):
    d = Dev(server, server.township("A"))
    data = bytes(range(256)) * (10 * 1024)  # 2.5 MiB
    sha = hashlib.sha256(data).hexdigest()
    assert _put(d, sha, data[:1000], 0, len(data)).json() == {"protocol": 1, "status": "partial", "offset": 1000}
    first = _chunks(server, sha)
    assert first == [(0, data[:1000])]
    r = _put(d, sha, data[1000:], 1000, len(data))  # one body of 2.5 MiB is kept as pieces of at most 1 MiB
    assert r.json()["status"] == "stored"
    stored = _chunks(server, sha)
    assert stored[0] == first[0]  # the piece already received was not rewritten
    assert [s for s, _ in stored] == [0, 1000, 1000 + MiB, 1000 + 2 * MiB]
    assert b"".join(p for _, p in stored) == data
    with server.db.read() as s:
        assert s.execute(select(BlobPart)).first() is None
    for enc in ("gzip", "identity"):
        got = requests.get(f"{d.url}/v1/blobs/{sha}", headers=d.h | {"Accept-Encoding": enc}, timeout=30)
        assert got.status_code == 200 and got.content == data
    head = requests.head(f"{d.url}/v1/blobs/{sha}", headers=d.h, timeout=10)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(data))


def test_a_gzip_body_is_unpacked_as_it_arrives_and_a_damaged_one_is_refused(server):
    d = Dev(server, server.township("A"))
    data = b"evidence " * 300_000
    sha = hashlib.sha256(data).hexdigest()
    packed = gzip.compress(data)
    r = requests.put(f"{d.url}/v1/blobs/{sha}?offset=0&total={len(data)}", data=packed, timeout=30,
                     headers=d.h | {"Content-Encoding": "gzip"})
    assert r.json()["status"] == "stored", r.text
    assert requests.get(f"{d.url}/v1/blobs/{sha}", headers=d.h, timeout=30).content == data
    other = hashlib.sha256(b"x").hexdigest()
    for body, says in ((packed[:2000], "truncated"), (b"this is not gzip at all", "damaged")):
        r = requests.put(f"{d.url}/v1/blobs/{other}?offset=0&total={len(data)}", data=body, timeout=30,
                         headers=d.h | {"Content-Encoding": "gzip"})
        assert r.status_code == 400 and says in r.json()["error"] and r.json()["protocol"] == 1
    assert _chunks(server, other) == []


def test_a_device_may_hold_only_a_few_unfinished_uploads(server):
    t = server.township("A")
    d, other = Dev(server, t), Dev(server, t)
    shas = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(service.PART_QUOTA_COUNT + 1)]
    for sha in shas[:-1]:
        assert _put(d, sha, b"a", 0, 10).json()["status"] == "partial"
    r = _put(d, shas[-1], b"a", 0, 10)
    assert r.status_code == 429 and r.json()["protocol"] == 1
    assert f"already has {service.PART_QUOTA_COUNT} unfinished file upload(s)" in r.json()["error"]
    assert _chunks(server, shas[-1]) == []
    assert _put(d, shas[0], b"b", 1, 10).json()["offset"] == 2  # its own uploads go on
    assert _put(other, shas[-1], b"a", 0, 10).json()["status"] == "partial"  # the quota is the device's


def test_the_bytes_a_device_declares_for_unfinished_uploads_are_bounded(server):
    d = Dev(server, server.township("A"))
    big = wire.MAX_BLOB_BYTES
    n = service.PART_QUOTA_BYTES // big
    for i in range(n):
        assert _put(d, hashlib.sha256(b"%d" % i).hexdigest(), b"a", 0, big).status_code == 200
    r = _put(d, hashlib.sha256(b"one more").hexdigest(), b"a", 0, big)
    assert r.status_code == 429 and f"{n * big} bytes in all" in r.json()["error"]
    small = b"a small file"
    assert _put(d, hashlib.sha256(small).hexdigest(), small, 0, len(small)).json()["status"] == "stored"


def test_an_unfinished_upload_expires_and_frees_the_quota(server):
    t = server.township("A")
    d, other = Dev(server, t), Dev(server, t)
    data = b"0123456789"
    sha = hashlib.sha256(data).hexdigest()
    shas = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(service.PART_QUOTA_COUNT - 1)]
    for s_ in [sha, *shas]:
        assert _put(d, s_, data[:4], 0, len(data)).status_code == 200
    stale = dt.datetime.now(dt.UTC).replace(tzinfo=None) - service.PART_EXPIRY - dt.timedelta(minutes=1)
    with server.db.write() as s:
        s.execute(update(BlobPart).where(BlobPart.sha256 == sha).values(updated_at=stale))
    head = requests.head(f"{d.url}/v1/blobs/{sha}", headers=d.h, timeout=10)
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    r = _put(d, sha, data[4:], 4, len(data))
    assert r.status_code == 409 and r.json()["offset"] == 0
    # Another device's new upload cleans expired ones up, whoever started them.
    assert _put(other, hashlib.sha256(b"x").hexdigest(), b"x", 0, 2).status_code == 200
    assert _chunks(server, sha) == []
    # The expired upload no longer counts: the device may start a file again, and this one from zero.
    assert _put(d, hashlib.sha256(b"new").hexdigest(), b"n", 0, 3).status_code == 200
    assert _put(d, sha, data, 0, len(data)).json()["status"] == "stored"


def test_bytes_that_do_not_match_the_hash_leave_nothing_behind(server):
    d = Dev(server, server.township("A"))
    sha = hashlib.sha256(b"the real file").hexdigest()
    assert _put(d, sha, b"the fake", 0, 13).json()["status"] == "partial"
    r = _put(d, sha, b" file", 8, 13)
    assert r.status_code == 400 and r.json()["offset"] == 0 and "do not match" in r.json()["error"]
    assert _chunks(server, sha) == []
    with server.db.read() as s:
        assert s.execute(select(BlobPart)).first() is None
