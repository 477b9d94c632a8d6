"""Fixtures of the notice tests: sample records of every kind in the shared `app` data directory."""

from __future__ import annotations

import pytest


@pytest.fixture
def samples(app, admin):
    from zwcx_desktop.notices.samples import make_samples

    return make_samples(app, admin)
