"""The reference server over real HTTP on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import gzip
import hashlib
import json
import uuid

import requests

from zwcx_core import wire
from zwcx_core.domain.canonical import content_hash
from zwcx_server import cli, service


def unit_doc(name: str) -> dict:
    return {"name": name, "unit_type": "township", "uscc": None, "division_code": None, "parent_id": None,
            "contact_person": None, "contact_phone": None, "address": None}


def op(record_id: str, doc: dict, seq: int, base: str | None = None, merge: str | None = None,
       version: int = 1, kind: str = "unit", delete: bool = False) -> dict:
    return {"op_id": str(uuid.uuid4()), "seq": seq, "op": "delete" if delete else "upsert", "kind": kind,
            "record_id": record_id, "version_id": str(uuid.uuid4()), "base_version_id": base,
            "merge_parent_id": merge, "version": version, "content_hash": content_hash(doc), "doc": doc,
            "created_by": "t", "created_at": "2026-01-01T00:00:00Z"}


class Dev:
    """A device speaking raw HTTP to the server."""

    def __init__(self, srv, township_id: int) -> None:
        self.url = srv.url
        ans = requests.post(f"{srv.url}/v1/enroll", json={"code": srv.code(township_id)}, timeout=10).json()
        self.device_id = ans["device_id"]
        self.h = {"Authorization": f"Bearer {ans['token']}"}

    def push(self, ops: list[dict], batch_id: str | None = None, raw: bytes | None = None) -> requests.Response:
        bid = batch_id or str(uuid.uuid4())
        body = raw if raw is not None else gzip.compress(json.dumps({"batch_id": bid, "ops": ops}).encode())
        return requests.post(f"{self.url}/v1/sync/push", data=body, timeout=10,
                             headers=self.h | {"Idempotency-Key": bid, "Content-Encoding": "gzip"})

    def pull(self, cursor: int = 0) -> dict:
        return requests.get(f"{self.url}/v1/sync/pull?cursor={cursor}&limit=100", headers=self.h, timeout=10).json()

    def verify(self) -> dict:
        return requests.get(f"{self.url}/v1/verify", headers=self.h, timeout=10).json()


def test_enrol_code_is_single_use_and_revocation_refuses(server):
    t = server.township("A")
    code = server.code(t)
    r = requests.post(f"{server.url}/v1/enroll", json={"code": code}, timeout=10)
    assert r.status_code == 200
    r2 = requests.post(f"{server.url}/v1/enroll", json={"code": code}, timeout=10)
    assert r2.status_code == 403 and "unknown, used or expired" in r2.json()["error"]
    h = {"Authorization": f"Bearer {r.json()['token']}"}
    assert requests.get(f"{server.url}/v1/sync/meta", headers=h, timeout=10).status_code == 200
    service.revoke_device(server.db, r.json()["device_id"])
    r3 = requests.get(f"{server.url}/v1/sync/meta", headers=h, timeout=10)
    assert r3.status_code == 403 and "revoked" in r3.json()["error"]
    r4 = requests.get(f"{server.url}/v1/sync/meta", headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r4.status_code == 401 and "unknown device token" in r4.json()["error"]


def test_the_first_device_gives_the_township_its_fingerprint_key_and_later_ones_receive_it(server):
    t, other = server.township("A"), server.township("B")
    first_key = "ab" * 32
    r = requests.post(f"{server.url}/v1/enroll", json={"code": server.code(t), "fingerprint_key": first_key},
                      timeout=10)
    assert r.status_code == 200 and r.json()["fingerprint_key"] == first_key
    r = requests.post(f"{server.url}/v1/enroll", json={"code": server.code(t), "fingerprint_key": "cd" * 32},
                      timeout=10)
    assert r.json()["fingerprint_key"] == first_key  # the township's key, not the newcomer's
    r = requests.post(f"{server.url}/v1/enroll", json={"code": server.code(other)}, timeout=10)
    key_b = r.json()["fingerprint_key"]
    assert len(key_b) == 64 and key_b != first_key  # a device offering none: the server makes one
    for bad in ("xyz", "ab" * 31, 42):
        r = requests.post(f"{server.url}/v1/enroll", json={"code": server.code(t), "fingerprint_key": bad},
                          timeout=10)
        assert r.status_code == 400 and "64 hexadecimal characters" in r.json()["error"]


def test_token_is_stored_hashed(server):
    t = server.township("A")
    d = Dev(server, t)
    token = d.h["Authorization"][7:]
    from sqlalchemy import select

    from zwcx_server.models import Device
    with server.db.read() as s:
        stored = s.execute(select(Device.token_hash).where(Device.id == d.device_id)).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored


def test_replayed_batch_gets_same_answer_and_no_duplicates(server):
    d = Dev(server, server.township("A"))
    rid = str(uuid.uuid4())
    o = op(rid, unit_doc("甲"), 1)
    bid = str(uuid.uuid4())
    a1 = d.push([o], bid).json()
    a2 = d.push([o], bid).json()
    assert a1["results"] == a2["results"] and a1["results"][0]["status"] == "applied"
    # The same version under a new op id (e.g. the client lost its outbox state): duplicate, still one version.
    o2 = dict(o, op_id=str(uuid.uuid4()), seq=2)
    assert d.push([o2]).json()["results"][0]["status"] == "duplicate"
    v = d.verify()
    assert v["records"] == 1 and v["versions"] == 1


def test_concurrent_edits_become_siblings_then_merge(server):
    t = server.township("A")
    d1, d2 = Dev(server, t), Dev(server, t)
    rid = str(uuid.uuid4())
    o1 = op(rid, unit_doc("甲"), 1)
    d1.push([o1])
    a = op(rid, unit_doc("甲-1"), 2, base=o1["version_id"], version=2)
    b = op(rid, unit_doc("甲-2"), 1, base=o1["version_id"], version=2)
    assert d1.push([a]).json()["results"][0]["status"] == "applied"
    rb = d2.push([b]).json()["results"][0]
    assert rb["status"] == "conflict" and rb["current_version_id"] == a["version_id"] and rb["conflict"]
    page = d2.pull()
    assert {i["version_id"] for i in page["items"]} == {o1["version_id"], a["version_id"], b["version_id"]}
    assert page["records"][rid]["conflict"] is True
    # Identical content reached independently is a success, not a conflict.
    same = op(rid, unit_doc("甲-1"), 2, base=o1["version_id"], version=2)
    assert d2.push([same]).json()["results"][0]["status"] == "duplicate"
    m = op(rid, unit_doc("甲-merged"), 3, base=a["version_id"], merge=b["version_id"], version=3)
    rm = d1.push([m]).json()["results"][0]
    assert rm["status"] == "applied" and rm["conflict"] is False
    assert d1.verify()["conflicts"] == 0


def test_township_scope_comes_from_token_only(server):
    ta, tb = server.township("A"), server.township("B")
    da, db_ = Dev(server, ta), Dev(server, tb)
    rid = str(uuid.uuid4())
    ob = op(rid, unit_doc("乙"), 1)
    assert db_.push([ob]).json()["results"][0]["status"] == "applied"
    # A forges B's record id, then B's version id: both rejected, B's record untouched and never shown to A.
    forged = op(rid, unit_doc("hijack"), 1, base=ob["version_id"], version=2)
    r = da.push([forged]).json()["results"][0]
    assert r["status"] == "rejected" and "cannot be used" in r["reason"] and "乙" not in json.dumps(r)
    forged2 = op(str(uuid.uuid4()), unit_doc("x"), 2)
    forged2["version_id"] = ob["version_id"]
    assert da.push([forged2]).json()["results"][0]["status"] == "rejected"
    assert da.pull()["items"] == []
    assert da.verify()["records"] == 0
    assert db_.verify()["records"] == 1 and db_.pull()["items"][0]["doc"]["name"] == "乙"
    # Blobs are per township too.
    data = b"evidence"
    h = hashlib.sha256(data).hexdigest()
    assert requests.put(f"{server.url}/v1/blobs/{h}", data=data, headers=db_.h, timeout=10).status_code == 200
    assert requests.head(f"{server.url}/v1/blobs/{h}", headers=da.h, timeout=10).status_code == 404
    assert requests.get(f"{server.url}/v1/blobs/{h}", headers=da.h, timeout=10).status_code == 404


def test_malformed_requests_name_the_problem_and_change_nothing(server):
    d = Dev(server, server.township("A"))
    good = op(str(uuid.uuid4()), unit_doc("甲"), 1)
    bad_hash = dict(good, content_hash="0" * 64)
    cases = [
        (d.push([], raw=b"not gzip"), "gzip"),
        (d.push([], raw=gzip.compress(b"{not json")), "not valid JSON"),
        (d.push([good, dict(good, op_id=str(uuid.uuid4()), seq=1)]), "increasing seq"),
        (d.push([dict(good, kind="spaceship")]), "unknown kind"),
        (d.push([dict(good, record_id="1; drop table")]), "record_id must be a lowercase UUID"),
        (d.push([{k: v for k, v in good.items() if k != "doc"}]), "'doc' is missing"),
    ]
    for r, words in cases:
        assert r.status_code == 400, r.text
        assert words in r.json()["error"], (words, r.json())
    r = d.push([bad_hash]).json()["results"][0]
    assert r["status"] == "rejected" and "content_hash does not match" in r["reason"]
    invalid = unit_doc("")
    r = d.push([op(str(uuid.uuid4()), invalid, 2)]).json()["results"][0]
    assert r["status"] == "rejected" and "invalid unit" in r["reason"]
    r = requests.post(f"{server.url}/v1/sync/push", data=b"{}", headers=d.h, timeout=10)
    assert r.status_code == 400 and "Idempotency-Key" in r.json()["error"]
    r = requests.get(f"{server.url}/v1/sync/pull?cursor=-1", headers=d.h, timeout=10)
    assert r.status_code == 400 and "cursor" in r.json()["error"]
    assert d.verify()["versions"] == 0


def test_request_size_limit(server):
    d = Dev(server, server.township("A"))
    bid = str(uuid.uuid4())
    big = b"x" * (wire.MAX_PUSH_BYTES + 1)
    r = requests.post(f"{server.url}/v1/sync/push", data=big, timeout=30,
                      headers=d.h | {"Idempotency-Key": bid})
    assert r.status_code == 413 and "larger than the limit" in r.json()["error"]
    bomb = gzip.compress(b" " * (wire.MAX_PUSH_JSON_BYTES + 10))
    r = d.push([], bid, raw=bomb)
    assert r.status_code == 413 and "unpacked body" in r.json()["error"]


def test_blob_upload_resumes_by_offset_and_checks_hash(server):
    d = Dev(server, server.township("A"))
    data = bytes(range(256)) * 100
    h = hashlib.sha256(data).hexdigest()
    url = f"{server.url}/v1/blobs/{h}"
    r = requests.put(url, data=data[:1000], headers=d.h | {"Content-Range": f"bytes 0-999/{len(data)}"}, timeout=10)
    assert r.json() == {"protocol": 1, "status": "partial", "offset": 1000}
    head = requests.head(url, headers=d.h, timeout=10)
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "1000"
    r = requests.put(url, data=data[500:], headers=d.h | {"Content-Range": f"bytes 500-{len(data) - 1}/{len(data)}"},
                     timeout=10)
    assert r.status_code == 409 and r.json()["offset"] == 1000
    r = requests.put(f"{url}?offset=1000&total={len(data)}", data=data[1000:], headers=d.h, timeout=10)
    assert r.json()["status"] == "stored"
    assert requests.get(url, headers=d.h, timeout=10).content == data
    wrong = hashlib.sha256(b"other").hexdigest()
    r = requests.put(f"{server.url}/v1/blobs/{wrong}", data=b"not other", headers=d.h, timeout=10)
    assert r.status_code == 400 and "do not match" in r.json()["error"]


def test_push_waits_for_missing_blobs(server):
    d = Dev(server, server.township("A"))
    h = hashlib.sha256(b"photo").hexdigest()
    doc = {"unit_id": str(uuid.uuid4()), "kind": "政务公开", "doc_type": "公示", "title": "t", "body": "b",
           "formed_date": "2026-01-05", "posting_evidence": [h]}
    from zwcx_core.domain.schema import validate
    doc = validate("disclosure", doc, allow_computed=True)
    o = op(str(uuid.uuid4()), doc, 1, kind="disclosure")
    r = d.push([o]).json()
    assert r["results"][0]["status"] == "need_blobs" and r["results"][0]["missing"] == [h]
    assert r["acked_through_seq"] == 0
    requests.put(f"{server.url}/v1/blobs/{h}", data=b"photo", headers=d.h, timeout=10)
    assert d.push([o]).json()["results"][0]["status"] == "applied"


def test_admin_cli(db_url, tmp_path, capsys):
    assert cli.main(["--db", db_url, "add-township", "--name", "红旗乡", "--code", "HQ"]) == 0
    tid = int(capsys.readouterr().out.strip())
    assert cli.main(["--db", db_url, "add-township", "--name", "x", "--code", "HQ"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["--db", db_url, "enroll-device", "--township", str(tid)]) == 0
    assert len(capsys.readouterr().out.strip()) == 20
    assert cli.main(["--db", db_url, "revoke-device", str(uuid.uuid4())]) == 2
    assert "no device" in capsys.readouterr().err
    ref = tmp_path / "ref.json"
    ref.write_text(json.dumps({"holidays": [{"date": "2026-10-01", "workday": False, "name": "国庆节"}],
                               "categories": ["政务诚信"]}), encoding="utf-8")
    assert cli.main(["--db", db_url, "load-reference", str(ref)]) == 0
    ref.write_text(json.dumps({"holidays": [{"date": "2027-10-01", "workday": False},
                                            {"date": "2027-10-09", "name": "调休"}]}), encoding="utf-8")
    assert cli.main(["--db", db_url, "load-reference", str(ref)]) == 2
    assert "holidays[1] (2027-10-09): 'workday' must be true" in capsys.readouterr().err
    ref.write_text(json.dumps({"planets": []}), encoding="utf-8")
    assert cli.main(["--db", db_url, "load-reference", str(ref)]) == 2
    assert "unknown reference section" in capsys.readouterr().err


def test_concurrent_pushes_get_gapless_ordered_sequences(server):
    """Devices of one township pushing at once: the township lock hands out seqs in commit order, so a pull
    cursor never skips a change (on PostgreSQL this is what FOR UPDATE is for)."""
    import threading

    t = server.township("A")
    devs = [Dev(server, t) for _ in range(4)]
    errors = []

    def work(d: Dev, k: int) -> None:
        try:
            for i in range(5):
                ops = [op(str(uuid.uuid4()), unit_doc(f"{k}-{i}-{j}"), i * 20 + j + 1) for j in range(20)]
                r = d.push(ops)
                assert r.status_code == 200 and all(x["status"] == "applied" for x in r.json()["results"])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, k)) for k, d in enumerate(devs)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors, errors
    seqs, cursor = [], 0
    while True:
        page = requests.get(f"{server.url}/v1/sync/pull?cursor={cursor}&limit=37", headers=devs[0].h,
                            timeout=10).json()
        seqs += [i["seq"] for i in page["items"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert seqs == list(range(1, 401))
