"""Fixtures of the console tests: a real server database (SQLite, or PostgreSQL when ZWCX_TEST_PG_URL is set), the
app on it, staff of every role and two townships in two districts."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from zwcx_server.app import create_app
from zwcx_server.db import ServerDB
from zwcx_server.testing import TEST_SERVER_KEY
from zwcx_server.web import accounts, data

PASSWORD = "correct horse battery staple"
#: name → (role, district)
STAFF = {"boss": ("admin", None), "judge": ("evaluator", None), "east": ("district", "东区"),
         "west": ("district", "西区")}


@dataclass
class City:
    db: ServerDB
    east_id: int  # 东区 的 乡镇
    west_id: int  # 西区 的 乡镇

    def client(self) -> TestClient:
        return TestClient(create_app(self.db), follow_redirects=True)


@pytest.fixture(autouse=True)
def quick_argon2(monkeypatch):
    """Real argon2, at the smallest cost: the tests sign in hundreds of times on a shared machine."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", hasher)
    monkeypatch.setattr(accounts, "_DUMMY", hasher.hash("dummy password"))


def _populate(db: ServerDB) -> tuple[int, int]:
    db.upgrade()
    for name, (role, district) in STAFF.items():
        accounts.add_staff(db, name, PASSWORD, role, district)
    return data.add_township(db, "东湖镇", "dh", "东区"), data.add_township(db, "西山乡", "xs", "西区")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated and populated SQLite database, made once and copied for each test (migrating takes seconds)."""
    from argon2 import PasswordHasher

    path = tmp_path_factory.mktemp("console-template") / "server.sqlite3"
    db = ServerDB(f"sqlite:///{path}", TEST_SERVER_KEY)
    saved = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    try:
        ids = _populate(db)
    finally:
        accounts._hasher = saved
        db.close()  # the last connection's close folds the WAL into the file
    return path, ids


@pytest.fixture
def city(db_url, sqlite_template):
    if db_url.startswith("sqlite:///"):
        import shutil

        template, (east, west) = sqlite_template
        shutil.copyfile(template, db_url.removeprefix("sqlite:///"))
        db = ServerDB(db_url, TEST_SERVER_KEY)
        db.upgrade()  # nothing to do, but the same start as the server's
    else:
        db = ServerDB(db_url, TEST_SERVER_KEY)
        east, west = _populate(db)
    yield City(db, east, west)
    db.close()


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "the page has no form with a CSRF token"
    return m.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD):
    """Sign in through the form; returns the answer of the page signed in to."""
    page = client.get("/console/login")
    return client.post("/console/login", data={"csrf": csrf_of(page.text), "name": name, "password": password})


def signed_in(city: City, name: str) -> tuple[TestClient, str]:
    """A client signed in as `name`, and its session's CSRF token."""
    c = city.client()
    r = login(c, name)
    assert r.status_code == 200 and "退出" in r.text, r.text[:500]
    return c, csrf_of(r.text)
