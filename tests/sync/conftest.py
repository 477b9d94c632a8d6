"""Fixtures of the sync tests: a real server on loopback, devices as real data directories, a file keyring."""

from __future__ import annotations

import pytest

from zwcx_server.testing import live_server


@pytest.fixture(autouse=True)
def file_keyring(tmp_path, monkeypatch):
    """Secrets go to a plaintext file keyring inside the test's folder, never the real keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    import keyring.core

    keyring.core._keyring_backend = None  # pick the backend again from the environment


@pytest.fixture
def server(tmp_path):
    with live_server(f"sqlite:///{tmp_path / 'server.sqlite3'}") as srv:
        yield srv
