"""User management in core: role checks, the last administrator, audit events in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from zwcx_core.domain.enums import Role
from zwcx_desktop.store import users
from zwcx_desktop.store.audit import verify_chain
from zwcx_desktop.store.models import AuditEvent


def _events(app, action):
    with app.db.read() as s:
        return [(e.actor, e.kind, e.detail) for e in
                s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars()]


def test_deactivated_user_cannot_log_in_and_reactivated_can(app, admin):
    with app.db.write() as s:
        users.set_active(s, admin, "clerk", False)
    with app.db.read() as s, pytest.raises(users.LoginFailed):
        users.login(s, "clerk", PASSWORD)
    assert _events(app, "user_deactivated") == [("admin", "user", '{"username": "clerk"}')]
    with app.db.write() as s:
        users.set_active(s, admin, "clerk", True)
    with app.db.read() as s:
        assert users.login(s, "clerk", PASSWORD).username == "clerk"
        assert verify_chain(s) == []
    assert len(_events(app, "user_activated")) == 1


def test_only_an_administrator_may_manage_users(app, clerk, reviewer):
    for actor in (clerk, reviewer):
        with app.db.write() as s, pytest.raises(PermissionError, match="only an administrator"):
            users.set_active(s, actor, "admin", False)
        with app.db.write() as s, pytest.raises(PermissionError):
            users.set_role(s, actor, actor.username, Role.ADMIN)
        with app.db.write() as s, pytest.raises(PermissionError):
            users.set_password(s, "admin", "new-password-1", actor=actor)
    with app.db.read() as s:
        assert users.find_user(s, "clerk").role == "clerk"
        assert users.find_user(s, "admin").active
        assert users.login(s, "admin", PASSWORD).role == Role.ADMIN


def test_last_active_admin_can_be_neither_deactivated_nor_demoted(app, admin):
    with app.db.write() as s, pytest.raises(users.LastAdmin):
        users.set_active(s, admin, "admin", False)
    with app.db.write() as s, pytest.raises(users.LastAdmin):
        users.set_role(s, admin, "admin", Role.CLERK)
    # With a second active administrator the first one may step down; an inactive admin does not count.
    with app.db.write() as s:
        users.set_role(s, admin, "reviewer", Role.ADMIN)
        users.set_active(s, admin, "reviewer", False)
    with app.db.write() as s, pytest.raises(users.LastAdmin):
        users.set_role(s, admin, "admin", Role.CLERK)
    with app.db.write() as s:
        users.set_active(s, admin, "reviewer", True)
        users.set_role(s, admin, "admin", Role.CLERK)
    with app.db.read() as s:
        assert users.find_user(s, "admin").role == "clerk"
    assert _events(app, "user_role_changed")[-1] == (
        "admin", "user", '{"from": "admin", "to": "clerk", "username": "admin"}')


def test_password_reset_checks_length_and_is_audited_without_the_password(app, admin):
    with app.db.write() as s, pytest.raises(ValueError, match="at least 8 characters"):
        users.set_password(s, "clerk", "short", actor=admin)
    with app.db.write() as s:
        users.set_password(s, "clerk", "brand-new-pw", actor=admin)
    with app.db.read() as s:
        assert users.login(s, "clerk", "brand-new-pw").username == "clerk"
        with pytest.raises(users.LoginFailed):
            users.login(s, "clerk", PASSWORD)
    [(who, _kind, detail)] = _events(app, "user_password_reset")
    assert who == "admin" and "brand-new-pw" not in detail


def test_a_failed_change_writes_no_audit_event(app, admin):
    with app.db.read() as s:
        before = s.execute(select(AuditEvent.seq).order_by(AuditEvent.seq.desc())).scalars().first()
    with pytest.raises(RuntimeError), app.db.write() as s:
        users.set_active(s, admin, "clerk", False)
        raise RuntimeError("something later in the same transaction fails")
    with app.db.read() as s:
        assert users.find_user(s, "clerk").active
        assert s.execute(select(AuditEvent.seq).order_by(AuditEvent.seq.desc())).scalars().first() == before
