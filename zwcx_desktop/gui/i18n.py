"""Loading translations, and the display text of schema labels and enum values.

Source strings are English and go through Qt's tr(); the zh_CN catalogue is loaded by default. Field labels and
enum values come from the schema, which already carries their Chinese names (`Field.zh`, `ZhEnum.zh`), so they are
shown from there instead of being copied into the .ts file a second time.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


# Core messages are English sentences with variable parts (%1, %2 …); each template below is both the
# translation source (lupdate reads QT_TRANSLATE_NOOP) and, with its %N turned into groups, the pattern that
# recognises the message, so adding a message is one line.
_TEMPLATES = (
    QT_TRANSLATE_NOOP("Messages", "is required"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a real date"),
    QT_TRANSLATE_NOOP("Messages", "is %1 characters long; at most %2 allowed"),
    QT_TRANSLATE_NOOP("Messages", "must be at least %1"),
    QT_TRANSLATE_NOOP("Messages", "must be at most %1"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a whole number"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not an amount in yuan"),
    QT_TRANSLATE_NOOP("Messages", "is before the date the commitment was made"),
    QT_TRANSLATE_NOOP("Messages", "is before the information was formed"),
    QT_TRANSLATE_NOOP("Messages", "a finance disclosure needs at least one income or expense line"),
    QT_TRANSLATE_NOOP("Messages", "wrong user name or password"),
    QT_TRANSLATE_NOOP("Messages", "the password must have at least %1 characters"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator can manage users"),
    QT_TRANSLATE_NOOP("Messages", "the last active administrator cannot be deactivated"),
    QT_TRANSLATE_NOOP("Messages", "the last active administrator cannot be given another role"),
)


def _pattern(template: str) -> re.Pattern:
    return re.compile("^" + re.sub(r"%\d", "(.*)", re.escape(template)) + "$")


_PATTERNS = [(_pattern(t), t) for t in _TEMPLATES]


def message(text: str) -> str:
    """A core message in the UI language when it is a known one; otherwise the original text."""
    if not is_zh():
        return text
    for pat, template in _PATTERNS:
        m = pat.match(text)
        if m:
            out = QCoreApplication.translate("Messages", template)
            for i, part in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", part)
            return out
    return text
