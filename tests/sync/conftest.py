"""Fixtures of the sync tests: a real server on loopback, devices as real data directories, a file keyring."""

from __future__ import annotations

import os

import pytest

from zwcx_server.testing import live_server, reset_postgres


@pytest.fixture(autouse=True)
def file_keyring(tmp_path, monkeypatch):
    """Secrets go to a plaintext file keyring inside the test's folder, never the real keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    import keyring.core

    keyring.core._keyring_backend = None  # pick the backend again from the environment


@pytest.fixture
def server(tmp_path):
    """SQLite by default; ZWCX_SYNC_BACKEND=postgres runs the same tests on the (emptied) ZWCX_TEST_PG_URL."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    if os.environ.get("ZWCX_SYNC_BACKEND") == "postgres":
        url = os.environ.get("ZWCX_TEST_PG_URL") or pytest.skip("ZWCX_TEST_PG_URL is not set")
        reset_postgres(url)
    with live_server(url) as srv:
        yield srv
