"""What the public verification page (`/v/{code}` on the municipal server) may say about one record version.

The page answers for what was handed to the public and for nothing else. A version is known to it when it passed
review (`lifecycle.document_prints_as` says it prints as a notice to post) and its record still stands, or when the record's
public life has ended since (withdrawn, cancelled, changed) and it had been public. Drafts, versions waiting for
review, deleted records and records that never had a notice get the same answer as a code that never existed, so
the page tells nobody what a township is preparing or has deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from zwcx_core.domain.enums import CommitmentStatus as C
from zwcx_core.domain.enums import DisclosureStatus as D
from zwcx_core.domain.lifecycle import PrintAs, document_prints_as

__all__ = ["PUBLISHED", "Standing", "standing"]


class Standing(StrEnum):
    """What the page says of a version it knows."""

    PRINTED = "printed"  # a print of this very version is logged (it reached the server from a desktop)
    PUBLISHED = "published"  # its own status says the notice was made public
    APPROVED = "approved"  # reviewed, but no print of it has reached the server yet
    WITHDRAWN = "withdrawn"  # the record was public and is no longer: withdrawn, cancelled or changed


#: Reviewed statuses that themselves say the notice went public (已公开, 公示中 and what follows). An approved
#: disclosure (已审) or an answered objection may still be waiting to be posted: only a print says it was.
PUBLISHED: dict[str, frozenset[str]] = {
    "commitment": frozenset({C.PUBLISHED, C.IN_PROGRESS, C.FULFILLED_ON_TIME, C.FULFILLED_LATE, C.UNFULFILLED}),
    "disclosure": frozenset({D.PUBLICIZING, D.EXPIRED_NO_OBJECTION, D.EXPIRED_WITH_OBJECTION, D.REPUBLISHED,
                             D.ARCHIVED}),
}


def standing(kind: str, doc: Mapping[str, Any], *, printed: bool, deleted: bool, current: Mapping[str, Any],
             ever_public: bool) -> Standing | None:
    """What the page says of a version of a `kind` record with document `doc`, or None when the page must not
    know it.

    `printed`: a print of this version is logged; `deleted`: the record (or this version) is deleted; `current`:
    the document of the record's current version; `ever_public`: some version of the record passed review (asked
    only for the version that ended its public life, which is itself no notice to post).
    """
    if deleted:
        return None
    own = document_prints_as(kind, doc)
    if document_prints_as(kind, current) is PrintAs.VOID:
        return Standing.WITHDRAWN if own is PrintAs.VALID or (own is PrintAs.VOID and ever_public) else None
    if own is not PrintAs.VALID:
        return None
    if printed:
        return Standing.PRINTED
    if doc.get("status") in PUBLISHED.get(kind, ()):
        return Standing.PUBLISHED
    return Standing.APPROVED
