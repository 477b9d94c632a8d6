"""The office's supervision clock presets: the defaults of domain/supervision.py, the municipal server's
(reference data, section `supervision_clocks`) over them, and an administrator's own edits (设置) over those.

The effective presets are installed into the rules (`derive.use_supervision_presets`) at start-up, after a sync
that brought new ones and when an administrator saves; the deadlines of cases not yet answered are then counted
again through the one write path (`RecordStore.recount_dates`).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from zwcx_core.domain import derive, supervision
from zwcx_core.domain.enums import Role, SupervisionChannel
from zwcx_desktop.store import reference, settings

K_LOCAL = "supervision_clocks"

log = logging.getLogger(__name__)


def local_document(s: Session) -> dict[str, Any]:
    """The administrator's own edits (channels they replaced), or {}."""
    raw = settings.get(s, K_LOCAL)
    return json.loads(raw) if raw else {}


def server_presets(s: Session) -> dict:
    """The defaults with the channels the municipal server replaced."""
    return supervision.presets_from_reference(reference.stored(s).get("supervision_clocks", []))


def effective(s: Session) -> dict:
    """The presets deadlines are counted with here. Raises ClockPresetError for stored data that no longer
    parses (only a hand-edited database: both parts are checked before they are stored)."""
    return supervision.parse_presets(local_document(s), server_presets(s))


def effective_document(s: Session) -> dict[str, list]:
    """The effective presets as the document an administrator edits."""
    return supervision.presets_document(effective(s))


def install(s: Session) -> None:
    """Put the effective presets into effect for this process (the defaults when the stored ones are broken)."""
    try:
        presets = effective(s)
        derive.use_supervision_presets(None if presets == supervision.DEFAULT_PRESETS else presets)
    except (ValueError, AttributeError, TypeError) as exc:
        log.warning("stored supervision clock presets ignored: %s", exc)
        derive.use_supervision_presets(None)


def parse_edit(text: str, base: dict) -> dict[str, Any]:
    """Check an administrator's edit (JSON text of a `parse_presets` document) against `base`; returns the
    document to store. Raises ClockPresetError with a message naming the entry."""
    try:
        doc = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise supervision.ClockPresetError(f"not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}"
                                           ) from None
    supervision.parse_presets(doc, base)
    # Only what differs from the server's presets is the office's own: a later change from the server to a
    # channel the administrator left alone still takes effect.
    server_doc = supervision.presets_document(base)
    doc = {SupervisionChannel.parse(str(k)).value: v for k, v in doc.items()}
    return {k: v for k, v in doc.items() if server_doc.get(k) != v}


def save_local(app, text: str, actor) -> list[str]:
    """Store an administrator's edit, put it into effect and count the open cases' deadlines again; returns the
    ids of the records whose deadline moved. Raises ClockPresetError, writing nothing, for a malformed edit, and
    PermissionError for anyone but an administrator."""
    if actor.role != Role.ADMIN:
        raise PermissionError("only an administrator may change the supervision clocks")
    with app.db.read() as s:
        base = server_presets(s)
    doc = parse_edit(text, base)
    with app.db.write() as s:
        settings.put(s, K_LOCAL, json.dumps(doc, ensure_ascii=False, sort_keys=True) if doc else "")
        install(s)
    return app.records.recount_dates(actor)
