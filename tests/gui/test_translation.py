"""The zh_CN catalogue covers every UI string, is compiled, and is loaded by default (Qt's own dialogs too)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "zwcx_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text or ""
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m
    return out


def test_every_gui_string_has_a_finished_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "zwcx_desktop" / "gui").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = _messages(fresh)
    shipped = _messages(TS)
    assert wanted, "lupdate found no strings"
    missing = [k for k in wanted if k not in shipped]
    assert not missing, f"strings not in zwcx_zh_CN.ts (run resources/translations/update.py): {missing}"
    unfinished = [k for k, m in shipped.items() if m.find("translation").get("type") in ("unfinished", "vanished")
                  or not ("".join(m.find("translation").itertext())).strip()]
    assert not unfinished, f"untranslated: {unfinished}"
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime - 1, "compile the .ts with update.py"


def test_every_translated_text_is_a_literal_that_lupdate_can_see():
    """A wrapper such as `_tr(text)` hides its strings from lupdate, so they never reach the catalogue and show in
    English (the list page's Export… button did). Only i18n.py passes variables: its templates are declared with
    QT_TRANSLATE_NOOP, which lupdate reads."""
    import ast

    hidden = []
    for p in sorted((ROOT / "zwcx_desktop" / "gui").glob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tr", "translate")):
                continue
            i = 0 if node.func.attr == "tr" else 1
            text = node.args[i] if len(node.args) > i else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)) and p.name != "i18n.py":
                hidden.append(f"{p.name}:{node.lineno}")
    assert not hidden, f"translated text that lupdate cannot read: {hidden}"


def test_chinese_is_loaded_by_default_for_ours_and_qts_strings():
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Dashboard") == "工作台"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_schema_labels_and_enums_show_in_chinese():
    from zwcx_core.domain.enums import CommitmentStatus
    from zwcx_core.domain.schema import KINDS
    from zwcx_desktop.gui.i18n import enum_text, label

    assert label(KINDS["commitment"].field("due_date")) == "完成时限"
    assert enum_text(CommitmentStatus, "pending_review") == "待审"


def test_core_messages_with_values_show_in_chinese():
    """Field messages from core are English with values; the desktop shows them in Chinese, values kept."""
    from zwcx_core.domain.schema import ValidationError, validate
    from zwcx_desktop.gui.i18n import message

    try:
        validate("commitment", {"title": "长" * 130, "made_date": "2026-02-30"})
    except ValidationError as exc:
        errors = exc.by_field()
    shown = {f: message(m) for f, m in errors.items()}
    assert "130" in shown["title"] and "120" in shown["title"] and "characters" not in shown["title"]
    assert "2026-02-30" in shown["made_date"] and "date" not in shown["made_date"]
    assert shown["category"] == "必填"
    assert message("an unknown sentence") == "an unknown sentence"


def test_every_message_template_has_finished_chinese_with_the_same_placeholders():
    """Each template of i18n.message() is shipped translated, and its Chinese uses exactly its %N (a %N missing
    from the Chinese would drop a value such as the row or the file name; an extra one would show as "%3")."""
    import re

    from zwcx_desktop.gui.i18n import _TEMPLATES

    shipped = _messages(TS)
    assert len(set(_TEMPLATES)) == len(_TEMPLATES), "a template is listed twice"
    for t in _TEMPLATES:
        m = shipped.get(("Messages", t))
        assert m is not None, f"template not in zwcx_zh_CN.ts: {t!r}"
        tr = m.find("translation")
        assert tr.get("type") is None and (tr.text or "").strip(), f"template without Chinese: {t!r}"
    for (ctx, source), m in shipped.items():  # the same rule for every string of the catalogue
        zh = "".join(m.find("translation").itertext())
        assert set(re.findall(r"%\d", source)) == set(re.findall(r"%\d", zh)), (ctx, source, zh)


def _sample(node) -> str | None:
    """The text a message expression of core builds, with "7" for each value put into it."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left), _sample(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, ast.IfExp):
        return _sample(node.body)
    return None  # str(exc), e.message …: a message made elsewhere, checked where it is made


def test_every_core_message_a_clerk_can_see_in_the_import_has_a_template():
    """Every message the roster import raises or reports (files, headers, rows, ID numbers, field values, duplicates)
    reaches the desktop in Chinese: read from the source, so a new message without a template fails here."""
    import ast

    from zwcx_desktop.gui.i18n import message
    from zwcx_desktop.io.reader import _MAGIC

    # call name -> index of its message argument
    calls = {"FileProblem": 0, "InvalidIdentifier": 0, "ValueError": 0, "FieldError": 1, "RowIssue": 2,
             "__init__": 0}
    sources = [f"zwcx_desktop/{f}" for f in ("io/reader.py", "io/csvtext.py", "io/limits.py", "io/xlsxsheet.py",
                                             "io/roster.py", "io/headers.py", "store/lookups.py")]
    sources += [f"core/zwcx_core/domain/{f}" for f in ("identifiers.py", "schema.py", "enums.py")]
    seen, english = 0, []
    for rel in sources:
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            i = calls.get(name)
            if i is None or len(node.args) <= i:
                continue
            text = _sample(node.args[i])
            if text is None:
                continue
            seen += 1
            if message(text) == text:
                english.append(f"{rel}:{node.lineno}: {text}")
    assert seen > 60, seen
    assert not english, "core messages without a template in gui/i18n.py:\n" + "\n".join(english)
    assert all(message(what) != what for _magic, what in _MAGIC)


def test_row_problems_are_translated_part_by_part():
    from zwcx_core.domain.identifiers import InvalidIdentifier, validate_citizen_id
    from zwcx_desktop.gui.i18n import row_issue
    from zwcx_desktop.io.roster import RowIssue

    try:
        validate_citizen_id("11010119500307A01X")
    except InvalidIdentifier as exc:
        reason = str(exc)
    assert row_issue(RowIssue(8, "C (身份证号)", reason)) == "第 8 行，C 列（身份证号）：身份证号第 1–17 位应为数字，但第 15 位是“A”"
    assert row_issue(RowIssue(3, "D", "'x' is not a whole number")) == "第 3 行，D 列：“x”不是整数"
    assert row_issue(RowIssue(4, "(no column; 政策/项目)", "is 130 characters long; at most 100 allowed")) == \
        "第 4 行，政策/项目（文件中无此列，取第一页填写的值）：共 130 个字，最多允许 100 个字"
    assert row_issue(RowIssue(5, "", "is required")) == "第 5 行：必填"
    assert row_issue(RowIssue(6, "C (身份证号)", "a sentence core has not told us about")) == \
        "第 6 行，C 列（身份证号）：a sentence core has not told us about"


def test_described_errors_name_fields_by_their_label_and_translate_core_text():
    from zwcx_core.domain.schema import FieldError, ValidationError
    from zwcx_desktop.gui.errors import describe
    from zwcx_desktop.io.reader import FileProblem

    exc = ValidationError("service", [FieldError("citizen_id", "this person is already registered for the same "
                                                               "service area and period (record 0a1b2c3d)")])
    assert describe(exc) == "以下字段填写有误：\n身份证号：此人在同一服务领域和所属期已有登记（记录 0a1b2c3d）"
    exc = ValidationError("disclosure", [FieldError("finance_lines[2].note", "contains a full mobile number; print "
                                                                           "only the masked form (138****1234)")])
    assert describe(exc) == "以下字段填写有误：\n收支明细第2行“备注”：含有完整的手机号码，只能填写脱敏后的形式（如 138****1234）"
    assert describe(FileProblem("名单.xlsx (sheet '3月'): has a header row (row 2) but no data rows under it")) == \
        "名单.xlsx（工作表“3月”）：有表头行（第 2 行），但下面没有数据行"
