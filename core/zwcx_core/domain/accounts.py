"""Local accounts: who acts (user and role), password rules and the offline password check.

Kept free of SQLAlchemy so that the desktop's login window can check a password with the standard library's
sqlite3 before the ORM has loaded (`store/glance.py`); the ORM path (`store/users.py`) uses the same check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zwcx_core.domain.enums import Role

MIN_PASSWORD = 8
WRONG = "wrong user name or password"  # one message for both: a failed login must not reveal which names exist


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and with which role (role checks use it)."""

    username: str
    role: Role
    display_name: str = ""


@dataclass(frozen=True)
class Account:
    """The stored facts a login needs, however they were read."""

    username: str
    role: str
    display_name: str
    password_hash: str
    active: bool

    def actor(self) -> Actor:
        from zwcx_core.domain.enums import Role  # not at import: the login window loads this module early

        return Actor(self.username, Role(self.role), self.display_name)


class LoginFailed(PermissionError):
    pass


def check_password_strength(password: str) -> None:
    """Refuse passwords shorter than MIN_PASSWORD characters."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")


def check_user_names(username: str, display_name: str = "") -> None:
    """Refuse a user name or display name holding a character the notice fonts cannot print: above all NUL and
    other control characters, and the text-direction overrides (U+202A–202E, U+2066–2069, U+200E/200F) that would
    make a name in the audit history read as another. The message names the character, never the name."""
    from zwcx_core.domain.printable import message, unprintable

    for what, text in (("user name", username), ("display name", display_name)):
        bad = unprintable(text or "")
        if bad:
            raise ValueError(f"the {what} {message(bad)}")


def password_hasher():
    """argon2id with the library's current defaults."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def verify_login(account: Account | None, password: str) -> Actor:
    """The actor when `account` exists, is active and `password` matches its argon2 hash; else LoginFailed."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if account is None or not account.active:
        raise LoginFailed(WRONG)
    try:
        password_hasher().verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise LoginFailed(WRONG) from None
    return account.actor()
