"""Pinyin order of Chinese titles: the collator, the list query, and the keys a migration writes for old rows."""

from __future__ import annotations

from sqlalchemy import text

from tests.conftest import commitment_payload
from zwcx_desktop.store import collation, migrate
from zwcx_desktop.store import queries as Q
from zwcx_desktop.store.db import make_engine

#: Dictionary (pinyin) order: ā, ài, bái, cài, dīng, lǐ, wáng, zhāng. In code-point order 丁 comes first.
NAMES = ["阿明", "艾琳", "白雪", "蔡红", "丁一", "李四", "王五", "张三"]


def test_icu_loads_here():
    # The store must not fall back to code-point order on the machines the app is built and tested on.
    assert collation.collator_name().startswith("icu-")


def test_names_sort_in_pinyin_order():
    shuffled = sorted(NAMES)  # code-point order
    assert shuffled[0] == "丁一"
    assert sorted(shuffled, key=collation.sort_key) == NAMES
    assert collation.sort_key("Abc") < collation.sort_key("abd")
    assert collation.sort_key(None) is None and collation.sort_key("") < collation.sort_key("阿")


def _titles(app, descending=False):
    with app.db.read() as s:
        ids = Q.ids(s, Q.Filter("commitment", order_by="title", descending=descending))
        return [r["title"] for r in Q.rows(s, "commitment", ids)]


def test_list_sorted_by_title_is_in_pinyin_order(app, admin):
    for name in sorted(NAMES):
        app.records.create("commitment", commitment_payload(app, title=f"{name}的承诺"), admin)
    assert _titles(app) == [f"{n}的承诺" for n in NAMES]
    assert _titles(app, descending=True) == [f"{n}的承诺" for n in reversed(NAMES)]


def test_migration_writes_keys_for_existing_rows(app, admin, data_dir):
    for name in sorted(NAMES):
        app.records.create("commitment", commitment_payload(app, title=name), admin)
    app.close()
    path = data_dir / "zwcx.sqlite3"
    engine = make_engine(path)
    from alembic import command

    with engine.begin() as c:
        command.downgrade(migrate.alembic_config(c), "0009_dishonesty_supervision")
        command.upgrade(migrate.alembic_config(c), "head")
        keys = c.execute(text("SELECT title, sort_key FROM commitments")).all()
    engine.dispose()
    assert sorted(keys, key=lambda r: r[1]) == sorted(keys, key=lambda r: collation.sort_key(r[0]))
    assert [t for t, _k in sorted(keys, key=lambda r: r[1])] == NAMES
