"""The 操作手册 names what the app shows: every section is there, every lifecycle button and status of a page's
record kind appears in its section in the Chinese the app shows, and so do the key buttons of each page. A button
renamed in the code or in the zh_CN catalogue fails here until the manual is updated."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from zwcx_desktop.manual import SECTIONS, manual_text

ROOT = Path(__file__).resolve().parents[1]


def _catalogue() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("zh_cn_strings", ROOT / "resources" / "translations"
                                                  / "zh_CN_strings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ZH


ZH = _catalogue()

#: English source strings of the buttons, menu items and box titles each section must name (beyond the lifecycle
#: steps and statuses, which are checked for every record kind).
KEY_TEXTS = {
    "index": ("Dashboard", "Commitments", "Disclosures", "Service delivery", "Objections", "Contracts", "Lawsuits",
              "Dishonesty records", "Supervision cases", "Statistics", "Sync", "Settings", "First-run set-up",
              "Try it with sample data first", "Set up the real office…", "Log in", "Details", "Print preview",
              "Save as PDF…", "History and audit", "Unsaved forms", "Open them", "Discard them",
              "All statuses", "All service areas", "All units", "Select all %1 matching records"),
    "dashboard": ("Overdue commitments", "Notices whose publicity period ends within 3 days",
                  "Objections near or past their reply deadline", "Waiting for review",
                  "Contract payments due within 7 days, today or overdue",
                  "Judgments reaching their performance deadline",
                  "Supervision cases due within 2 working days, due today or overdue", "Callbacks due",
                  "Proposed dishonesty leads (%1)", "Open as a new dishonesty lead…", "Due today", "Show at start-up",
                  "Open the 工作台", "Nothing here."),
    "commitment": ("Progress log", "Record progress", "Add progress entry", "Add file…", "Print preview", "Print…",
                   "Save as PDF…"),
    "disclosure": ("Add line", "Remove line", "Print log", "Reprint this version…", "Print the notice board…"),
    "service": ("Import roster…", "Export…", "Roster file", "Browse…", "Next >", "Import", "Do not import",
                "Import the valid rows and save the others, with the reasons, to:", "Select all %1 matching records",
                "Citizen ID number (to enter or correct)", "Only the masked number is kept; leave blank to keep it",
                "Link to roster notice…", "Unlink from roster notice", "Choose the roster notice",
                "Link the imported records to the roster notice", "Clear",
                "%1 records linked to the roster notice “%2”.",
                "The notice has been posted: the roster it was posted with does not change; the records are on it "
                "when it is posted again."),
    "objection": ("Open the record this objection is about",
                  "Another unit must check the information (credit objection)", "(visible to the case handlers only)"),
    "contract": ("Import contract ledger…", "Contract ledger file", "Payments", "Add row", "Remove row",
                 "Yearly announcement of overdue SME payments", "Save the announcement as PDF…", "Mark as published"),
    "lawsuit": (),
    "dishonesty": ("Batches for the city platform…", "Batches for the city credit platform", "Write new batch…",
                   "Enter receipt…", "Receipt number", "Receipt date", "awaiting",
                   "Print the credit commitment letter (信用承诺书)…", "Open as a new dishonesty lead…",
                   "Credit repair"),
    "supervision": ("All channels", "Objections to our notices", "Overdue only", "Reply letter…", "Monthly summary…",
                    "New case", "Month:", "Supervision clocks (deadlines per channel)"),
    "stats": ("Period", "This year", "Last year", "Custom", "Refresh", "Export…", "Commitment-keeping rate",
              "Fulfilled late", "Timely disclosure rate", "Notice compliance rate", "Objections closed on time",
              "Average days to close", "Counts", "Paid on time", "Supervision cases received in the period"),
    "sync": ("Sync now", "Resolve conflicts…", "Resolve sync conflicts", "Take all of this computer's",
             "Take all of the other version", "Save merged version", "Changes refused by the server",
             "Enrol this computer", "Back up and move"),
    "settings": ("Municipal server", "Server address", "Save address", "Enrolment code", "Enrol this computer",
                 "Sync automatically every", "Secrets", "Accept a new ID fingerprint key…",
                 "Contact details printed on notices", "Save contact details", "Address for objections",
                 "Supervision clocks (deadlines per channel)", "Save clocks", "Add a user", "Add user", "Deactivate",
                 "Reactivate", "Change role", "Reset password", "Show due items in the system tray",
                 "Restore a backup…", "Restore"),
    "workflows": ("Print list…", "Print the notice board…", "One board sheet, A3", "Each notice in full",
                  "Import roster…", "Resolve conflicts…", "Save the announcement as PDF…", "Mark as published"),
}


def _fragments(shown: str) -> list[str]:
    """The parts of a shown text a sentence quotes around its placeholders (%1, %n) and brackets around them."""
    parts = re.split(r"%\w", shown)
    return [p.strip(" （）()") for p in parts if p.strip(" （）()")]


def _missing(section: str, sources) -> list[str]:
    # A source is English; after a GUI test installed the zh_CN translator, action_text gives the Chinese already.
    text = manual_text(section)
    return [src for src in sources if not all(f in text for f in _fragments(ZH.get(src, src)))]


def test_every_section_exists_with_its_page_title():
    from zwcx_desktop.gui.mainwindow import PAGES

    assert set(PAGES) <= set(SECTIONS) and set(KEY_TEXTS) == set(SECTIONS)
    titles = {"dashboard": "Dashboard", "commitment": "Commitments", "disclosure": "Disclosures",
              "service": "Service delivery", "objection": "Objections", "contract": "Contracts",
              "lawsuit": "Lawsuits", "dishonesty": "Dishonesty records", "supervision": "Supervision cases",
              "stats": "Statistics", "sync": "Sync", "settings": "Settings"}
    for page in PAGES:
        first = manual_text(page).splitlines()[0]
        assert first == "# " + ZH[titles[page]], page  # the heading is the name on the side bar
        assert len(manual_text(page)) > 800, page  # a real section, not a line or two


@pytest.mark.parametrize("section", SECTIONS)
def test_each_section_names_the_key_buttons_of_its_page(section):
    assert _missing(section, KEY_TEXTS[section]) == []


@pytest.mark.parametrize("kind", ["commitment", "disclosure", "service", "objection", "contract", "lawsuit",
                                  "dishonesty", "supervision"])
def test_each_section_names_every_lifecycle_button_and_status_of_its_kind(kind):
    from zwcx_core.domain.lifecycle import LIFECYCLES
    from zwcx_desktop.gui.actions import action_text

    lc = LIFECYCLES[kind]
    targets = {"fulfilled" if kind == "commitment" and t.value.startswith("fulfilled_") else t.value
               for (_s, t) in lc.transitions}
    # Without a translator installed, action_text gives the English source: the catalogue gives what is shown.
    buttons = sorted({action_text(kind, t) for t in targets})
    assert _missing(kind, buttons) == []
    text = manual_text(kind)
    assert [s.zh for s in lc.states if s.zh not in text] == []


def test_the_roles_and_privacy_rules_are_stated():
    from zwcx_core.domain.enums import Role

    index = manual_text("index")
    assert all(r.zh in index for r in Role)
    assert "23*************123" in index and "138****1234" in index
    dishonesty = manual_text("dishonesty")
    assert "只有管理员" in dishonesty and "不能导出" in dishonesty
