"""Loading translations, and the display text of schema labels and enum values.

Source strings are English and go through Qt's tr(); the zh_CN catalogue is loaded by default. Field labels and
enum values come from the schema, which already carries their Chinese names (`Field.zh`, `ZhEnum.zh`), so they are
shown from there instead of being copied into the .ts file a second time.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zwcx_desktop.resources import resource

TRANSLATIONS = resource("translations")
_state = {"zh": True}
_keep: list[QTranslator] = []  # translators must outlive the install call


def language() -> str:
    """The UI language: ZWCX_LANG (zh_CN or en), else zh_CN (the users are Chinese township offices)."""
    return os.environ.get("ZWCX_LANG", "zh_CN")


def install(app: QCoreApplication, lang: str | None = None) -> bool:
    """Install zwcx's and Qt's own translators for `lang`; returns whether the zwcx catalogue loaded."""
    lang = lang or language()
    _state["zh"] = lang.startswith("zh")
    for t in _keep:
        app.removeTranslator(t)
    _keep.clear()
    if not _state["zh"]:
        return False
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _keep.append(qt)
    ours = QTranslator(app)
    ok = ours.load(str(TRANSLATIONS / "zwcx_zh_CN.qm"))
    if ok:
        app.installTranslator(ours)
        _keep.append(ours)
    return ok


def is_zh() -> bool:
    return _state["zh"]


def label(field) -> str:
    """The label of a schema field in the UI language."""
    return field.zh if is_zh() else field.label


def enum_text(enum_cls, value) -> str:
    """Display text of an enum value (stored as its English identifier); unknown values are shown as they are."""
    if value in (None, ""):
        return ""
    try:
        m = enum_cls(value)
    except ValueError:
        return str(value)
    return m.zh if is_zh() else m.value.replace("_", " ")


def kind_name(kind: str) -> str:
    from zwcx_desktop.domain.schema import KINDS

    return KINDS[kind].zh if is_zh() else kind


# Core messages are English sentences with variable parts; these patterns give them Chinese text beside a field.
_PATTERNS: list[tuple[re.Pattern, callable]] = [
    (re.compile(r"^is required$"), lambda m: QCoreApplication.translate("Messages", "is required")),
    (re.compile(r"^'(.*)' is not a date \(use YYYY-MM-DD\)$"),
     lambda m: QCoreApplication.translate("Messages", "'%1' is not a date (use YYYY-MM-DD)").replace("%1", m[1])),
    (re.compile(r"^'(.*)' is not a real date$"), lambda m: QCoreApplication.translate("Messages", "'%1' is not a real date").replace("%1", m[1])),
    (re.compile(r"^is (\d+) characters long; at most (\d+) allowed$"),
     lambda m: QCoreApplication.translate("Messages", "is %1 characters long; at most %2 allowed").replace("%1", m[1]).replace("%2", m[2])),
    (re.compile(r"^must be at least (-?\d+)$"), lambda m: QCoreApplication.translate("Messages", "must be at least %1").replace("%1", m[1])),
    (re.compile(r"^must be at most (-?\d+)$"), lambda m: QCoreApplication.translate("Messages", "must be at most %1").replace("%1", m[1])),
    (re.compile(r"^'(.*)' is not a whole number$"),
     lambda m: QCoreApplication.translate("Messages", "'%1' is not a whole number").replace("%1", m[1])),
    (re.compile(r"^'(.*)' is not an amount in yuan$"),
     lambda m: QCoreApplication.translate("Messages", "'%1' is not an amount in yuan").replace("%1", m[1])),
    (re.compile(r"^is before the date the commitment was made$"),
     lambda m: QCoreApplication.translate("Messages", "is before the date the commitment was made")),
    (re.compile(r"^is before the information was formed$"),
     lambda m: QCoreApplication.translate("Messages", "is before the information was formed")),
    (re.compile(r"^a finance disclosure needs at least one income or expense line$"),
     lambda m: QCoreApplication.translate("Messages", "a finance disclosure needs at least one income or expense line")),
    (re.compile(r"^wrong user name or password$"), lambda m: QCoreApplication.translate("Messages", "wrong user name or password")),
    (re.compile(r"^the password must have at least (\d+) characters$"),
     lambda m: QCoreApplication.translate("Messages", "the password must have at least %1 characters").replace("%1", m[1])),
    (re.compile(r"^only an administrator can manage users$"),
     lambda m: QCoreApplication.translate("Messages", "only an administrator can manage users")),
    (re.compile(r"^the last active administrator cannot be deactivated$"),
     lambda m: QCoreApplication.translate("Messages", "the last active administrator cannot be deactivated")),
    (re.compile(r"^the last active administrator cannot be given another role$"),
     lambda m: QCoreApplication.translate("Messages", "the last active administrator cannot be given another role")),
]


def message(text: str) -> str:
    """A core message in the UI language when it is a known one; otherwise the original text."""
    if not is_zh():
        return text
    for pat, fn in _PATTERNS:
        m = pat.match(text)
        if m:
            return fn(m)
    return text
