"""`zwcx add` refuses text holding a full personal number, however it was typed, with one line naming the field."""

from __future__ import annotations

import json

from tests.cli.test_cli import cli, one_error_line  # noqa: F401 - the fixture is shared with the main CLI tests
from tests.domain.test_masking import BYPASSES
from zwcx_core.domain import privacy


def test_add_refuses_every_bypass_naming_the_field_never_the_number(cli, data_dir):  # noqa: F811
    from zwcx_desktop.store.app import App

    app = App(data_dir)
    unit = app.home_unit_id()
    app.close()
    base = {"unit_id": unit, "kind": "affairs", "title": "关于走访慰问情况的公示", "formed_date": "2026-03-02"}
    for name, (kind, text) in BYPASSES.items():
        code, out, err = cli("add", "disclosure", "--json", "-",
                             stdin=json.dumps(base | {"body": f"申请人{text}，已核实。"}, ensure_ascii=False))
        line = one_error_line(err)
        assert code != 0 and out == "", name
        assert f"body: {privacy.MESSAGES[kind]}" in line, (name, line)
        digits = "".join(c for c in text if c.isdigit())
        assert digits[-8:] not in line
    code, _, err = cli("add", "unit", "--json", "-", stdin=json.dumps(
        {"name": "万宝村村委会", "unit_type": "village", "contact_phone": "村部"}, ensure_ascii=False))
    assert code != 0 and f"contact_phone: {privacy.NOT_A_PHONE}" in one_error_line(err)
    code, out, err = cli("add", "disclosure", "--json", "-", stdin=json.dumps(
        base | {"body": "收支明细 1200 1300 1400 1500，咨询电话 0451-88123456", "contact_phone": "13912345678"},
        ensure_ascii=False))
    assert code == 0, err
