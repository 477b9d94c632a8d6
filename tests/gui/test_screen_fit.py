"""Every window and dialog fits the screens township offices have: 1366×768 and 1280×720, at 100 %, 125 % and 150 %,
less a 48-pixel taskbar. Each screen is its own process (tests/gui/screenfit_probe.py), all six side by side."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TASKBAR = 48
SCREENS = [(w, h - TASKBAR, f) for w, h in ((1366, 768), (1280, 720)) for f in ("1", "1.25", "1.5")]


def test_every_window_and_its_buttons_lie_within_the_screen(tmp_path):
    procs = []
    for w, h, factor in SCREENS:
        conf = tmp_path / f"screen-{w}x{h}.json"
        conf.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": w, "height": h,
                                                 "logicalDpi": 96, "dpr": 1}]}))
        env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={conf}", "QT_SCALE_FACTOR": factor,
                            "ZWCX_LANG": "zh_CN"}
        procs.append(((w, h, factor), subprocess.Popen(
            [sys.executable, str(ROOT / "tests/gui/screenfit_probe.py")], env=env, cwd=tmp_path,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    failures = {}
    for screen, p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, (screen, err[-3000:])
        answer = json.loads(out.strip().splitlines()[-1])
        w, h, factor = screen
        # The probe really ran on that screen (logical pixels: the physical size over the scale factor).
        room_w, room_h = answer["room"]
        assert abs(room_w - w / float(factor)) <= 1 and abs(room_h - h / float(factor)) <= 1, answer["room"]
        if answer["problems"]:
            failures[f"{w}x{h + TASKBAR} at {factor}"] = answer["problems"]
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)
