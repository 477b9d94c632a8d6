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
    from zwcx_desktop.domain.enums import CommitmentStatus
    from zwcx_desktop.domain.schema import KINDS
    from zwcx_desktop.gui.i18n import enum_text, label

    assert label(KINDS["commitment"].field("due_date")) == "完成时限"
    assert enum_text(CommitmentStatus, "pending_review") == "待审"


def test_core_messages_with_values_show_in_chinese():
    """Field messages from core are English with values; the desktop shows them in Chinese, values kept."""
    from zwcx_desktop.domain.schema import ValidationError, validate
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
