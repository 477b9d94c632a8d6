"""A township office's own supervision clock presets, shared by the township's devices through the server.

An administrator edits the clocks on one computer (设置); that device sends the edit up (PUT
/v1/township/supervision-clocks) and the server hands it to every device of the township with the reference data
(section `township_supervision_clocks`), so all of them count the same deadlines. The latest edit by its
`edited_at` wins: an older one is answered 409 with the current one, which the device then adopts.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core import wire
from zwcx_core.domain import supervision
from zwcx_core.domain.enums import SupervisionChannel
from zwcx_server.db import ServerDB
from zwcx_server.models import Township, TownshipClocks
from zwcx_server.service import Caller, ServiceError, utcnow

SECTION = "township_supervision_clocks"
#: How far ahead of the server's clock an edit may be dated: a computer whose clock runs days ahead would
#: otherwise win over every later edit of its township.
MAX_AHEAD = dt.timedelta(hours=1)


def _iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="microseconds") + "Z"


def _edited_at(value: Any) -> dt.datetime:
    """`edited_at` as naive UTC; it must name its zone (Z or an offset), so devices in any zone compare alike."""
    if not isinstance(value, str) or len(value) > 40:
        raise ServiceError(400, "'edited_at' must be an ISO 8601 time with its zone, e.g. 2026-03-02T08:00:00Z")
    try:
        t = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        t = None
    if t is None or t.tzinfo is None:
        raise ServiceError(400, "'edited_at' must be an ISO 8601 time with its zone, e.g. 2026-03-02T08:00:00Z")
    return t.astimezone(dt.UTC).replace(tzinfo=None)


def _document(value: Any) -> dict[str, Any]:
    """The checked document with canonical channel names. Raises ServiceError 422 naming the bad entry."""
    try:
        supervision.parse_presets(value)
        return {SupervisionChannel.parse(str(k)).value: v for k, v in value.items()}
    except supervision.ClockPresetError as exc:
        raise ServiceError(422, str(exc)) from None


def _answer(row: TownshipClocks) -> dict[str, Any]:
    return {"document": json.loads(row.document), "edited_at": _iso(row.edited_at)}


def put(db: ServerDB, caller: Caller, document: Any, edited_at: Any) -> dict[str, Any]:
    """Keep the caller's township's clock presets unless the stored ones are newer (409, with them). Sending the
    stored edit again (an answer lost on the way) is answered like the first time."""
    doc = _document(document)
    at = _edited_at(edited_at)
    now = utcnow()
    if at > now + MAX_AHEAD:
        raise ServiceError(400, "'edited_at' is later than the server's time: check this computer's clock")
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    with db.write() as s:
        # The township row lock (as a push takes it) orders two devices' uploads, so neither overwrites a newer one.
        s.execute(select(Township.id).where(Township.id == caller.township_id).with_for_update()).scalar_one()
        row = s.get(TownshipClocks, caller.township_id)
        if row is not None and (row.edited_at > at or (row.edited_at == at and row.document != text)):
            raise ServiceError(409, "the township's supervision clocks were changed later on another computer",
                               current=_answer(row))
        if row is None:
            row = TownshipClocks(township_id=caller.township_id)
            s.add(row)
        row.document, row.edited_at, row.device_id, row.received_at = text, at, caller.device_id, now
        s.flush()
        return {"protocol": wire.PROTOCOL} | _answer(row)


def section(s: Session, township_id: int) -> list[dict[str, Any]] | None:
    """The reference data section of this township (one item), or None when its office never shared clocks."""
    row = s.get(TownshipClocks, township_id)
    return None if row is None else [{"key": "township"} | _answer(row)]
