"""First-run set-up of a data directory: the home unit with its contact block, and the administrator account."""

from __future__ import annotations

from dataclasses import dataclass

from zwcx_core.domain.contact import CONTACT_FIELDS, check_contact
from zwcx_core.domain.enums import Role, UnitType
from zwcx_core.domain.identifiers import InvalidIdentifier, validate_division_code, validate_uscc
from zwcx_core.domain.schema import FieldError, ValidationError
from zwcx_desktop.store import settings, users
from zwcx_desktop.store.app import App
from zwcx_desktop.store.users import Actor


@dataclass(frozen=True)
class SetupInput:
    unit_name: str
    unit_code: str  # 统一社会信用代码
    division: str  # 行政区划代码
    admin: str
    password: str
    unit_type: UnitType = UnitType.STREET_OFFICE
    server_url: str | None = None
    # The contact block every notice prints (domain/contact.py); all five are required.
    contact_person: str = ""
    contact_phone: str = ""
    address: str = ""
    supervisor: str = ""  # the supervising department, e.g. 道里区纪委监委
    supervision_phone: str = ""
    #: The administrator chose to keep the office's secrets in a file store (no system keyring on this machine).
    file_store: bool = False


def check_setup(inp: SetupInput) -> list[FieldError]:
    """Every problem with the first-run answers, by field (the wizard shows them beside the fields)."""
    errors: list[FieldError] = []
    if not inp.unit_name.strip():
        errors.append(FieldError("unit_name", "is required"))
    for name, fn in (("unit_code", validate_uscc), ("division", validate_division_code)):
        try:
            fn(getattr(inp, name))
        except InvalidIdentifier as exc:
            errors.append(FieldError(name, str(exc)))
    if not inp.admin.strip():
        errors.append(FieldError("admin", "is required"))
    try:
        users.check_password_strength(inp.password)
    except ValueError as exc:
        errors.append(FieldError("password", str(exc)))
    errors += [FieldError(k, v) for k, v in check_contact({n: getattr(inp, n) for n, _e, _z in CONTACT_FIELDS}).items()]
    if inp.server_url and not inp.server_url.startswith(("https://", "http://127.", "http://localhost")):
        errors.append(FieldError("server_url", "must start with https:// (plain http only for this machine)"))
    return errors


def initialise(app: App, inp: SetupInput) -> str:
    """Create the home unit and the administrator; returns the unit id. Refuses a data directory already set up."""
    if app.initialised:
        raise ValueError(f"the data directory {app.root} is already set up")
    errors = check_setup(inp)
    if errors:
        raise ValidationError("setup", errors)
    with app.db.write() as s:
        users.add_user(s, inp.admin, inp.password, Role.ADMIN)
    admin = Actor(inp.admin.strip(), Role.ADMIN)
    unit_id = app.records.create("unit", {"name": inp.unit_name, "uscc": validate_uscc(inp.unit_code),
                                          "division_code": inp.division, "unit_type": inp.unit_type.value}
                                 | {n: getattr(inp, n).strip() for n, _e, _z in CONTACT_FIELDS}, admin)
    with app.db.write() as s:
        settings.put(s, "home_unit_id", unit_id)
        settings.put(s, "cli_default_user", admin.username)
        settings.put(s, "last_user", admin.username)  # the login after the first-run wizard offers this name
        if inp.server_url:
            settings.put(s, "server_url", inp.server_url.rstrip("/"))
    app.install_id()
    from zwcx_desktop.store import keys

    if inp.file_store:
        keys.choose_file_store(app, admin, True)
    keys.settle(app)  # the office's first ID fingerprint key, and its check value, now rather than mid-save
    return unit_id
