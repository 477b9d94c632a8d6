"""Plain key/value settings kept in the database (never secrets)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from zwcx_desktop.store.models import Setting


def get(s: Session, key: str, default: str | None = None) -> str | None:
    v = s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return default if v is None else v


def put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def forget(s: Session, *keys: str) -> None:
    """Remove these settings (absent ones are fine): for state whose mere presence means something."""
    s.execute(delete(Setting).where(Setting.key.in_(keys)))
