"""Record lifecycles of DOMAIN.md: which transitions exist and who may make them.

Role checks live here so that the command line, the desktop and the sync engine all refuse the same things;
hiding a button is only a convenience on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from zwcx_core.domain.enums import (
    CommitmentStatus as C,
)
from zwcx_core.domain.enums import ContractStatus as K
from zwcx_core.domain.enums import (
    DisclosureStatus as D,
)
from zwcx_core.domain.enums import DishonestyStatus as X
from zwcx_core.domain.enums import LawsuitStatus as L
from zwcx_core.domain.enums import (
    ObjectionStatus as O,
)
from zwcx_core.domain.enums import (
    Role,
    ZhEnum,
)
from zwcx_core.domain.enums import (
    ServiceStatus as S,
)
from zwcx_core.domain.enums import SupervisionStatus as V

CLERK = frozenset({Role.CLERK, Role.REVIEWER, Role.ADMIN})
REVIEWER = frozenset({Role.REVIEWER, Role.ADMIN})
ADMIN = frozenset({Role.ADMIN})


class IllegalTransition(ValueError):
    """A lifecycle step that the rules do not allow; the message names both states."""

    def __init__(self, kind: str, current: ZhEnum, target: ZhEnum, reason: str = "", missing: str | None = None) -> None:
        self.kind, self.current, self.target = kind, current, target
        self.missing = missing  # the field that must be filled in first, when that is the reason
        self.reason = reason  # why the rules refuse the step ("" when the step does not exist at all)
        msg = f"{kind}: cannot go from {current.value} ({current.zh}) to {target.value} ({target.zh})"
        super().__init__(msg + (f": {reason}" if reason else ""))


class NotPermitted(PermissionError):
    """The user's role may not make this transition."""

    def __init__(self, role: Role, current: ZhEnum, target: ZhEnum) -> None:
        self.role = role
        super().__init__(
            f"role {role.value} ({role.zh}) may not move a record from {current.value} ({current.zh}) "
            f"to {target.value} ({target.zh})"
        )


@dataclass(frozen=True)
class Lifecycle:
    """States of one record kind, its initial state and the transitions with the roles allowed to make them."""

    kind: str
    states: type[ZhEnum]
    initial: ZhEnum
    transitions: dict[tuple[ZhEnum, ZhEnum], frozenset[Role]]

    def targets(self, current: ZhEnum, role: Role | None = None) -> list[ZhEnum]:
        """States reachable from `current` in one step (by `role`, if given), in declaration order."""
        return [
            t for (s, t), roles in self.transitions.items() if s == current and (role is None or role in roles)
        ]

    def is_terminal(self, state: ZhEnum) -> bool:
        return not self.targets(state)

    def check(self, current: ZhEnum | str, target: ZhEnum | str, role: Role | None = None) -> ZhEnum:
        """Return the target state if the step is allowed, else raise IllegalTransition / NotPermitted."""
        cur = self.states.parse(current) if isinstance(current, str) else current
        tgt = self.states.parse(target) if isinstance(target, str) else target
        roles = self.transitions.get((cur, tgt))
        if roles is None:
            raise IllegalTransition(self.kind, cur, tgt)
        if role is not None and role not in roles:
            raise NotPermitted(role, cur, tgt)
        return tgt


def _t(*pairs: tuple[ZhEnum, tuple[ZhEnum, ...], frozenset[Role]]) -> dict:
    out: dict[tuple[ZhEnum, ZhEnum], frozenset[Role]] = {}
    for src, targets, roles in pairs:
        for tgt in targets:
            out[(src, tgt)] = roles
    return out


COMMITMENT = Lifecycle(
    "commitment",
    C,
    C.DRAFT,
    _t(
        (C.DRAFT, (C.PENDING_REVIEW,), CLERK),
        (C.DRAFT, (C.CANCELLED,), CLERK),
        (C.PENDING_REVIEW, (C.DRAFT,), CLERK),  # withdrawn by the clerk or returned by the reviewer
        (C.PENDING_REVIEW, (C.PUBLISHED, C.CANCELLED), REVIEWER),
        (C.PUBLISHED, (C.IN_PROGRESS,), CLERK),
        (C.PUBLISHED, (C.FULFILLED_ON_TIME, C.FULFILLED_LATE), CLERK),
        (C.IN_PROGRESS, (C.FULFILLED_ON_TIME, C.FULFILLED_LATE), CLERK),
        (C.PUBLISHED, (C.UNFULFILLED, C.CHANGED, C.CANCELLED), REVIEWER),
        (C.IN_PROGRESS, (C.UNFULFILLED, C.CHANGED, C.CANCELLED), REVIEWER),
    ),
)

DISCLOSURE = Lifecycle(
    "disclosure",
    D,
    D.DRAFT,
    _t(
        (D.DRAFT, (D.PENDING_REVIEW,), CLERK),
        (D.DRAFT, (D.WITHDRAWN,), CLERK),
        (D.PENDING_REVIEW, (D.DRAFT,), CLERK),
        (D.PENDING_REVIEW, (D.APPROVED, D.WITHDRAWN), REVIEWER),
        (D.APPROVED, (D.PUBLICIZING, D.WITHDRAWN), REVIEWER),
        (D.PUBLICIZING, (D.EXPIRED_NO_OBJECTION, D.EXPIRED_WITH_OBJECTION, D.WITHDRAWN), REVIEWER),
        (D.EXPIRED_WITH_OBJECTION, (D.REPUBLISHED,), REVIEWER),
        (D.REPUBLISHED, (D.EXPIRED_NO_OBJECTION, D.EXPIRED_WITH_OBJECTION, D.WITHDRAWN), REVIEWER),
        (D.EXPIRED_NO_OBJECTION, (D.ARCHIVED,), REVIEWER),
        # An objection found groundless still lets the notice be archived as it stood.
        (D.EXPIRED_WITH_OBJECTION, (D.ARCHIVED,), REVIEWER),
    ),
)

SERVICE = Lifecycle(
    "service",
    S,
    S.REGISTERED,
    _t(
        (S.REGISTERED, (S.REVIEWED, S.REJECTED), REVIEWER),
        (S.REVIEWED, (S.REGISTERED,), REVIEWER),
        (S.REVIEWED, (S.PUBLICIZED,), REVIEWER),
        (S.PUBLICIZED, (S.CONFIRMED, S.REJECTED), REVIEWER),
        (S.CONFIRMED, (S.PAID,), CLERK),
        (S.PAID, (S.STOPPED,), REVIEWER),
    ),
)

OBJECTION = Lifecycle(
    "objection",
    O,
    O.REGISTERED,
    _t(
        (O.REGISTERED, (O.ACCEPTED, O.NOT_ACCEPTED), REVIEWER),
        (O.ACCEPTED, (O.INVESTIGATING,), CLERK),
        (O.INVESTIGATING, (O.REPLIED,), REVIEWER),
        (O.REPLIED, (O.CLOSED,), REVIEWER),
        (O.NOT_ACCEPTED, (O.CLOSED,), REVIEWER),
    ),
)

CONTRACT = Lifecycle(
    "contract",
    K,
    K.DRAFT,
    _t(
        # Entered by the contract clerk; a reviewer confirms it was signed as recorded (平台之外无合同: the ledger
        # holds the contract before performance starts) and that it is settled or ended.
        (K.DRAFT, (K.PERFORMING,), REVIEWER),
        (K.PERFORMING, (K.DISPUTED,), CLERK),
        (K.PERFORMING, (K.SETTLED, K.TERMINATED), REVIEWER),
        (K.DISPUTED, (K.PERFORMING, K.SETTLED, K.TERMINATED), REVIEWER),
    ),
)

LAWSUIT = Lifecycle(
    "lawsuit",
    L,
    L.PENDING,
    _t(
        (L.PENDING, (L.JUDGED,), CLERK),
        (L.JUDGED, (L.PERFORMED, L.ENFORCEMENT), CLERK),
        (L.ENFORCEMENT, (L.PERFORMED,), CLERK),
        # Closed: performed, or ended without anything to perform (won, withdrawn, settled out of court).
        (L.PENDING, (L.CLOSED,), REVIEWER),
        (L.PERFORMED, (L.CLOSED,), REVIEWER),
    ),
)

DISHONESTY = Lifecycle(
    "dishonesty",
    X,
    X.LEAD,
    _t(
        # The township never makes a finding (谁认定、谁修复): it works a lead off, or enters the decision the court,
        # the superior or the city credit office made. Records name the unit's failings and may name staff, so the
        # administrator alone moves them (and alone reads a person-level record's names).
        (X.LEAD, (X.VERIFYING,), ADMIN),
        (X.VERIFYING, (X.RECTIFYING, X.UNFOUNDED), ADMIN),
        (X.RECTIFYING, (X.RECTIFIED,), ADMIN),
        (X.LEAD, (X.CONFIRMED,), ADMIN),
        (X.VERIFYING, (X.CONFIRMED,), ADMIN),
        (X.RECTIFYING, (X.CONFIRMED,), ADMIN),
        (X.CONFIRMED, (X.PUBLICIZED, X.REMOVED), ADMIN),
        (X.PUBLICIZED, (X.REPAIRED, X.EXPIRED, X.REMOVED), ADMIN),
    ),
)

SUPERVISION = Lifecycle(
    "supervision",
    V,
    V.RECEIVED,
    _t(
        (V.RECEIVED, (V.HANDLING,), CLERK),
        (V.RECEIVED, (V.RETURNED,), REVIEWER),
        (V.HANDLING, (V.RETURNED,), REVIEWER),
        (V.HANDLING, (V.REPLIED,), REVIEWER),
        (V.REHANDLING, (V.REPLIED,), REVIEWER),
        (V.REPLIED, (V.REHANDLING,), REVIEWER),
        (V.REPLIED, (V.CLOSED,), REVIEWER),
    ),
)

LIFECYCLES: dict[str, Lifecycle] = {lc.kind: lc for lc in (COMMITMENT, DISCLOSURE, SERVICE, OBJECTION, CONTRACT,
                                                           LAWSUIT, DISHONESTY, SUPERVISION)}

#: States in which a record's fields may still be edited (after that, changes go through the lifecycle:
#: a published commitment changes only by an approved change, a posted notice only by re-posting).
EDITABLE: dict[str, frozenset[str]] = {
    "unit": frozenset({"*"}),
    "commitment": frozenset({C.DRAFT, C.PENDING_REVIEW}),
    "disclosure": frozenset({D.DRAFT, D.PENDING_REVIEW, D.APPROVED, D.EXPIRED_WITH_OBJECTION}),
    "service": frozenset({S.REGISTERED, S.REVIEWED}),
    "objection": frozenset({O.REGISTERED, O.ACCEPTED, O.INVESTIGATING}),
    # Performance is recorded on the contract as it happens (events, payments), so it stays open until it ends.
    "contract": frozenset({K.DRAFT, K.PERFORMING, K.DISPUTED}),
    "lawsuit": frozenset({L.PENDING, L.JUDGED, L.ENFORCEMENT, L.PERFORMED}),
    # Worked off while open: rectification steps, performance, the repair application and its decision.
    "dishonesty": frozenset({X.LEAD, X.VERIFYING, X.RECTIFYING, X.CONFIRMED, X.PUBLICIZED}),
    "supervision": frozenset({V.RECEIVED, V.HANDLING, V.REHANDLING, V.REPLIED}),
}


def is_editable(kind: str, status: str | None) -> bool:
    allowed = EDITABLE[kind]
    return "*" in allowed or status in allowed


# ---------------------------------------------------------------------------------------------- the review gate

class PrintAs(StrEnum):
    """How a record version may be printed as a public notice (see `print_as`)."""

    VALID = "valid"  # reviewed: a notice the office may post, with a QR code when the server can verify it
    DRAFT = "draft"  # not yet reviewed: only a proof, watermarked 草稿 未经审核 不得张贴, no QR code
    VOID = "void"  # withdrawn, cancelled or superseded: a file copy only, watermarked with what it is, no QR code
    REFUSED = "refused"  # there is nothing that could be posted: not printed at all


#: Statuses a reviewer has passed (or that follow a passed review), per kind with a notice of its own.
_VALID: dict[str, frozenset[str]] = {
    "commitment": frozenset({C.PUBLISHED, C.IN_PROGRESS, C.FULFILLED_ON_TIME, C.FULFILLED_LATE, C.UNFULFILLED}),
    "disclosure": frozenset({D.APPROVED, D.PUBLICIZING, D.EXPIRED_NO_OBJECTION, D.EXPIRED_WITH_OBJECTION,
                             D.REPUBLISHED, D.ARCHIVED}),
    "objection": frozenset({O.REPLIED, O.CLOSED}),
}
#: Statuses that end a record's public life. A withdrawn or cancelled notice was often posted before, and the
#: office keeps a copy of what it took down (an inquiry, an audit), so these print as marked file copies; a
#: commitment changed with approval is superseded, its old words must not go up again.
_VOID: dict[str, frozenset[str]] = {
    "commitment": frozenset({C.CANCELLED, C.CHANGED}),
    "disclosure": frozenset({D.WITHDRAWN}),
}
#: An objection that was not accepted has no outcome to post (the outcome notice would claim an investigation
#: that never took place); the complainant is answered directly.
_REFUSED: dict[str, frozenset[str]] = {
    "objection": frozenset({O.NOT_ACCEPTED}),
}


def print_as(kind: str, status: str | None) -> PrintAs:
    """How a version of a `kind` record in `status` prints: the one rule the notices, the CLI and the desktop use.

    Anything not yet passed by a reviewer (草拟/草稿, 待审, an objection still being handled, a legacy document
    without a status) prints only as a draft; kinds without a notice of their own are refused.
    """
    if kind not in _VALID:
        return PrintAs.REFUSED
    if status in _VALID[kind]:
        return PrintAs.VALID
    if status in _VOID.get(kind, ()):
        return PrintAs.VOID
    if status in _REFUSED.get(kind, ()):
        return PrintAs.REFUSED
    return PrintAs.DRAFT


def document_prints_as(kind: str, doc: Mapping[str, Any]) -> PrintAs:
    """How a version prints, from its whole document: `print_as` of its status, except that an objection closed
    without an investigation (不予受理, then 办结) has no finding and so no outcome to post."""
    state = print_as(kind, doc.get("status"))
    if kind == "objection" and state is PrintAs.VALID and not doc.get("finding"):
        return PrintAs.REFUSED
    return state


def printable_as_valid(kind: str, status: str | None) -> bool:
    """Whether a version in `status` may be printed as a notice to post (no watermark, QR code allowed)."""
    return print_as(kind, status) is PrintAs.VALID


def case_handlers(kind: str) -> frozenset[Role]:
    """The roles that handle a case of this kind from start to end: those allowed every step of its lifecycle.

    For an objection these are the reviewer and the administrator (they accept it, answer it and close it); a
    clerk registers and investigates one but does not answer it. A kind without a lifecycle is handled by all.
    """
    lc = LIFECYCLES.get(kind)
    roles = frozenset(Role)
    for allowed in lc.transitions.values() if lc else ():
        roles &= allowed
    return roles


def may_read_private(kind: str, role: Role | None) -> bool:
    """Whether `role` may read the private fields (`schema.Field.private`) of a saved record of this kind."""
    return role is not None and role in case_handlers(kind)
