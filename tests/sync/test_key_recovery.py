"""A lost ID fingerprint key comes back by enrolling again: the real server hands the township's key, which the
database's check value recognises, so duplicates are caught again with nothing replaced."""

from __future__ import annotations

import io

import pytest

from tests.conftest import CONTACT, PASSWORD, USCC
from tests.store.test_records import service_payload
from zwcx_core.domain.enums import Role
from zwcx_core.domain.schema import ValidationError
from zwcx_desktop import credentials
from zwcx_desktop.cli.main import main as zwcx
from zwcx_desktop.store import keys
from zwcx_desktop.store.app import App
from zwcx_desktop.store.setup import SetupInput, initialise
from zwcx_desktop.store.users import Actor

CLERK = Actor("admin", Role.ADMIN)


def test_a_lost_key_is_refused_then_recovered_by_enrolling_again(server, tmp_path, capsys, monkeypatch):
    t = server.township("A")
    root = tmp_path / "a"
    app = App(root)
    initialise(app, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    assert zwcx(["--data-dir", str(root), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    app.records.forget_fingerprint_key()  # the first enrolment gave the township this office's key
    township_key = app.records.fingerprint_key()
    app.records.create("service", service_payload(app), CLERK)

    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))  # a new computer, a reset keyring
    app.records.forget_fingerprint_key()
    with pytest.raises(keys.KeyRefused, match="enrol this computer again") as exc:
        app.records.create("service", service_payload(app), CLERK)
    assert "never enrolled" not in str(exc.value)
    with pytest.raises(keys.KeyRefused, match="enrolled with the municipal server"):
        keys.accept_new_key(app, CLERK)  # the township's key exists: replacing it is not the way back
    app.close()

    capsys.readouterr()
    assert zwcx(["--data-dir", str(root), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    assert "warning" not in capsys.readouterr().err  # no record left unmatched: the key is the one they were made with
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert zwcx(["--data-dir", str(root), "secrets", "status"]) == 0
    assert "ok: the ID fingerprint key is this office's" in capsys.readouterr().out
    app = App(root)
    try:
        assert app.records.fingerprint_key() == township_key
        with pytest.raises(ValidationError, match="already registered for the same service area and period"):
            app.records.create("service", service_payload(app), CLERK)
    finally:
        app.close()


def test_an_office_that_never_enrolled_and_lost_its_key_is_told_when_it_enrols(server, tmp_path, capsys):
    """Its records were fingerprinted under its own lost key: enrolling takes the township's key, and says how many
    records the township's computers cannot match (the enrolment itself is the administrator's explicit act)."""
    t = server.township("A")
    other = tmp_path / "other"
    assert zwcx(["--data-dir", str(other), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    root = tmp_path / "a"
    app = App(root)
    initialise(app, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    app.records.create("service", service_payload(app), CLERK)
    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))
    app.close()
    capsys.readouterr()
    assert zwcx(["--data-dir", str(root), "enroll", "--server", server.url, "--code", server.code(t)]) == 0
    assert "1 service record(s) entered here before enrolling" in capsys.readouterr().err
    app = App(root)
    try:
        assert keys.status(app).problem is None
        with app.db.read() as s:
            from sqlalchemy import select

            from zwcx_desktop.store.models import AuditEvent

            actions = list(s.execute(select(AuditEvent.action).where(AuditEvent.action.like("fingerprint_key%")))
                           .scalars())
        assert actions == ["fingerprint_key_created", "fingerprint_key_from_enrolment"]
    finally:
        app.close()
