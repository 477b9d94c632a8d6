"""Staff accounts of the city console: argon2 passwords, sessions and lockouts kept in the database (so several
worker processes agree), and the console's audit log. No web code here: the routes call these."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from zwcx_server.db import ServerDB
from zwcx_server.models import ConsoleAudit, LoginAttempt, Staff, StaffSession

#: The console's roles and their Chinese names.
ROLES = {"admin": "市级管理员", "evaluator": "评价人员", "district": "区县查看"}
MIN_PASSWORD = 10
#: A session ends after this long without a request, and in any case this long after sign-in.
IDLE = dt.timedelta(minutes=30)
LIFETIME = dt.timedelta(hours=10)
#: A session's last-seen time is written at most this often (a write per page view would cost a transaction).
TOUCH_EVERY = dt.timedelta(minutes=1)
#: Lockout: this many failures within WINDOW refuse further attempts for the account, or from the address, until
#: the oldest of them leaves the window. An address allows more, since an office may share one behind NAT.
WINDOW = dt.timedelta(minutes=15)
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20

_hasher = PasswordHasher()
# Verified against when the account does not exist, so that an unknown name takes as long as a wrong password.
_DUMMY = _hasher.hash(secrets.token_hex(16))


class LoginRefused(Exception):
    """A sign-in was refused; the message is for the person at the screen (names no account's existence)."""


@dataclass(frozen=True)
class StaffUser:
    """The signed-in staff member of a request."""

    id: int
    name: str
    role: str
    district: str | None
    csrf: str
    token_hash: str

    @property
    def role_zh(self) -> str:
        return ROLES.get(self.role, self.role)


def now() -> dt.datetime:
    """UTC, naive (as every DateTime column of the server)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_staff(db: ServerDB, name: str, password: str, role: str, district: str | None = None) -> int:
    """Create a staff account; returns its id. ValueError on a bad name, role, district or short password."""
    name, district = name.strip(), (district or "").strip() or None
    if not name or len(name) > 60:
        raise ValueError("the account name must have 1 to 60 characters")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose from {', '.join(ROLES)}")
    if role == "district" and not district:
        raise ValueError("a district viewer needs --district")
    if role != "district" and district:
        raise ValueError("only a district viewer has a district")
    if district and len(district) > 60:
        raise ValueError("the district must have at most 60 characters")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")
    try:
        with db.write() as s:
            row = Staff(name=name, password_hash=_hasher.hash(password), role=role, district=district,
                        disabled=False, created_at=now())
            s.add(row)
            s.flush()
            return row.id
    except IntegrityError:
        raise ValueError(f"an account named {name!r} already exists") from None


def _failures(s, column, value: str, since: dt.datetime) -> int:
    return s.execute(select(func.count()).select_from(LoginAttempt).where(
        column == value, LoginAttempt.ok.is_(False), LoginAttempt.at >= since)).scalar_one()


def login(db: ServerDB, name: str, password: str, address: str) -> tuple[str, StaffUser]:
    """Check a sign-in and open a session: returns (cookie token, user). Raises LoginRefused (wrong name or
    password, locked out, disabled); every attempt is recorded for the lockout."""
    name, t = name.strip()[:60], now()
    address = address[:64]
    with db.read() as s:
        since = t - WINDOW
        if (_failures(s, LoginAttempt.account, name, since) >= ACCOUNT_FAILURES
                or _failures(s, LoginAttempt.address, address, since) >= ADDRESS_FAILURES):
            locked = True
        else:
            locked = False
        staff = s.execute(select(Staff).where(Staff.name == name)).scalar_one_or_none()
    if locked:
        # Not even checked, so that a guess made while locked out tells nothing; the attempt is not counted.
        raise LoginRefused(f"登录失败次数过多，已暂时锁定，请 {WINDOW.seconds // 60} 分钟后再试。")
    ok = False
    try:
        ok = _hasher.verify(staff.password_hash if staff else _DUMMY, password) and staff is not None
    except (VerificationError, InvalidHashError):
        ok = False
    with db.write() as s:
        s.add(LoginAttempt(account=name, address=address, ok=ok and not staff.disabled, at=t))
    if not ok:
        raise LoginRefused("用户名或密码不正确。")
    if staff.disabled:
        raise LoginRefused("此账号已停用，请联系市级管理员。")
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with db.write() as s:
        s.add(StaffSession(token_hash=_sha(token), staff_id=staff.id, csrf=csrf, created_at=t, last_seen_at=t,
                           expires_at=t + LIFETIME))
        # Old attempts are of no use past the window; dropped here so the table stays small.
        s.execute(delete(LoginAttempt).where(LoginAttempt.at < t - 4 * WINDOW))
        s.execute(delete(StaffSession).where(StaffSession.expires_at < t))
    return token, StaffUser(staff.id, staff.name, staff.role, staff.district, csrf, _sha(token))


def session_user(db: ServerDB, token: str | None) -> StaffUser | None:
    """The user of a session cookie, or None when there is no such session or it has ended (idle or too old)."""
    if not token or len(token) > 100:
        return None
    h, t = _sha(token), now()
    with db.read() as s:
        row = s.execute(select(StaffSession, Staff).join(Staff, Staff.id == StaffSession.staff_id)
                        .where(StaffSession.token_hash == h)).first()
    if row is None:
        return None
    sess, staff = row
    if staff.disabled or sess.expires_at <= t or t - sess.last_seen_at > IDLE:
        return None
    if t - sess.last_seen_at >= TOUCH_EVERY:
        with db.write() as s:
            s.execute(update(StaffSession).where(StaffSession.token_hash == h).values(last_seen_at=t))
    return StaffUser(staff.id, staff.name, staff.role, staff.district, sess.csrf, h)


def logout(db: ServerDB, user: StaffUser) -> None:
    """End the session."""
    with db.write() as s:
        s.execute(delete(StaffSession).where(StaffSession.token_hash == user.token_hash))


def audit(db: ServerDB, staff: str, action: str, target: str = "", address: str = "") -> None:
    """Record a console action (who, what, on what). Callers never pass a password or a record's content."""
    with db.write() as s:
        s.add(ConsoleAudit(at=now(), staff=staff[:60], action=action[:40], target=target[:200],
                           address=address[:64]))


def audit_log(db: ServerDB, limit: int = 200) -> list[ConsoleAudit]:
    """The newest console actions first."""
    with db.read() as s:
        return list(s.execute(select(ConsoleAudit).order_by(ConsoleAudit.id.desc()).limit(limit)).scalars())
