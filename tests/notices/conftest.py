"""Fixtures of the notice tests: sample records of every kind in the shared `app` data directory."""

from __future__ import annotations

import pytest

#: The municipal server the sample office is set up with: notices carry a QR code only when there is one.
SERVER = "http://127.0.0.1:8765"


@pytest.fixture
def samples(app, admin):
    from zwcx_desktop.notices.samples import make_samples

    app.put_setting("server_url", SERVER)
    return make_samples(app, admin)
