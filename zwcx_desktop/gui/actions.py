"""Button text for lifecycle steps: a verb for what the step does, not just the name of the next state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_text(kind: str, target: str) -> str:
    """The label of the button that moves a `kind` record to `target`."""
    t = QCoreApplication.translate
    texts = {
        "pending_review": t("Actions", "Submit for review"),
        "draft": t("Actions", "Return to draft"),
        "published": t("Actions", "Approve and publish"),
        "cancelled": t("Actions", "Cancel commitment"),
        "in_progress": t("Actions", "Start fulfilling"),
        "fulfilled": t("Actions", "Mark fulfilled"),
        "unfulfilled": t("Actions", "Mark not fulfilled"),
        "changed": t("Actions", "Approve a change"),
        "approved": t("Actions", "Approve"),
        "publicizing": t("Actions", "Start publicity"),
        "expired_no_objection": t("Actions", "Period over, no objection"),
        "expired_with_objection": t("Actions", "Period over, objection raised"),
        "republished": t("Actions", "Post again"),
        "archived": t("Actions", "Archive"),
        "withdrawn": t("Actions", "Withdraw"),
        "reviewed": t("Actions", "Mark reviewed"),
        "publicized": t("Actions", "Put on the notice"),
        "confirmed": t("Actions", "Confirm"),
        "rejected": t("Actions", "Do not confirm"),
        "paid": t("Actions", "Mark paid out"),
        "stopped": t("Actions", "Stop payment"),
        "registered": t("Actions", "Back to registered"),
        "accepted": t("Actions", "Accept"),
        "not_accepted": t("Actions", "Do not accept"),
        "investigating": t("Actions", "Start investigation"),
        "replied": t("Actions", "Record the reply"),
        "closed": t("Actions", "Close the case"),
    }
    return texts.get(target, target)


def visible_targets(kind: str, status: str, role) -> list[str]:
    """Targets this role may choose from `status`; the two fulfilment ends of a commitment become one button
    because core decides on-time or late from the dates."""
    from zwcx_desktop.domain.lifecycle import LIFECYCLES

    lc = LIFECYCLES[kind]
    out: list[str] = []
    for tgt in lc.targets(lc.states(status), role):
        v = tgt.value
        if kind == "commitment" and v in ("fulfilled_on_time", "fulfilled_late"):
            v = "fulfilled"
        if v not in out:
            out.append(v)
    return out
