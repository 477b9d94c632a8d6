import os

import pytest

from zwcx_server.testing import live_server, reset_postgres

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh server database URL: a SQLite file, or the test PostgreSQL (emptied) when ZWCX_TEST_PG_URL is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    url = os.environ.get("ZWCX_TEST_PG_URL")
    if not url:
        pytest.skip("ZWCX_TEST_PG_URL is not set (scripts/test-postgres.sh start)")
    reset_postgres(url)
    return url


@pytest.fixture
def server(db_url):
    with live_server(db_url) as srv:
        yield srv
