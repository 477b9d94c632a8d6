"""The server's PostgreSQL engine: no ping round trip per request, a database restart answered 503 "retry" once
and then served again, and PgBouncer mode turning psycopg's prepared statements off (real PostgreSQL)."""

from __future__ import annotations

import os

import pytest
import requests
from sqlalchemy import create_engine, text

from zwcx_server.db import PGBOUNCER_ENV, make_engine
from zwcx_server.testing import live_server, reset_postgres

PG = os.environ.get("ZWCX_TEST_PG_URL")
needs_pg = pytest.mark.skipif(not PG, reason="ZWCX_TEST_PG_URL is not set (scripts/test-postgres.sh start)")


def test_no_ping_round_trip_per_request(monkeypatch):
    monkeypatch.delenv(PGBOUNCER_ENV, raising=False)
    engine = make_engine("postgresql+psycopg://zwcx:secret@127.0.0.1:5432/zwcx")  # builds without connecting
    assert engine.pool._pre_ping is False and engine.pool._recycle == 1800


@needs_pg
@pytest.mark.parametrize(("value", "threshold"), [("1", None), ("", 5)])
def test_pgbouncer_mode_turns_prepared_statements_off(monkeypatch, value, threshold):
    monkeypatch.setenv(PGBOUNCER_ENV, value)
    engine = make_engine(PG)
    with engine.connect() as conn:
        assert conn.connection.dbapi_connection.prepare_threshold == threshold
    engine.dispose()


@needs_pg
def test_a_database_restart_costs_one_503_then_requests_are_served(tmp_path):
    reset_postgres(PG)
    with live_server(PG) as srv:
        code = srv.code(srv.township("A"))
        answer = requests.post(f"{srv.url}/v1/enroll", json={"code": code}, timeout=10).json()
        auth = {"Authorization": f"Bearer {answer['token']}"}
        assert requests.get(f"{srv.url}/v1/sync/meta", headers=auth, timeout=10).status_code == 200
        # Every connection of the server dies, as in a PostgreSQL restart.
        admin = create_engine(PG)
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
            conn.commit()
        admin.dispose()
        statuses = [requests.get(f"{srv.url}/v1/sync/meta", headers=auth, timeout=10).status_code for _ in range(3)]
        assert statuses[-1] == 200 and set(statuses) <= {200, 503}, statuses
        assert 500 not in statuses
