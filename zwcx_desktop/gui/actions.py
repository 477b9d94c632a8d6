"""Button text for lifecycle steps: a verb for what the step does, not just the name of the next state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_text(kind: str, target: str) -> str:
    """The label of the button that moves a `kind` record to `target`."""
    texts = {
        "pending_review": QCoreApplication.translate("Actions", "Submit for review"),
        "draft": QCoreApplication.translate("Actions", "Return to draft"),
        "published": QCoreApplication.translate("Actions", "Approve and publish"),
        "cancelled": QCoreApplication.translate("Actions", "Cancel commitment"),
        "in_progress": QCoreApplication.translate("Actions", "Start fulfilling"),
        "fulfilled": QCoreApplication.translate("Actions", "Mark fulfilled"),
        "unfulfilled": QCoreApplication.translate("Actions", "Mark not fulfilled"),
        "changed": QCoreApplication.translate("Actions", "Approve a change"),
        "approved": QCoreApplication.translate("Actions", "Approve"),
        "publicizing": QCoreApplication.translate("Actions", "Start publicity"),
        "expired_no_objection": QCoreApplication.translate("Actions", "Period over, no objection"),
        "expired_with_objection": QCoreApplication.translate("Actions", "Period over, objection raised"),
        "republished": QCoreApplication.translate("Actions", "Post again"),
        "archived": QCoreApplication.translate("Actions", "Archive"),
        "withdrawn": QCoreApplication.translate("Actions", "Withdraw"),
        "reviewed": QCoreApplication.translate("Actions", "Mark reviewed"),
        "publicized": QCoreApplication.translate("Actions", "Put on the notice"),
        "confirmed": QCoreApplication.translate("Actions", "Confirm"),
        "rejected": QCoreApplication.translate("Actions", "Do not confirm"),
        "paid": QCoreApplication.translate("Actions", "Mark paid out"),
        "stopped": QCoreApplication.translate("Actions", "Stop payment"),
        "registered": QCoreApplication.translate("Actions", "Back to registered"),
        "accepted": QCoreApplication.translate("Actions", "Accept"),
        "not_accepted": QCoreApplication.translate("Actions", "Do not accept"),
        "investigating": QCoreApplication.translate("Actions", "Start investigation"),
        "replied": QCoreApplication.translate("Actions", "Record the reply"),
        "closed": QCoreApplication.translate("Actions", "Close the case"),
        "handling": QCoreApplication.translate("Actions", "Start handling"),
        "rehandling": QCoreApplication.translate("Actions", "Handle again"),
        "returned": QCoreApplication.translate("Actions", "Return as misassigned"),
    }
    return texts.get(target, target)


def visible_targets(kind: str, status: str, role) -> list[str]:
    """Targets this role may choose from `status`; the two fulfilment ends of a commitment become one button
    because core decides on-time or late from the dates."""
    from zwcx_core.domain.lifecycle import LIFECYCLES

    lc = LIFECYCLES[kind]
    out: list[str] = []
    for tgt in lc.targets(lc.states(status), role):
        v = tgt.value
        if kind == "commitment" and v in ("fulfilled_on_time", "fulfilled_late"):
            v = "fulfilled"
        if v not in out:
            out.append(v)
    return out
