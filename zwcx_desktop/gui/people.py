"""Times and people as a clerk reads them: the store keeps UTC and login names; forms show local time and names."""

from __future__ import annotations

import datetime as dt


def local_time(at: dt.datetime) -> str:
    """A stored time (naive UTC, or aware) in this computer's time zone."""
    aware = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def display_names(app) -> dict[str, str]:
    """Login name → display name of every account that has one (read in a background task)."""
    from sqlalchemy import select

    from zwcx_desktop.store.models import User

    with app.db.read() as s:
        return {u: d for u, d in s.execute(select(User.username, User.display_name)).all() if d}


def person(names: dict[str, str], username: str) -> str:
    """How a user is shown: 'display name (login)' when there is a display name."""
    shown = names.get(username)
    return f"{shown}（{username}）" if shown else username
