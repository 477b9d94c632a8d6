"""Private fields (`schema.Field.private`, e.g. an objection's complainant) on screen: the value for the roles
that handle the case (`lifecycle.may_read_private`), a placeholder for everyone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def placeholder() -> str:
    """What stands in for a private value the user may not read."""
    return QCoreApplication.translate("Private", "(visible to the case handlers only)")


def concealed(ctx, kind: str, field) -> bool:
    """True when `field` of a saved record of `kind` must not be shown to the logged-in user."""
    from zwcx_core.domain.lifecycle import may_read_private

    return bool(getattr(field, "private", False)) and not may_read_private(kind, getattr(ctx.actor, "role", None))
