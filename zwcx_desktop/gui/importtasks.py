"""The import wizard's background tasks: list a workbook's sheets, recognise its columns, check its rows, write them.

Each runs on the task runner (first argument: the task handle) and calls core (zwcx_desktop.io); none touches a
widget. Core modules are imported inside the tasks so that opening the wizard does not wait for them.
"""

from __future__ import annotations


def recogniser(kind: str):
    """The header recogniser of the kind's files (contract ledgers, or rosters of service records)."""
    if kind == "contract":
        from zwcx_desktop.io import contract_headers

        return contract_headers
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


def prepare(handle, app, kind: str, path: str, area, policy, period, mapping, sheet):
    """Task: read and check the roster or contract ledger (writes nothing)."""
    if kind == "contract":
        from zwcx_desktop.io import contracts

        return contracts.prepare(app, path, mapping=mapping, sheet=sheet, handle=handle)
    from zwcx_desktop.io import roster

    return roster.prepare(app, path, area=area, policy=policy, period=period, mapping=mapping, sheet=sheet,
                          handle=handle)


def commit(handle, app, kind: str, plan, actor, skip_invalid: bool, errors_out):
    """Task: write the valid rows in one transaction; None when the clerk cancelled (everything rolled back)."""
    from zwcx_desktop.gui.tasks import Cancelled
    from zwcx_desktop.io import contracts, roster

    module = contracts if kind == "contract" else roster
    try:
        return module.commit(app, plan, actor, skip_invalid=skip_invalid, errors_out=errors_out, handle=handle)
    except Cancelled:
        return None
