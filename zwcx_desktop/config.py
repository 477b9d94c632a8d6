"""Where zwcx keeps its data: `--data-dir`, else `ZWCX_DATA_DIR`, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "zwcx"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """Resolve the data directory (not created here)."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get("ZWCX_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # imported late: it is only needed when no override is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def db_path(root: Path) -> Path:
    return root / "zwcx.sqlite3"
