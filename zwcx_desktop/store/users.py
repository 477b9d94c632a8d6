"""Local user accounts: argon2 password hashes, offline login, and the actor behind every change."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.accounts import (  # noqa: F401 - Actor, LoginFailed, MIN_PASSWORD: re-exported
    MIN_PASSWORD,
    Account,
    Actor,
    LoginFailed,
    check_password_strength,
    check_user_names,
    password_hasher,
    verify_login,
)
from zwcx_core.domain.enums import Role
from zwcx_desktop.store.models import User


def add_user(s: Session, username: str, password: str, role: Role, display_name: str = "") -> User:
    """Create a local account; the password is kept only as an argon2 hash."""
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("the user name must have 1 to 64 characters")
    check_user_names(username, display_name)
    check_password_strength(password)
    if s.execute(select(User).where(User.username == username)).scalar_one_or_none():
        raise ValueError(f"a user named '{username}' already exists")
    u = User(id=str(uuid.uuid4()), username=username, display_name=display_name or username, role=role.value,
             password_hash=password_hasher().hash(password), active=True, created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    s.add(u)
    return u


def find_user(s: Session, username: str) -> User | None:
    return s.execute(select(User).where(User.username == username)).scalar_one_or_none()


def actor_of(user: User) -> Actor:
    return _account(user).actor()


def _account(user: User) -> Account:
    return Account(user.username, user.role, user.display_name, user.password_hash, user.active)


def login(s: Session, username: str, password: str) -> Actor:
    """Check a password offline against the stored hash; the same message for a wrong name or password."""
    u = find_user(s, username.strip())
    return verify_login(None if u is None else _account(u), password)


def set_password(s: Session, username: str, password: str, actor: Actor | None = None) -> None:
    """Set a new password. With `actor` (the desktop's 设置), only an administrator may, and it is audited; the
    command line passes no actor because whoever runs it already holds the data directory."""
    check_password_strength(password)
    u = _target(s, username) if actor is None else _admin_target(s, actor, username)
    u.password_hash = password_hasher().hash(password)
    if actor is not None:
        _audit(s, actor, "user_password_reset", u)


class LastAdmin(PermissionError):
    """The change would leave no active administrator, so nobody could manage users or settings any more."""


def _target(s: Session, username: str) -> User:
    u = find_user(s, username)
    if u is None:
        raise ValueError(f"no user named '{username}'")
    return u


def _admin_target(s: Session, actor: Actor, username: str) -> User:
    """The user to change, after checking that `actor` may manage users at all (core check, not a hidden button)."""
    if actor.role != Role.ADMIN:
        raise PermissionError("only an administrator can manage users")
    return _target(s, username)


def _other_active_admins(s: Session, u: User) -> int:
    return len(s.execute(select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True),
                                               User.id != u.id)).all())


def _audit(s: Session, actor: Actor, action: str, u: User, **detail) -> None:
    """One audit event in the caller's transaction: the change and its record commit or roll back together."""
    from zwcx_desktop.store.audit import AuditWriter

    w = AuditWriter(s)
    w.add(dt.datetime.now(dt.UTC).replace(tzinfo=None), actor.username, action, "user", u.id,
          detail={"username": u.username, **detail})
    s.flush()  # the ORM change first, so it is written in the same transaction as the event
    w.flush()


def set_active(s: Session, actor: Actor, username: str, active: bool) -> None:
    """Deactivate (no more logins; history keeps the name) or reactivate an account."""
    u = _admin_target(s, actor, username)
    if u.active == active:
        return
    if not active and u.role == Role.ADMIN.value and _other_active_admins(s, u) == 0:
        raise LastAdmin("the last active administrator cannot be deactivated")
    u.active = active
    _audit(s, actor, "user_activated" if active else "user_deactivated", u)


def set_role(s: Session, actor: Actor, username: str, role: Role) -> None:
    """Give an account another role; the last active administrator keeps theirs."""
    u = _admin_target(s, actor, username)
    if u.role == role.value:
        return
    if u.role == Role.ADMIN.value and u.active and _other_active_admins(s, u) == 0:
        raise LastAdmin("the last active administrator cannot be given another role")
    before, u.role = u.role, role.value
    _audit(s, actor, "user_role_changed", u, **{"from": before, "to": role.value})
