"""Pull pages are cut by bytes as well as by count, always move at least one version, and say exactly whether
more follow."""

from __future__ import annotations

import json
import uuid

import requests

from tests.server.test_server import Dev, op, unit_doc
from zwcx_core import wire
from zwcx_server import service


def _push_units(server, names: list[str]) -> tuple[Dev, service.Caller, list[int]]:
    """Push one unit per name; returns the device, its caller and each stored document's size in bytes."""
    t = server.township("A")
    d = Dev(server, t)
    docs = [unit_doc(n) for n in names]
    r = d.push([op(str(uuid.uuid4()), doc, i + 1) for i, doc in enumerate(docs)])
    assert r.status_code == 200 and all(x["status"] == "applied" for x in r.json()["results"])
    caller = service.Caller(d.device_id, t, "A", "A 乡")
    return d, caller, [len(wire.canonical_json(doc).encode("utf-8")) for doc in docs]


def _page(server, caller, cursor: int, limit: int, max_bytes: int) -> dict:
    return json.loads(b"".join(service.pull(server.db, caller, cursor, limit, max_bytes)))


def _follow(server, caller, limit: int, max_bytes: int) -> list[list[str]]:
    """The names on each page, following cursor and `more` from zero."""
    pages, cursor = [], 0
    while True:
        page = _page(server, caller, cursor, limit, max_bytes)
        pages.append([it["doc"]["name"] for it in page["items"]])
        assert page["cursor"] == (page["items"][-1]["seq"] if page["items"] else cursor)
        cursor = page["cursor"]
        if not page["more"]:
            return pages


def test_a_page_is_cut_by_the_bytes_of_its_documents_not_their_characters(server):
    # Chinese names: three bytes a character in UTF-8, so counting characters would fit three to a page.
    names = [f"第{i}号" + "长" * 85 for i in range(7)]
    _d, caller, sizes = _push_units(server, names)
    assert len(set(sizes)) == 1
    pages = _follow(server, caller, 100, 2 * sizes[0] + 10)
    assert pages == [names[0:2], names[2:4], names[4:6], names[6:7]]


def test_a_version_larger_than_the_page_budget_still_moves_alone(server):
    names = ["甲" * 50, "乙", "丙" * 80]
    _d, caller, _sizes = _push_units(server, names)
    assert _follow(server, caller, 100, 1) == [[n] for n in names]


def test_a_page_that_ends_at_the_limit_says_no_more_when_nothing_follows(server):
    names = [f"单位{i}" for i in range(6)]
    _d, caller, _sizes = _push_units(server, names)
    assert _follow(server, caller, 3, service.PULL_PAGE_BYTES) == [names[:3], names[3:]]
    assert _follow(server, caller, 4, service.PULL_PAGE_BYTES) == [names[:4], names[4:]]
    assert _follow(server, caller, 6, service.PULL_PAGE_BYTES) == [names]


def test_the_streamed_page_over_http_is_one_valid_answer(server):
    names = [f"单位{i}" for i in range(40)]
    d, _caller, _sizes = _push_units(server, names)
    for enc in ("gzip", "identity"):
        r = requests.get(f"{server.url}/v1/sync/pull?cursor=0&limit=25", timeout=10,
                         headers=d.h | {"Accept-Encoding": enc})
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        page = wire.parse_pull_response(r.json())
        assert [it["doc"]["name"] for it in page["items"]] == names[:25] and page["more"] is True
        assert set(page["records"]) == {it["record_id"] for it in page["items"]}
    empty = requests.get(f"{server.url}/v1/sync/pull?cursor=40&limit=25", headers=d.h, timeout=10).json()
    assert (empty["items"], empty["cursor"], empty["more"], empty["records"]) == ([], 40, False, {})
