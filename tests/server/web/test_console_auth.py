"""Signing in to the console: wrong passwords, lockouts by account and by address, expired sessions, forged CSRF
tokens, cookie flags, security headers and the audit log (which never holds a password)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from tests.server.web.conftest import PASSWORD, csrf_of, login, signed_in
from zwcx_server.models import ConsoleAudit, LoginAttempt, StaffSession, Township
from zwcx_server.web import accounts

PAGES = ["/console/login", "/console/indicators", "/console/townships", "/console/reference", "/console/audit",
         "/console/evaluation", "/p", "/p/dh"]


def test_wrong_password_is_refused_with_a_clear_message(city):
    c = city.client()
    r = login(c, "boss", "not the password")
    assert r.status_code == 401
    assert "用户名或密码不正确" in r.text
    assert c.get("/console/townships").url.path == "/console/login"
    # An unknown account gets the very same answer: the page tells nobody which names exist.
    r2 = login(c, "nobody", "not the password")
    assert r2.status_code == 401 and "用户名或密码不正确" in r2.text


def test_account_is_locked_after_repeated_failures_even_with_the_right_password(city):
    c = city.client()
    for _ in range(accounts.ACCOUNT_FAILURES):
        assert login(c, "judge", "wrong wrong wrong").status_code == 401
    r = login(c, "judge", PASSWORD)
    assert r.status_code == 401 and "锁定" in r.text
    # Another account from the same address is not locked by these (the address limit is higher).
    assert "退出" in login(city.client(), "boss").text
    # The lockout lives in the database: a second app (another worker process) refuses too.
    other = city.client()
    assert "锁定" in login(other, "judge", PASSWORD).text
    # Once the failures leave the window, the account signs in again.
    with city.db.write() as s:
        s.execute(update(LoginAttempt).values(at=accounts.now() - accounts.WINDOW - dt.timedelta(seconds=1)))
    assert "退出" in login(c, "judge").text


def test_address_is_locked_after_failures_over_many_accounts(city):
    c = city.client()
    for i in range(accounts.ADDRESS_FAILURES):
        login(c, f"guess{i}", "wrong wrong wrong")
    r = login(c, "boss", PASSWORD)
    assert r.status_code == 401 and "锁定" in r.text


def test_expired_session_sends_back_to_the_login_with_a_message(city):
    c, _ = signed_in(city, "boss")
    with city.db.write() as s:
        s.execute(update(StaffSession).values(last_seen_at=accounts.now() - accounts.IDLE - dt.timedelta(minutes=1)))
    r = c.get("/console/townships")
    assert r.url.path == "/console/login"
    assert "会话已过期" in r.text
    # Signing in again returns to the page asked for.
    r = c.post("/console/login", data={"csrf": csrf_of(r.text), "name": "boss", "password": PASSWORD,
                                       "next": "/console/townships"})
    assert r.url.path == "/console/townships"


def test_forged_csrf_token_is_refused_and_nothing_changes(city):
    c, token = signed_in(city, "boss")
    r = c.post("/console/townships", data={"csrf": "forged", "name": "假乡", "code": "fake", "district": "东区"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = c.post("/console/townships", data={"name": "假乡", "code": "fake", "district": "东区"})
    assert r.status_code == 403
    with city.db.read() as s:
        assert s.execute(select(Township).where(Township.code == "fake")).first() is None
    # The real token works.
    r = c.post("/console/townships", data={"csrf": token, "name": "真乡", "code": "real", "district": "东区"})
    assert r.status_code == 200 and "真乡" in r.text


def test_login_form_itself_needs_its_csrf_cookie(city):
    c = city.client()
    r = c.post("/console/login", data={"csrf": "x", "name": "boss", "password": PASSWORD})
    assert r.status_code == 403 and "CSRF" in r.text


def test_logout_ends_the_session_in_the_database(city):
    c, token = signed_in(city, "boss")
    cookie = c.cookies.get("zwcx_console")
    c.post("/console/logout", data={"csrf": token})
    assert c.get("/console/townships").url.path == "/console/login"
    assert accounts.session_user(city.db, cookie) is None


def _session_cookie(c) -> str:
    page = c.get("/console/login")
    r = c.post("/console/login", data={"csrf": csrf_of(page.text), "name": "boss", "password": PASSWORD},
               follow_redirects=False)
    assert r.status_code == 303
    return [h for h in r.headers.get_list("set-cookie") if h.startswith("zwcx_console=")][0]


def test_cookie_flags(city, monkeypatch):
    from fastapi.testclient import TestClient

    from zwcx_server.app import create_app

    cookie = _session_cookie(city.client())
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Secure" not in cookie
    # Behind TLS (directly or through the proxy's X-Forwarded-Proto) the cookie is Secure by default ("auto").
    https = TestClient(create_app(city.db), base_url="https://testserver")
    cookie = _session_cookie(https)
    assert "Secure" in cookie and "HttpOnly" in cookie
    assert "Strict-Transport-Security" in https.get("/console/login").headers
    monkeypatch.setenv("ZWCX_CONSOLE_SECURE_COOKIE", "never")
    assert "Secure" not in _session_cookie(https)
    monkeypatch.setenv("ZWCX_CONSOLE_SECURE_COOKIE", "always")
    login_cookie = city.client().get("/console/login").headers["set-cookie"]
    assert "Secure" in login_cookie


def test_every_page_sends_the_security_headers(city):
    c, _ = signed_in(city, "boss")
    for path in PAGES:
        check_headers(c.get(path), path)
    check_headers(c.get("/console/townships/99999/records"), "refusal", 404)


def check_headers(r, path: str, status: int = 200) -> None:
    assert r.status_code == status, path
    csp = r.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"]
    assert "<script" not in r.text


def test_actions_are_audited_without_passwords(city):
    c, token = signed_in(city, "boss")
    c.post("/console/townships", data={"csrf": token, "name": "南乡", "code": "nx", "district": "南区"})
    login(city.client(), "boss", "a wrong password here")
    with city.db.read() as s:
        rows = s.execute(select(ConsoleAudit)).scalars().all()
    actions = [(a.staff, a.action) for a in rows]
    assert ("boss", "login") in actions and ("boss", "add_township") in actions
    assert all(PASSWORD not in f"{a.target}{a.action}" and "wrong" not in a.target for a in rows)
    page = c.get("/console/audit").text
    assert "add_township" in page and PASSWORD not in page


def test_oversized_forms_are_refused_before_they_are_read(city):
    c = city.client()
    page = c.get("/console/login")
    r = c.post("/console/login", data={"csrf": csrf_of(page.text), "name": "boss", "password": "x" * 10000})
    assert r.status_code == 413 and "表单过大" in r.text
    assert "退出" in login(c, "boss").text
