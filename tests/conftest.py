"""Shared fixtures: an initialised data directory in a temporary folder, users of each role.

Tests never touch the real keyring: keyring's own file backend, inside the test's temporary folder, chosen
explicitly with ZWCX_ALLOW_FILE_KEYRING=1 (zwcx refuses a file store nobody chose).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
#: The checkout's three source trees (the desktop at the root, core/, server/), first on the path of every child
#: process a test starts, so that children run this checkout's code even when the venv's editable installs point
#: at another one (a worktree).
SOURCE_ROOT = Path(__file__).resolve().parents[1]
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(SOURCE_ROOT), str(SOURCE_ROOT / "core"), str(SOURCE_ROOT / "server")]
    + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])

USCC = "91110000600037341L"
PASSWORD = "secret-pass-1"
#: The office's contact block every set-up needs (notices refuse to print without it).
CONTACT = {"contact_person": "张丽", "contact_phone": "0451-84661234", "address": "哈尔滨市道里区新阳路123号",
           "supervisor": "道里区纪委监委", "supervision_phone": "0451-84612388"}
#: The same block as `zwcx init` options.
CONTACT_ARGS = ["--contact-person", CONTACT["contact_person"], "--contact-phone", CONTACT["contact_phone"],
                "--address", CONTACT["address"], "--supervisor", CONTACT["supervisor"],
                "--supervision-phone", CONTACT["supervision_phone"]]


@pytest.fixture(autouse=True)
def _isolated_keyring(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("keyring")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("ZWCX_ALLOW_FILE_KEYRING", "1")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv("ZWCX_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _no_official_schedule():
    """The holiday schedule from a server is process-wide: one test's sync must not change another's dates (nor
    its supervision clock presets)."""
    yield
    from zwcx_core.domain import calendar, derive

    calendar.use_official_schedule({})
    derive.use_supervision_presets(None)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def app(data_dir):
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store import users
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.setup import SetupInput, initialise

    a = App(data_dir)
    initialise(a, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    with a.db.write() as s:
        users.add_user(s, "clerk", PASSWORD, Role.CLERK, "录入员小王")
        users.add_user(s, "reviewer", PASSWORD, Role.REVIEWER, "审核员老李")
    yield a
    a.close()


@pytest.fixture
def admin():
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.users import Actor

    return Actor("admin", Role.ADMIN)


@pytest.fixture
def clerk():
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.users import Actor

    return Actor("clerk", Role.CLERK)


@pytest.fixture
def reviewer():
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store.users import Actor

    return Actor("reviewer", Role.REVIEWER)


def commitment_payload(app, **over):
    p = {"unit_id": app.home_unit_id(), "title": "证明事项5个工作日办结", "category": "service_time",
         "content": "材料齐全的证明事项5个工作日内办结。", "responsible_person": "李明",
         "made_date": "2026-01-05", "due_date": "2026-06-30"}
    return p | over
