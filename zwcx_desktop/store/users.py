"""Local user accounts: argon2 password hashes, offline login, and the actor behind every change."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_desktop.domain.enums import Role
from zwcx_desktop.store.models import User


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and with which role (role checks use it)."""

    username: str
    role: Role
    display_name: str = ""


class LoginFailed(PermissionError):
    pass


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


MIN_PASSWORD = 8


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")


def add_user(s: Session, username: str, password: str, role: Role, display_name: str = "") -> User:
    """Create a local account; the password is kept only as an argon2 hash."""
    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("the user name must have 1 to 64 characters")
    check_password_strength(password)
    if s.execute(select(User).where(User.username == username)).scalar_one_or_none():
        raise ValueError(f"a user named '{username}' already exists")
    u = User(id=str(uuid.uuid4()), username=username, display_name=display_name or username, role=role.value,
             password_hash=_hasher().hash(password), active=True, created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
    s.add(u)
    return u


def find_user(s: Session, username: str) -> User | None:
    return s.execute(select(User).where(User.username == username)).scalar_one_or_none()


def actor_of(user: User) -> Actor:
    return Actor(user.username, Role(user.role), user.display_name)


def login(s: Session, username: str, password: str) -> Actor:
    """Check a password offline against the stored hash; the same message for a wrong name or password."""
    from argon2.exceptions import VerificationError

    u = find_user(s, username.strip())
    if u is None or not u.active:
        raise LoginFailed("wrong user name or password")
    try:
        _hasher().verify(u.password_hash, password)
    except VerificationError:
        raise LoginFailed("wrong user name or password") from None
    return actor_of(u)


def set_password(s: Session, username: str, password: str) -> None:
    check_password_strength(password)
    u = find_user(s, username)
    if u is None:
        raise ValueError(f"no user named '{username}'")
    u.password_hash = _hasher().hash(password)
