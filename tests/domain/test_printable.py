"""Every character prints or is refused at entry: the save rule over the free text of every kind."""

from __future__ import annotations

import json

import pytest

from tests.conftest import commitment_payload
from zwcx_core.domain.printable import describe, unprintable
from zwcx_core.domain.schema import KINDS, ValidationError, validate

EXT = "䶮㛃𫖮𬌗𬭎𬳵"


def _errors(kind: str, payload: dict) -> dict[str, str]:
    """Field -> its messages, one per line (a field can fail a rule of its own and this one)."""
    out: dict[str, str] = {}
    try:
        validate(kind, payload)
    except ValidationError as exc:
        for e in exc.errors:
            out[e.field] = out[e.field] + "\n" + e.message if e.field in out else e.message
    return out


def test_what_the_bundled_fonts_draw_is_accepted():
    text = "关于2026年万宝镇的公示：王䶮、李㛃、张𫖮、刘𬌗、陈𬭎、杨𬳵；厾 ¥12.50 €3 ①（一）—— “引号” 阿依古丽·买买提 • ・"
    assert unprintable(text) == []
    assert unprintable("第一段\n第二段\r\n第三段", multiline=True) == []


@pytest.mark.parametrize(("ch", "named"), [
    ("😀", "U+1F600 “😀”"),  # emoji
    ("\ue000", "U+E000"),  # private use
    ("\u0378", "U+0378"),  # unassigned
    ("\u200b", "U+200B (ZERO WIDTH SPACE)"),  # invisible: named, not shown
    ("\t", "U+0009 (TAB)"),
    ("♫", "U+266B “♫”"),  # a symbol the fonts lack
    ("\U0003134a", "U+3134A “\U0003134a”"),  # Extension G: Han, but outside the table and the fonts
])
def test_characters_outside_the_fonts_are_refused_by_code_point(ch, named):
    assert unprintable(f"公示{ch}内容") == [ch]
    assert describe(ch) == named


def test_line_breaks_only_in_multi_line_text():
    assert unprintable("一行\n两行") == ["\n"]
    assert unprintable("一行\n两行", multiline=True) == []


def test_every_kind_checks_every_free_text_field():
    """Each typed str/text field of each kind (child rows included) refuses an emoji, naming it."""
    for kind in KINDS.values():
        for f in kind.fields:
            if f.type in ("str", "text") and not f.computed and not f.input_only:
                errors = _errors(kind.name, {f.name: "好😀"})
                if "U+1F600" not in errors.get(f.name, ""):
                    # A field with a format of its own (codes, phones, kinds) refuses even plain text first.
                    assert f.name in _errors(kind.name, {f.name: "好"}), (kind.name, f.name, errors)
                    continue
                assert "contains U+1F600 “😀”" in errors[f.name], (kind.name, f.name, errors)
        for child, fields in kind.children.items():
            for f in fields:
                if f.type in ("str", "text") and not f.computed:
                    errors = _errors(kind.name, {child: [{f.name: "好😀"}]})
                    assert f"{child}[1].{f.name}" in errors, (kind.name, child, f.name, errors)


def test_one_message_names_each_character_once_and_at_most_five():
    errors = _errors("commitment", {"title": "😀😀👍" + "".join(chr(0xE000 + i) for i in range(8))})
    msg = errors["title"]
    assert msg.count("U+1F600") == 1 and "U+1F44D" in msg
    assert msg.count("U+") == 5
    assert msg.endswith("which the notice fonts cannot print; remove or replace it")


def test_the_store_refuses_an_emoji_and_keeps_nothing(app, admin):
    from sqlalchemy import func, select

    from zwcx_desktop.store.models import Commitment, RecordVersion

    with pytest.raises(ValidationError) as exc:
        app.records.create("commitment", commitment_payload(app, title="证明事项😀办结", responsible_person="李𬳵"),
                           admin)
    assert exc.value.by_field() == {"title": "contains U+1F600 “😀”, which the notice fonts cannot print; remove or "
                                             "replace it"}
    with app.db.read() as s:
        assert s.execute(select(func.count()).select_from(Commitment)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(RecordVersion)).scalar_one() == 1, "the home unit only"
    rid = app.records.create("commitment", commitment_payload(app, responsible_person="李𬳵"), admin)
    assert app.records.get(rid).doc["responsible_person"] == "李𬳵"
    with pytest.raises(ValidationError, match=r"content: contains U\+E000"):
        app.records.update(rid, {"content": "第一段\n第二段\ue000"}, admin)
    app.records.update(rid, {"content": "第一段\n第二段"}, admin)


def test_zwcx_add_refuses_an_emoji_naming_field_and_code_point(capsys, data_dir, monkeypatch):
    import io

    from tests.conftest import CONTACT_ARGS, PASSWORD, USCC
    from zwcx_desktop.cli.main import main
    from zwcx_desktop.store.app import App

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--data-dir", str(data_dir), "init", "--unit-name", "道里区新阳路街道办事处", "--unit-code", USCC,
                 "--division", "230102", "--admin", "admin", "--password-stdin", *CONTACT_ARGS]) == 0
    app = App(data_dir)
    payload = commitment_payload(app, content="材料齐全的👍证明事项5个工作日内办结。")
    app.close()
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(payload, ensure_ascii=False)))
    code = main(["--data-dir", str(data_dir), "add", "commitment", "--json", "-"])
    err = capsys.readouterr().err
    assert code != 0
    assert "content: contains U+1F44D “👍”, which the notice fonts cannot print" in err
    assert "Traceback" not in err
