"""A sample (training) data folder: the desktop's 「先用示例数据看看」 marks its folder with a setting, so its window
title and every page it prints say 示例/培训, however it is opened, and a training print never passes for a notice.

Kept apart from notices/ and gui/ so that both can ask cheaply (importing notices loads reportlab).
"""

from __future__ import annotations

TRAINING_SETTING = "training"
TRAINING_MARK = "示例/培训数据 不得张贴"


def training_mark(app) -> str:
    """TRAINING_MARK when `app` is a sample (training) data folder, else ''."""
    return TRAINING_MARK if app.setting(TRAINING_SETTING) == "1" else ""


def mark_as_training(app) -> None:
    """Mark `app`'s data folder as a sample office."""
    app.put_setting(TRAINING_SETTING, "1")
