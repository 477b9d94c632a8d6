#!/usr/bin/env python3
"""Render one notice of every kind, a board sheet on A3 and A4, and a long roster, from sample records, to
out/notices/*.pdf and *.png (pdftoppm, from poppler-utils), so a person can look at them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    # Sample service records go through the keyring (ID fingerprints): a throw-away file keyring.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="zwcx-notices-keyring-")
    from zwcx_desktop.notices import render_board, render_notice
    from zwcx_desktop.notices.samples import make_samples
    from zwcx_desktop.store.app import App

    out = ROOT / "out" / "notices"
    out.mkdir(parents=True, exist_ok=True)
    app = App(Path(tempfile.mkdtemp(prefix="zwcx-notices-")) / "data")
    # A local reference server (`python -m zwcx_server serve`, port 8750) answers the QR codes; without a server there would be none.
    app.put_setting("server_url", "http://127.0.0.1:8750")
    ids = make_samples(app, roster_size=60)
    files = {}
    for kind in ("commitment", "affairs", "finance", "village_finance", "roster", "objection"):
        files[kind] = render_notice(app, ids[kind])
    draft = make_samples(app, roster_size=0, reviewed=False)  # what a reviewer proofreads: watermarked, no QR
    files["affairs-draft"] = render_notice(app, draft["affairs"])
    items = [ids[k] for k in ("commitment", "affairs", "finance", "roster", "objection")]
    files["board-A3"] = render_board(app, items, "A3")
    files["board-A4"] = render_board(app, items, "A4")
    app.close()
    pdftoppm = shutil.which("pdftoppm")
    for name, pdf in files.items():
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        if pdftoppm:
            subprocess.run([pdftoppm, "-r", "80", "-png", str(path), str(out / name)], check=True)
        print(f"{path} ({len(pdf) // 1024} KB)")
    if not pdftoppm:
        print("pdftoppm not found (apt-get install poppler-utils): PDFs only", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
