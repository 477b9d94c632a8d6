"""Turning exceptions from core into one line a clerk can read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zwcx_desktop.gui.i18n import is_zh, label, message


def _field(kind: str, name: str) -> str:
    """A field a ValidationError names, by its label in the UI language (its name when it is not a plain field)."""
    import re

    from zwcx_core.domain.schema import KINDS

    row = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", name)  # a child table row: finance_lines[2].note
    try:
        if row:
            spec = KINDS[kind]
            child = next(f for f in spec.children[row[1]] if f.name == row[3])
            return (QCoreApplication.translate("Errors", "%1, row %2, %3").replace("%1", label(spec.field(row[1])))
                    .replace("%2", row[2]).replace("%3", label(child)))
        return label(KINDS[kind].field(name))
    except (KeyError, StopIteration):
        return name


def describe(exc: BaseException) -> str:
    """A user-facing sentence for an exception: known core errors by their message, bugs by their type too."""
    from zwcx_core.domain.lifecycle import IllegalTransition, NotPermitted
    from zwcx_core.domain.schema import ValidationError
    from zwcx_desktop.store.migrate import MigrationError
    from zwcx_desktop.store.records import NotEditable, NotFound, StaleVersion

    if isinstance(exc, NotPermitted):
        return QCoreApplication.translate("Errors", "You are not allowed to do this: %1").replace("%1", message(str(exc)))
    if isinstance(exc, ValidationError):
        line = QCoreApplication.translate("Errors", "%1: %2")
        lines = [line.replace("%1", _field(exc.kind, e.field)).replace("%2", message(e.message)) for e in exc.errors]
        return QCoreApplication.translate("Errors", "Some fields are not valid:") + "\n" + "\n".join(lines)
    if isinstance(exc, StaleVersion):
        return QCoreApplication.translate("Errors", "Someone else changed this record: %1").replace("%1", message(str(exc)))
    if isinstance(exc, IllegalTransition):
        if exc.missing:
            return QCoreApplication.translate("Errors", "Fill in “%1” first.").replace(
                "%1", _field(exc.kind, exc.missing))
        text = QCoreApplication.translate("Errors", "This record cannot go from “%1” to “%2”.").replace(
            "%1", exc.current.zh if is_zh() else exc.current.value).replace(
            "%2", exc.target.zh if is_zh() else exc.target.value)
        # The rules' reason ("40000.00 yuan is still unpaid") is what the clerk can act on.
        if not exc.reason:
            return text
        return text + (message(exc.reason) + "。" if is_zh() else " " + message(exc.reason) + ".")
    from zwcx_desktop.credentials import NoKeyring
    from zwcx_desktop.store.failures import describe as machine_problem
    from zwcx_desktop.sync.client import SyncError

    line = machine_problem(exc, None)  # a full disk or a damaged file, never a database error's SQL
    if line is not None:
        return message(line)
    if isinstance(exc, IllegalTransition | NotEditable | NotFound | PermissionError | ValueError | OSError
                  | MigrationError | NoKeyring | SyncError):
        return message(str(exc))
    # A bug's own message may quote a record's values or a statement's parameters: only its type is said (the
    # whole of it is in the log, gui/tasks.py).
    return QCoreApplication.translate("Errors", "Unexpected error (%1). Nothing was changed by the step that failed; "
                                                "please tell your administrator.").replace("%1", type(exc).__name__)
