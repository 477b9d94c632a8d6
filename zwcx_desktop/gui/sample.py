"""A ready data directory for screenshots, benchmarks and tests: set up, three users, demo records."""

from __future__ import annotations

from pathlib import Path

PASSWORD = "zwcx-pass-1"
UNIT = ("哈尔滨市道里区安静街道办事处", "91110000600037341L", "230102")
CONTACT = {"contact_person": "刘敏", "contact_phone": "0451-84625117", "address": "哈尔滨市道里区安静街68号",
           "supervisor": "道里区纪委监委", "supervision_phone": "0451-84612388"}


def make_sample(root: Path, records: int = 300, progress=None):
    """Initialise `root` (if needed) with an admin, a clerk and a reviewer, and demo records; returns the App."""
    from zwcx_desktop.store.app import App

    app = App(Path(root))
    fill_sample(app, records, progress)
    return app


def fill_sample(app, records: int = 300, progress=None) -> None:
    """Set up an uninitialised `app` like `make_sample` (nothing happens to one already set up)."""
    from zwcx_core.domain.enums import Role
    from zwcx_desktop.store import users
    from zwcx_desktop.store.setup import SetupInput, initialise

    if not app.initialised:
        initialise(app, SetupInput(UNIT[0], UNIT[1], UNIT[2], "admin", PASSWORD, **CONTACT))
        with app.db.write() as s:
            users.add_user(s, "clerk", PASSWORD, Role.CLERK, "李娜")
            users.add_user(s, "reviewer", PASSWORD, Role.REVIEWER, "王强")
        if records:
            from zwcx_desktop.store.demo import generate

            generate(app, records, progress=progress)
