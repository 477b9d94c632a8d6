"""The office's contact block as declared on unit records: reading it for notices, asking whether it is complete
(start-up after an upgrade), saving it from 设置, and the declared numbers the personal-data guard leaves alone.

Kept on the unit records rather than in local settings: a unit is versioned, audited and synced, so every
computer of the township prints the same block, the municipal server knows it, and a village committee can
declare its own contact person while the office's supervision line still applies (domain/contact.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zwcx_core.domain.contact import CONTACT_FIELDS, HOTLINE, Contact, phone_digits
from zwcx_desktop.store.users import Actor


def home_unit_doc(app) -> dict[str, Any]:
    """The home unit's current document ({} before set-up or when the unit is gone)."""
    from zwcx_desktop.store.records import NotFound

    uid = app.setting("home_unit_id")
    if not uid:
        return {}
    try:
        return app.records.get(uid).doc
    except NotFound:
        return {}


def home_contact(app) -> Contact:
    """The office's own contact block (the home unit's)."""
    return Contact.from_docs(home_unit_doc(app))


def home_contact_missing(app) -> tuple[str, ...]:
    """Parts of the office's contact block not declared yet (empty when complete): after an upgrade from a
    version without them, start-up asks an administrator for these."""
    return home_contact(app).missing()


def save_home_contact(app, values: Mapping[str, Any], actor: Actor) -> str:
    """Store the office's contact block on the home unit (one new version, audited, synced); returns its version
    id. Every part is required; ValidationError names each wrong or missing part. Administrators only: the block
    speaks for the office on every notice."""
    from zwcx_core.domain.contact import check_contact
    from zwcx_core.domain.enums import Role
    from zwcx_core.domain.schema import FieldError, ValidationError

    if actor.role != Role.ADMIN:
        raise PermissionError("only an administrator can change the office contact details")
    errors = check_contact(values)
    if errors:
        raise ValidationError("unit", [FieldError(k, v) for k, v in errors.items()])
    changes = {name: str(values[name]).strip() for name, _en, _zh in CONTACT_FIELDS}
    return app.records.update(app.home_unit_id(), changes, actor)


def declared_contact_numbers(source) -> frozenset[str]:
    """The office's declared contact numbers, as digits only ("045188123456", "12388", "12345"): the contact and
    supervision phones of every unit record (the office's own units: its home unit and the committees it keeps),
    and the 12345 hotline. These are published on purpose, so the personal-data guard must not refuse them.

    `source` is an App or an open Session (the guard at save time runs inside the write transaction).
    """
    from zwcx_desktop.store.models import Unit

    if not isinstance(source, Session):
        with source.db.read() as s:
            return declared_contact_numbers(s)
    rows = source.execute(select(Unit.contact_phone, Unit.supervision_phone).where(Unit.deleted.is_(False))).all()
    out = {HOTLINE}
    for row in rows:
        out.update(d for d in (phone_digits(v or "") for v in row) if d)
    return frozenset(out)
