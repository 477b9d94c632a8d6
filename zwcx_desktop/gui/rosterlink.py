"""Linking the selected service records to a roster notice (名单公示) at once, and unlinking them.

A township imports a roster of hundreds of households; linking them one form at a time is not work a clerk should
do. The service list's batch bar (gui/batch.py) offers "Link to roster notice…", which opens the record chooser
limited to the notices that can still take records (domain/roster_rules.py), and "Unlink from roster notice". Both
run on the writer thread as one transaction (store/rosterlinks.py), with the bar's progress and Cancel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from zwcx_desktop.gui.recordpicker import SHOWN, RecordChooser, _sees_persons, describe_records


def find_roster_notices(_handle, app, text: str, persons: bool = False
                        ) -> tuple[int, list[tuple[str, str, str, str]]]:
    """Task: the roster notices matching `text` that can still take service records (a posting is still ahead of
    them), newest change first; how many, and the first SHOWN described."""
    from sqlalchemy import select

    from zwcx_core.domain.roster_rules import TAKES_RECORDS
    from zwcx_desktop.store import queries
    from zwcx_desktop.store.models import RECORD_MODELS

    f = queries.Filter("disclosure", statuses=sorted(TAKES_RECORDS), search=text or None)
    m = RECORD_MODELS["disclosure"]
    with app.db.read() as s:
        ids = queries.ids(s, f)
        roster = set(s.execute(select(m.id).where(m.id.in_(ids), m.contains_personal_data.is_(True))).scalars())
    ids = [i for i in ids if i in roster]
    return len(ids), describe_records(app, "disclosure", ids[:SHOWN], persons)


class RosterNoticeChooser(RecordChooser):
    """The record chooser showing only the roster notices that can still take records."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "disclosure", parent)
        self.setWindowTitle(self.tr("Choose the roster notice"))
        note = QLabel(self.tr("Only notices with personal data (a roster) that are still to be posted, or may be "
                              "posted again, are listed. A notice already posted keeps the roster it was posted "
                              "with; records linked now are on it when it is posted again."))
        note.setObjectName("roster_note")
        note.setWordWrap(True)
        self.layout().insertWidget(2, note)

    def run(self) -> None:
        self._generation += 1
        gen = self._generation
        self.ctx.runner.run(find_roster_notices, self.ctx.app, self.search.text().strip(), _sees_persons(self.ctx),
                            on_done=lambda ans: self._show(gen, *ans))


def batch_link(handle, app, what, disclosure_id: str | None, actor):
    """Task: link (or, with no `disclosure_id`, unlink) the records — a list of ids, or the (filter, counts) of all
    matching records — in one transaction; a LinkResult, or None when the clerk cancelled (nothing written)."""
    from zwcx_desktop.gui.batch import matching_ids
    from zwcx_desktop.gui.tasks import Cancelled
    from zwcx_desktop.store import rosterlinks

    record_ids = what if isinstance(what, list) else matching_ids(app, what[0], sum(what[1].values()))
    try:
        if disclosure_id is None:
            return rosterlinks.unlink(app, record_ids, actor, progress=handle.progress, check=handle.check)
        return rosterlinks.link(app, record_ids, disclosure_id, actor, progress=handle.progress, check=handle.check)
    except Cancelled:
        return None


def notice_refusal(exc) -> str:
    """The refusal of a notice that takes no records, in the UI language; '' for any other exception."""
    from PySide6.QtCore import QCoreApplication

    from zwcx_core.domain.enums import DisclosureStatus
    from zwcx_desktop.gui.i18n import enum_text
    from zwcx_desktop.store.rosterlinks import NotARosterNotice

    if not isinstance(exc, NotARosterNotice):
        return ""
    if not exc.roster:
        return QCoreApplication.translate("RosterLink", "The chosen notice contains no personal data, so it prints "
                                                        "no roster; choose a roster notice.")
    return QCoreApplication.translate("RosterLink", "The chosen roster notice is “%1” and will not be posted again, "
                                                    "so it takes no more records; choose another.").replace(
        "%1", enum_text(DisclosureStatus, exc.status))
