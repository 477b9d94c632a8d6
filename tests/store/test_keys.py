"""Secrets stay secret: which keyrings are refused, and an ID fingerprint key that is lost or wrong is refused and
never silently replaced (an administrator may accept a new one, audited).

The working backend here is keyring's file store chosen explicitly: this machine has no gnome-keyring-daemon
(tests/store/test_keys_secret_service.py runs the real Secret Service where it is installed).
"""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from tests.conftest import CONTACT_ARGS, PASSWORD, USCC
from tests.store.test_records import CITIZEN_ID, service_payload
from zwcx_core.domain.schema import ValidationError
from zwcx_desktop import credentials
from zwcx_desktop.cli.main import main
from zwcx_desktop.store import keys
from zwcx_desktop.store.models import AuditEvent, KeyCheck

INIT = ["init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC, "--division", "230102", "--admin", "admin",
        "--password-stdin", *CONTACT_ARGS]


@pytest.fixture
def backend(monkeypatch):
    """backend(NAME): keyring picks NAME from now on; the choice is forgotten after the test."""
    import keyring.core

    def use(name: str) -> None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
        keyring.core._keyring_backend = None

    yield use
    keyring.core._keyring_backend = None


@pytest.fixture
def nobody_chose(monkeypatch):
    """A machine where no administrator chose the file store (tests choose it for everyone otherwise)."""
    monkeypatch.delenv(credentials.ALLOW_FILE_ENV, raising=False)


def zwcx(capsys, monkeypatch, data_dir, *args, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _audit(app, action: str) -> list[AuditEvent]:
    with app.db.read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def _key_hex(app) -> str | None:
    return keys.get_secret(app, keys.fingerprint_key_name(app.install_id()))


def test_the_plaintext_file_store_is_refused_until_an_administrator_chooses_it(
        backend, nobody_chose, data_dir, capsys, monkeypatch):
    backend("keyrings.alt.file.PlaintextKeyring")
    code, _out, err = zwcx(capsys, monkeypatch, data_dir, *INIT, stdin=PASSWORD + "\n")
    line = _one_line(err)
    assert code == 1 and "file store (keyrings.alt.file.PlaintextKeyring)" in line
    assert "install and unlock the system keyring" in line and "zwcx init --file-keyring" in line
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    assert not app.initialised
    app.close()

    code, out, err = zwcx(capsys, monkeypatch, data_dir, *INIT, "--file-keyring", stdin=PASSWORD + "\n")
    assert code == 0, err
    assert "warning: the office's secrets" in _one_line(err) and "other programs of this user can read" in err
    app = App(data_dir)
    try:
        assert keys.status(app).store == "file" and keys.file_store_chosen(app)
        assert [e.actor for e in _audit(app, "secret_store_file_chosen")] == ["admin"]
        key = _key_hex(app)
        assert key is not None and len(key) == 64
        with app.db.read() as s:
            check = s.get(KeyCheck, keys.FINGERPRINT).check_value
        assert check == keys.check_value(bytes.fromhex(key)) and check != key
        assert [e.actor for e in _audit(app, "fingerprint_key_created")] == ["zwcx"]
    finally:
        app.close()
    # The key itself is in the keyring only: nowhere in the database file.
    for f in data_dir.glob("zwcx.sqlite3*"):
        assert key.encode() not in f.read_bytes() and bytes.fromhex(key) not in f.read_bytes()


def test_an_office_that_chose_the_file_store_keeps_working_and_can_withdraw_the_choice(
        backend, nobody_chose, data_dir, capsys, monkeypatch, app, admin, clerk):
    backend("keyrings.alt.file.PlaintextKeyring")
    with pytest.raises(credentials.NoKeyring, match="no administrator chose it"):
        app.records.create("service", service_payload(app), clerk)
    with pytest.raises(PermissionError, match="only an administrator"):
        keys.choose_file_store(app, clerk, True)
    keys.choose_file_store(app, admin, True)
    app.records.create("service", service_payload(app), clerk)
    with pytest.raises(ValidationError, match="already registered"):
        app.records.create("service", service_payload(app), clerk)
    app.close()
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "system-only", "--as", "admin")
    assert code == 0, err
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "status")
    assert code == 1 and "no administrator chose it" in _one_line(err) and "(refused)" in out
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "use-file-store", "--as", "admin")
    assert code == 0 and "other programs of this user can read" in err
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "status")
    assert code == 0 and "(file)" in out and "ok: the ID fingerprint key is this office's" in out


def test_the_null_backend_is_refused_even_with_the_file_store_chosen(backend, data_dir, capsys, monkeypatch):
    backend("keyring.backends.null.Keyring")
    code, _out, err = zwcx(capsys, monkeypatch, data_dir, *INIT, "--file-keyring", stdin=PASSWORD + "\n")
    line = _one_line(err)
    assert code == 1 and "null backend, which keeps nothing" in line and "unset PYTHON_KEYRING_BACKEND" in line


def test_no_keyring_at_all_is_refused(backend, data_dir, capsys, monkeypatch):
    backend("keyring.backends.fail.Keyring")
    code, _out, err = zwcx(capsys, monkeypatch, data_dir, *INIT, "--file-keyring", stdin=PASSWORD + "\n")
    assert code == 1 and "no OS keyring is available" in _one_line(err)


def test_the_os_keyrings_count_as_system_keyrings_and_the_file_stores_do_not():
    from keyring.backends import SecretService, chainer, fail, null
    from keyrings.alt import file

    assert credentials.classify(SecretService.Keyring()) == "system"
    assert credentials.classify(file.PlaintextKeyring()) == "file"
    assert credentials.classify(null.Keyring()) == "null"
    assert credentials.classify(fail.Keyring()) == "none"

    class Both(chainer.ChainerBackend):
        backends = [SecretService.Keyring(), file.PlaintextKeyring()]  # one readable file is enough to refuse

    class OnlySystem(chainer.ChainerBackend):
        backends = [SecretService.Keyring()]

    assert credentials.classify(Both()) == "file" and credentials.classify(OnlySystem()) == "system"


def test_a_lost_key_is_refused_not_replaced_so_the_same_person_is_still_caught(app, clerk):
    """The measured failure: a lost key was silently replaced, and the same person, area and period went in twice.
    """
    app.records.create("service", service_payload(app), clerk)
    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))
    app.records.forget_fingerprint_key()
    with pytest.raises(keys.KeyRefused) as exc:
        app.records.create("service", service_payload(app), clerk)
    msg = str(exc.value)
    assert "never enrolled" in msg and "the 1 service record(s) entered so far can no longer be matched" in msg
    assert "zwcx secrets new-key" in msg and CITIZEN_ID not in msg
    assert _key_hex(app) is None  # no key was made behind the office's back
    assert keys.status(app).can_accept_new_key


def test_a_key_that_does_not_match_the_check_value_is_refused(app, clerk):
    app.records.create("service", service_payload(app), clerk)
    credentials.set_secret(keys.fingerprint_key_name(app.install_id()), "ab" * 32)
    app.records.forget_fingerprint_key()
    with pytest.raises(keys.KeyRefused, match="is not the one this office's records were made with"):
        app.records.create("service", service_payload(app, period="2026-12"), clerk)


def test_an_administrator_accepts_a_new_key_explicitly_and_it_is_audited(app, clerk, data_dir, capsys, monkeypatch):
    app.records.create("service", service_payload(app), clerk)
    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))
    app.records.forget_fingerprint_key()
    with pytest.raises(PermissionError, match="only an administrator"):
        keys.accept_new_key(app, clerk)
    app.close()
    code, _out, err = zwcx(capsys, monkeypatch, data_dir, "add", "service", "--json", "-", "--as", "clerk",
                           stdin=json.dumps(service_payload_for_cli(data_dir)))
    assert code == 1 and "can no longer be matched as duplicates" in _one_line(err)
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "new-key", "--as", "admin")
    assert code == 0, err
    assert "1 service record(s) entered before can no longer be matched" in out
    code, out, err = zwcx(capsys, monkeypatch, data_dir, "secrets", "new-key", "--as", "admin")
    assert code == 1 and "there is nothing to replace" in _one_line(err)
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    try:
        [ev] = _audit(app, "fingerprint_key_replaced")
        assert ev.actor == "admin" and json.loads(ev.detail) == {"unmatched_records": 1}
        assert keys.status(app).problem is None
        # With the new key, duplicates among records entered from now on are caught again.
        app.records.create("service", service_payload(app, period="2026-12"), clerk)
        with pytest.raises(ValidationError, match="already registered"):
            app.records.create("service", service_payload(app, period="2026-12"), clerk)
    finally:
        app.close()


def service_payload_for_cli(data_dir) -> dict:
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    try:
        return service_payload(app)
    finally:
        app.close()


def test_a_store_from_before_key_checks_records_the_check_of_its_key_at_the_next_start(app, data_dir, clerk):
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.writerlock import WriterLock

    app.records.create("service", service_payload(app), clerk)
    key = _key_hex(app)
    with app.db.write() as s:  # as the migration leaves an older store: no check value yet
        s.delete(s.get(KeyCheck, keys.FINGERPRINT))
    app.close()
    writer = App(data_dir, WriterLock(data_dir, "test").acquire())
    try:
        assert [e.actor for e in _audit(writer, "fingerprint_key_check_recorded")] == ["zwcx"]
        with writer.db.read() as s:
            assert s.get(KeyCheck, keys.FINGERPRINT).check_value == keys.check_value(bytes.fromhex(key))
    finally:
        writer.close()


def test_a_store_from_before_key_checks_that_lost_its_key_is_refused_too(app, data_dir, clerk):
    app.records.create("service", service_payload(app), clerk)
    with app.db.write() as s:
        s.delete(s.get(KeyCheck, keys.FINGERPRINT))
    credentials.delete_secret(keys.fingerprint_key_name(app.install_id()))
    app.records.forget_fingerprint_key()
    keys.settle(app)
    with pytest.raises(keys.KeyRefused, match="is not in the keyring"):
        app.records.create("service", service_payload(app), clerk)
    assert _key_hex(app) is None
