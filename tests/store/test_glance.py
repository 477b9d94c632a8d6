"""The start-up glance (plain sqlite3): same login answers as the store, None whenever the store must open first."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import CONTACT, PASSWORD
from zwcx_core.domain.accounts import LoginFailed
from zwcx_core.domain.enums import Role
from zwcx_desktop.config import db_path
from zwcx_desktop.store import users
from zwcx_desktop.store.glance import glance


def test_glance_reads_title_last_user_and_checks_passwords_like_the_store(app):
    app.put_setting("last_user", "clerk")
    g = glance(app.root)
    assert g.home_unit_name == "道里区新阳路街道办事处" and g.last_user == "clerk"
    actor = g.login(" clerk ", PASSWORD)
    assert (actor.username, actor.role, actor.display_name) == ("clerk", Role.CLERK, "录入员小王")
    with app.db.read() as s:
        assert users.login(s, "clerk", PASSWORD) == actor
    for name, password in (("clerk", "wrong-password"), ("nobody", PASSWORD), ("", "")):
        with pytest.raises(LoginFailed, match="wrong user name or password"):
            g.login(name, password)


def test_a_deactivated_account_cannot_log_in_through_the_glance(app, admin):
    with app.db.write() as s:
        users.set_active(s, admin, "clerk", False)
    with pytest.raises(LoginFailed):
        glance(app.root).login("clerk", PASSWORD)


def test_no_glance_for_new_unset_older_or_unreadable_data(tmp_path, app):
    from zwcx_desktop.store.app import App

    assert glance(tmp_path / "nothing-here") is None
    bare = App(tmp_path / "not-set-up")
    try:
        assert glance(bare.root) is None  # migrated but no unit yet: the wizard comes first
    finally:
        bare.close()
    con = sqlite3.connect(db_path(app.root))
    con.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    con.commit()
    con.close()
    assert glance(app.root) is None  # an older schema: the store migrates it before anyone logs in
    junk = tmp_path / "junk"
    junk.mkdir()
    db_path(junk).write_bytes(b"this is not a database" * 100)
    assert glance(junk) is None


def test_a_data_folder_named_with_hash_or_question_mark_is_read_and_nothing_is_created_beside_it(tmp_path):
    from tests.conftest import PASSWORD, USCC
    from zwcx_desktop.store.app import App
    from zwcx_desktop.store.setup import SetupInput, initialise

    root = tmp_path / "张三#1?备份" / "data"
    a = App(root)
    initialise(a, SetupInput("道里区新阳路街道办事处", USCC, "230102", "admin", PASSWORD, **CONTACT))
    a.close()
    assert (root / "zwcx.sqlite3").exists()  # the store itself put its database where it was told

    def outside() -> list[str]:
        return sorted(str(p) for p in tmp_path.rglob("*") if root not in p.parents and p != root)

    before = outside()
    g = glance(root)
    assert g is not None and g.login("admin", PASSWORD).username == "admin"
    assert outside() == before  # no stray file opened read-write beside the data folder
