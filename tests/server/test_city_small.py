"""A small city (issue 20): 20 townships on one server, a morning rush and a bounded number of steady rounds over
real HTTP from enrolled devices, then every township's digest against what its devices pushed: nothing lost,
nothing duplicated. The same generator and driver as `make bench-city` (bench/citygen.py, bench/bench_city.py)."""

from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from bench import bench_city, citygen
from tests.server.pagedata import put_version
from zwcx_core.domain.schema import KINDS, validate
from zwcx_server.db import ServerDB
from zwcx_server.models import Record
from zwcx_server.testing import TEST_SERVER_KEY, reset_postgres


@pytest.fixture
def city_db(db_url):
    db = ServerDB(db_url, TEST_SERVER_KEY)
    db.upgrade()
    yield db
    db.close()


def _clean(samples: bench_city.Samples) -> None:
    assert samples.errors == 0, samples.error_texts
    assert samples.not_applied == 0
    assert samples.digest_mismatch == 0


def test_generated_documents_of_every_kind_are_valid():
    rng = random.Random(3)
    for kind in KINDS:
        doc = citygen._doc(kind, rng, "0b7e2a8e-2c1f-4f57-9a0e-0f6f1c1a2b3c", 7, "ab" * 32)
        validate(kind, doc, allow_computed=True)
        validate(kind, citygen._edit(kind, doc, 2), allow_computed=True)


@pytest.mark.timeout(120)
def test_twenty_townships_lose_and_duplicate_nothing(city_db, db_url):
    # Through service.push: every generated document is checked by the server as a first sync's would be.
    city = citygen.generate(city_db, 20, 3, 30, via_push=True)
    with city_db.read() as s:
        assert set(s.execute(select(Record.kind).distinct()).scalars()) == set(KINDS)
    for tw in city.townships:
        for dev in tw.devices:
            dev.digest = tw.digest()
    with bench_city.serve(db_url, 2) as (base, _pid):
        _clean(bench_city.rush(base, city, 1, seconds=2, pool=8))
        samples, _secs = bench_city.steady(base, city, 2, seconds=60, pool=8, rounds=150)
        _clean(samples)
        assert samples.rounds() >= 100
    assert citygen.check(city_db, city) == {"townships": 20, "lost": 0, "duplicated": 0, "mismatched": 0}
    # The check sees a version no device pushed.
    tw = city.townships[5]
    put_version(city_db, tw.id, "unit", tw.records[tw.unit_id][4])
    assert citygen.check(city_db, city) == {"townships": 20, "lost": 0, "duplicated": 1, "mismatched": 1}


@pytest.mark.postgres
@pytest.mark.timeout(120)
def test_two_server_processes_on_one_postgres_serve_one_township_without_loss():
    """Several `serve` processes on one PostgreSQL, nothing in front: the devices of one township push through
    both at once; the township's row lock orders them across processes."""
    url = os.environ.get("ZWCX_TEST_PG_URL")
    if not url:
        pytest.skip("ZWCX_TEST_PG_URL is not set (scripts/test-postgres.sh start)")
    reset_postgres(url)
    db = ServerDB(url, TEST_SERVER_KEY)
    db.upgrade()
    try:
        city = citygen.generate(db, 2, 4, 20)
        for tw in city.townships:
            for dev in tw.devices:
                dev.digest = tw.digest()
        out = bench_city.Samples()
        with bench_city.serve(url, 1) as (a, _), bench_city.serve(url, 1) as (b, _):
            def device(tw, k):
                rng = random.Random(f"{tw.code}{k}")
                for r in range(4):
                    bench_city.one_round((a, b)[(k + r) % 2], tw, tw.devices[k], rng, bench_city.PUSH_OPS, out)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda x: device(*x), [(tw, k) for tw in city.townships for k in range(4)]))
        _clean(out)
        assert len(out.push) == 2 * 4 * 4
        assert citygen.check(db, city) == {"townships": 2, "lost": 0, "duplicated": 0, "mismatched": 0}
    finally:
        db.close()
