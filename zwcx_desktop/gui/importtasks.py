"""The import wizard's background tasks: list a workbook's sheets, recognise its columns, check its rows, write them.

Each runs on the task runner (first argument: the task handle) and calls core (zwcx_desktop.io); none touches a
widget. Core modules are imported inside the tasks so that opening the wizard does not wait for them.
"""

from __future__ import annotations


def recogniser(kind: str):
    """The header recogniser of the kind's files (contract ledgers, 12345 dispatch lists, or rosters of service
    records)."""
    if kind == "contract":
        from zwcx_desktop.io import contract_headers

        return contract_headers
    if kind == "supervision":
        from zwcx_desktop.io import supervision_headers

        return supervision_headers
    from zwcx_desktop.io import headers

    return headers


def sheets(_handle, path: str):
    """Task: (path, the sheet names of the workbook) — [] for a CSV file; the path tells a stale answer apart."""
    from zwcx_desktop.io.reader import sheet_names

    return path, sheet_names(path)


def inspect(_handle, kind: str, path: str, mapping, sheet):
    """Task: read the file and recognise its columns (no row checks yet)."""
    from zwcx_desktop.io import roster

    return roster.inspect(path, mapping=mapping, sheet=sheet, first_row_fallback=True, recogniser=recogniser(kind))


def prepare(handle, app, kind: str, path: str, area, policy, period, mapping, sheet, disclosure=None):
    """Task: read and check the roster, contract ledger or dispatch list (writes nothing); a roster's rows are
    linked to the roster notice `disclosure` when the clerk chose one."""
    if kind in _LISTS:
        return _module(kind).prepare(app, path, mapping=mapping, sheet=sheet, handle=handle)
    from zwcx_desktop.io import roster

    return roster.prepare(app, path, area=area, policy=policy, period=period, mapping=mapping, sheet=sheet,
                          handle=handle, disclosure=disclosure)


def commit(handle, app, kind: str, plan, actor, skip_invalid: bool, errors_out):
    """Task: write the valid rows in one transaction; None when the clerk cancelled (everything rolled back)."""
    from zwcx_desktop.gui.tasks import Cancelled

    try:
        return _module(kind).commit(app, plan, actor, skip_invalid=skip_invalid, errors_out=errors_out, handle=handle)
    except Cancelled:
        return None


#: The kinds whose files carry every field in their rows (no area, policy or period for the whole file).
_LISTS = ("contract", "supervision")


def _module(kind: str):
    """The io module that reads and writes the kind's files."""
    if kind == "contract":
        from zwcx_desktop.io import contracts

        return contracts
    if kind == "supervision":
        from zwcx_desktop.io import supervision_import

        return supervision_import
    from zwcx_desktop.io import roster

    return roster
