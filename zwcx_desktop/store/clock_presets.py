"""The office's supervision clock presets: the defaults of domain/supervision.py, the municipal server's
(reference data, section `supervision_clocks`) over them, and an administrator's own edits (设置) over those.

The administrator's edit is the township's, not this computer's: it is marked pending (`K_PENDING`) and the sync
round sends it to the municipal server, which hands it to the township's other computers with the reference data
(section `township_supervision_clocks`); a later edit from any of them replaces it here (`adopt`).

The effective presets are installed into the rules (`derive.use_supervision_presets`) at start-up, after a sync
that brought new ones and when an administrator saves; the deadlines of cases not yet answered are then counted
again through the one write path (`RecordStore.recount_dates`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from sqlalchemy.orm import Session

from zwcx_core.domain import derive, supervision
from zwcx_core.domain.enums import Role, SupervisionChannel
from zwcx_desktop.store import reference, settings

K_LOCAL = "supervision_clocks"
#: When the office's edit (K_LOCAL) was saved, as UTC ISO text; the latest edit of the township wins.
K_EDITED = "supervision_clocks_edited_at"
#: "1" while the office's edit waits to be sent to the municipal server.
K_PENDING = "supervision_clocks_pending"
SECTION = "township_supervision_clocks"
#: The time given to an edit saved by a version that did not share edits (it kept no time).
BEFORE_SHARING = "2000-01-01T00:00:00.000000Z"

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
        _store(s, doc, _now())
        settings.put(s, K_PENDING, "1")
        install(s)
    return app.records.recount_dates(actor)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _at(iso: str) -> dt.datetime | None:
    try:
        t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (ValueError, AttributeError, TypeError):
        return None
    return t.astimezone(dt.UTC) if t.tzinfo else None


def _store(s: Session, doc: dict[str, Any], edited_at: str) -> None:
    settings.put(s, K_LOCAL, json.dumps(doc, ensure_ascii=False, sort_keys=True) if doc else "")
    settings.put(s, K_EDITED, edited_at)


def pending(s: Session) -> dict[str, Any] | None:
    """The office's edit waiting to be sent ({"document", "edited_at"}), or None. An edit saved before edits were
    shared (no time kept) is sent too, dated so early that any edit of the township's other computers wins."""
    edited = settings.get(s, K_EDITED)
    if settings.get(s, K_PENDING) != "1" and (edited or not settings.get(s, K_LOCAL)):
        return None
    return {"document": local_document(s), "edited_at": edited or BEFORE_SHARING}


def mark_sent(s: Session, edited_at: str) -> None:
    """The server took the edit saved at `edited_at`; one saved meanwhile stays pending."""
    if (settings.get(s, K_EDITED) or BEFORE_SHARING) == edited_at:
        settings.put(s, K_PENDING, "")
        settings.put(s, K_EDITED, edited_at)


def adopt(s: Session, shared: Any, force: bool = False) -> bool:
    """Take the township's clock presets (`{"document", "edited_at"}` from the server) when they are newer than
    this office's edit (which then is no longer pending), or whatever their time when `force` (the server ruled
    ours older); True when they replaced it. Call `install` afterwards.
    A malformed item is ignored with a warning (the server checks it before keeping it)."""
    if not isinstance(shared, dict) or not isinstance(shared.get("document"), dict):
        return False
    at = _at(shared.get("edited_at"))
    try:
        supervision.parse_presets(shared["document"])
    except supervision.ClockPresetError as exc:
        log.warning("the township's supervision clock presets ignored: %s", exc)
        return False
    mine = _at(settings.get(s, K_EDITED) or "")
    if at is None or (not force and mine is not None and at <= mine):
        return False
    _store(s, shared["document"], shared["edited_at"])
    settings.put(s, K_PENDING, "")
    return True


def adopt_reference(s: Session, ref: dict[str, Any]) -> bool:
    """`adopt` the township's item of a reference data download, if it has one."""
    items = ref.get(SECTION)
    return bool(isinstance(items, list) and items and adopt(s, items[0]))


def share_state(s: Session) -> str:
    """"pending" while the office's edit waits to be sent, "shared" once the server has it (or there is none)."""
    return "pending" if pending(s) is not None else "shared"
