"""Finding and registering the TrueType CJK fonts that notices are set in.

GB/T 9704 asks for 小标宋 titles, 仿宋 body text, 黑体 and 楷体 headings. Offices have these installed (Windows Fonts
folder, or fontconfig on UOS/Kylin); we take them when present and otherwise fall back to the bundled AR PL UMing
(resources/fonts/, Arphic Public License), so a notice always prints. reportlab's TTFont embeds every font as a
subset with /FontFile2; fonts with CFF outlines (most .otf, Noto CJK) are refused by TTFont and skipped here,
because a non-embedded CID font prints blank on some viewers.

Set ZWCX_NOTICE_FONTS=bundled to use only the bundled font (byte-identical output across machines).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from zwcx_desktop.resources import resource

__all__ = ["BUNDLED", "FontFace", "FontSet", "ROLES", "font_set"]

BUNDLED = resource("fonts", "uming-cn-gbk.ttf")  # made by scripts/make-bundled-font.py
_BUNDLED_FAMILY = "AR PL UMing CN GBK"

#: Typeface styles a notice uses, with family names in order of preference (Windows/fontconfig names).
_STYLES: dict[str, tuple[str, ...]] = {
    "xbs": ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
    "fangsong": ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋"),
    "song": ("SimSun", "宋体", "NSimSun", "新宋体", "STSong", "华文宋体", "AR PL UMing CN", "AR PL SungtiL GB"),
    "hei": ("SimHei", "黑体", "Microsoft YaHei", "微软雅黑", "STHeiti", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
    "kai": ("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "华文楷体", "AR PL UKai CN"),
}

#: File names in %WINDIR%\Fonts for each style (path, index in a .ttc).
_WINDOWS: dict[str, tuple[tuple[str, int], ...]] = {
    "xbs": (("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0)),
    "fangsong": (("simfang.ttf", 0),),
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0)),
    "hei": (("simhei.ttf", 0), ("msyh.ttc", 0)),
    "kai": (("simkai.ttf", 0),),
}

#: What each role on the page falls back through, style by style, before the bundled font.
_ROLE_CHAIN: dict[str, tuple[str, ...]] = {
    "title": ("xbs", "song"),
    "body": ("fangsong", "song"),
    "hei": ("hei", "song"),
    "kai": ("kai", "fangsong", "song"),
    "small": ("song",),
}
ROLES = tuple(_ROLE_CHAIN)


@dataclass(frozen=True)
class FontFace:
    """One face of a font file; `index` is the face number inside a .ttc collection."""

    path: str
    index: int
    family: str


@dataclass(frozen=True)
class FontSet:
    """reportlab font names registered for each role, and the faces behind them."""

    names: dict[str, str]
    faces: dict[str, FontFace]

    def __getitem__(self, role: str) -> str:
        return self.names[role]


def _fc_list() -> list[FontFace]:
    """Chinese-capable fonts that fontconfig knows (empty when fc-list is missing)."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh", "-f", "%{file}|%{index}|%{family}\n"], capture_output=True,
                             text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    faces = []
    for line in sorted(out.splitlines()):  # sorted: fc-list order varies, the choice must not
        parts = line.split("|", 2)
        if len(parts) == 3 and parts[1].isdigit():
            for fam in parts[2].split(","):
                faces.append(FontFace(parts[0], int(parts[1]), fam.strip()))
    return faces


def _candidates(style: str) -> list[FontFace]:
    """Installed faces of one style, best first."""
    found: list[FontFace] = []
    if sys.platform == "win32":
        fonts_dir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        for name, idx in _WINDOWS[style]:
            if (fonts_dir / name).is_file():
                found.append(FontFace(str(fonts_dir / name), idx, name))
    installed = _installed()
    for fam in _STYLES[style]:
        found += [f for f in installed if f.family == fam]
    return found


@lru_cache(maxsize=1)
def _installed() -> tuple[FontFace, ...]:
    return tuple(_fc_list()) if sys.platform != "win32" else ()


def _usable(face: FontFace) -> bool:
    """True when reportlab can embed the face (TrueType glyf outlines, embedding permitted)."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        TTFont("probe", face.path, subfontIndex=face.index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return False
    return True


def font_set(bundled_only: bool | None = None) -> FontSet:
    """Resolve and register (once per process) the font of every role.

    `bundled_only` defaults to the ZWCX_NOTICE_FONTS=bundled environment switch. Raises FileNotFoundError when
    no usable font exists at all (the bundled file was removed).
    """
    if bundled_only is None:
        bundled_only = os.environ.get("ZWCX_NOTICE_FONTS", "").lower() == "bundled"
    return _font_set(bool(bundled_only))


@lru_cache(maxsize=2)
def _font_set(bundled_only: bool) -> FontSet:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    bundled = FontFace(str(BUNDLED), 0, _BUNDLED_FAMILY)
    chosen: dict[str, FontFace] = {}
    usable: dict[FontFace, bool] = {}
    for role, chain in _ROLE_CHAIN.items():
        options = [] if bundled_only else [f for style in chain for f in _candidates(style)]
        for face in options + [bundled]:
            if face not in usable:
                usable[face] = Path(face.path).is_file() and _usable(face)
            if usable[face]:
                chosen[role] = face
                break
        else:
            raise FileNotFoundError(f"no usable TrueType CJK font for notices (bundled font missing: {BUNDLED})")
    names: dict[str, str] = {}
    registered: dict[FontFace, str] = {}
    for role, face in chosen.items():
        if face not in registered:
            name = f"zwcx-{len(registered)}-{'b' if bundled_only else 's'}"
            pdfmetrics.registerFont(TTFont(name, face.path, subfontIndex=face.index))
            registered[face] = name
        names[role] = registered[face]
    return FontSet(names, chosen)
