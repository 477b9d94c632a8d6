"""Child process for the crash test: writes records one by one and reports each id after its commit."""

import sys
from pathlib import Path

from zwcx_core.domain.enums import Role
from zwcx_desktop.store.app import App
from zwcx_desktop.store.users import Actor

app = App(Path(sys.argv[1]))
actor = Actor("admin", Role.ADMIN)
unit = app.home_unit_id()
for i in range(int(sys.argv[2])):
    rid = app.records.create("commitment", {
        "unit_id": unit, "title": f"承诺事项{i}", "category": "integrity", "content": "内容" * 50,
        "responsible_person": "李明", "made_date": "2026-01-01", "due_date": "2026-12-31"}, actor)
    print(rid, flush=True)
