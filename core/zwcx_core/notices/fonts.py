"""Finding and registering the TrueType CJK fonts that notices are set in.

GB/T 9704 asks for 小标宋 titles, 仿宋 body text, 黑体 and 楷体 headings. Offices have these installed (Windows Fonts
folder, or fontconfig on UOS/Kylin); we take them when present and otherwise fall back to the bundled AR PL UMing
(core/zwcx_core/fonts/, Arphic Public License), so a notice always prints. reportlab's TTFont embeds every font as a
subset with /FontFile2; fonts with CFF outlines (most .otf, Noto CJK) are refused by TTFont and skipped here,
because a non-embedded CID font prints blank on some viewers.

Fallback per character: the font of each role is a `ChainFont`, which sets every character in the first face of
its chain that has a glyph for it: the role's face, then the bundled UMing (GBK), then the bundled fallback face
(BabelStone Han, subset to the 通用规范汉字表 and GBK characters UMing lacks: 䶮 㛃 𫖮 𬌗 𬭎 𬳵 …). So an office's
仿宋 without a rare name character still prints it, in the bundled face, and no `.notdef` box reaches a PDF: a
character no face has raises `MissingGlyph` (the save rule in domain/printable.py refuses such characters first).

Set ZWCX_NOTICE_FONTS=bundled to use only the bundled font (byte-identical output across machines).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["BUNDLED", "BUNDLED_FALLBACK", "ChainFont", "FontFace", "FontSet", "MissingGlyph", "ROLES", "font_set"]

#: The bundled faces ship inside zwcx-core (package data), so every distribution that prints has them; a
#: PyInstaller bundle keeps the same relative place (installer/zwcx.spec).
FONTS = Path(__file__).resolve().parents[1] / "fonts"
BUNDLED = FONTS / "uming-cn-gbk.ttf"  # made by scripts/make-bundled-font.py
BUNDLED_FALLBACK = FONTS / "babelstone-han-fallback.ttf"  # likewise
_BUNDLED_FAMILY = "AR PL UMing CN GBK"
_FALLBACK_FAMILY = "BabelStone Han Fallback"

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

    bundled = FontFace(str(BUNDLED), 0, _BUNDLED_FAMILY)
    fallback = FontFace(str(BUNDLED_FALLBACK), 0, _FALLBACK_FAMILY)
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
    if not Path(fallback.path).is_file():
        raise FileNotFoundError(f"bundled fallback font missing: {BUNDLED_FALLBACK}")
    names: dict[str, str] = {}
    for role, face in chosen.items():
        # One chain per first face, named after it: the chain behind a face is always the same (that face, then
        # the bundled ones), so a name registered once serves every later font set of the process.
        names[role] = _face_name("zwcx", face)
        pdfmetrics.registerFont(ChainFont(names[role], [_leaf(f) for f in dict.fromkeys((face, bundled, fallback))]))
    return FontSet(names, chosen)


def _face_name(prefix: str, face: FontFace) -> str:
    digest = hashlib.sha1(face.path.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{prefix}-{Path(face.path).stem}-{face.index}-{digest}"


@cache
def _leaf(face: FontFace):
    """One reportlab font object per face, shared by every chain that uses it, so a PDF embeds each face once."""
    return _leaf_class()(_face_name("zwcx-face", face), face.path, subfontIndex=face.index)


class MissingGlyph(ValueError):
    """No face of a chain can draw a character; `code` is its code point."""

    def __init__(self, font: str, code: int) -> None:
        self.code = code
        super().__init__(f"no notice font can print U+{code:04X} (font {font})")


@lru_cache(maxsize=1)
def _leaf_class():
    # Made on first use, as the module imports reportlab only when fonts are resolved.
    from reportlab.pdfbase.ttfonts import TTFont

    class Leaf(TTFont):
        """A TrueType face whose ToUnicode map is right for characters beyond the BMP.

        reportlab writes each code point as <%04X>, which gives five hex digits for 𫖮 (U+2B5AE) where a ToUnicode
        CMap needs UTF-16 (<D86DDDAE>): the character would be drawn but copied or searched as garbage. The
        maps are rewritten after reportlab made them, for the subsets that hold such characters.
        """

        def addObjects(self, doc) -> None:
            state = self.state.get(doc)
            subsets = [list(s) for s in state.subsets] if state is not None else []
            super().addObjects(doc)
            for n, subset in enumerate(subsets):
                if any(c > 0xFFFF for c in subset):
                    base = _subset_base_name(self, n)
                    doc.idToObject["toUnicodeCMap:" + base].content = _to_unicode_cmap(base, subset)

    return Leaf


def _subset_base_name(font, n: int) -> str:
    from reportlab.pdfbase.ttfonts import SUBSETN

    return b"".join((SUBSETN(n), b"+", font.face.name, font.face.subfontNameX)).decode("pdfdoc")


def _utf16_hex(code: int) -> str:
    return f"{code:04X}" if code <= 0xFFFF else chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one subset, with every code point written as UTF-16BE."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def", f"/CMapName /{name} def",
             "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class ChainFont:
    """A reportlab dynamic font made of several TrueType faces: each character is set in the first face that has
    a glyph for it. Widths, subsets and embedding come from that face; the PDF gets a font switch where the face
    changes, so the text layer keeps the real characters.

    reportlab's text objects ask a dynamic font for `splitString` (runs of one subset each) and
    `getSubsetInternalName`; the subset keys here are (face number in the chain, subset number in that face).
    """

    _dynamicFont = 1
    _multiByte = 1
    shapable = False

    def __init__(self, name: str, chain: list) -> None:
        self.fontName = name
        self.chain = chain
        self.face = chain[0].face  # ascent, descent and the name reportlab keys registrations by
        self.encoding = chain[0].encoding
        self._owner: dict[int, int] = {}
        # Nearly all text is in the first face: a set test (in C) sends it straight to that face, so a 1,000-row
        # roster costs no more than with a single font.
        # (reportlab's own table maps a no-break space to the space glyph.)
        self._first = frozenset(c for c, g in chain[0].face.charToGlyph.items() if g)

    def owner(self, code: int) -> int:
        """Index in the chain of the face that draws `code`; MissingGlyph when none does."""
        k = self._owner.get(code)
        if k is None:
            for i, leaf in enumerate(self.chain):
                if leaf.face.charToGlyph.get(code):
                    k = i
                    break
            else:
                raise MissingGlyph(self.fontName, code)
            self._owner[code] = k
        return k

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        """Width in points, each character measured in the face that draws it."""
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._first.issuperset(map(ord, text)):
            return self.chain[0].stringWidth(text, size)
        chain, owner = self.chain, self.owner
        total = 0.0
        for ch in text:
            face = chain[owner(ord(ch))].face
            total += face.charWidths.get(ord(ch), face.defaultWidth)
        return total * 0.001 * size

    def splitString(self, text, doc, encoding: str = "utf-8") -> list[tuple[tuple[int, int], bytes]]:
        """Runs of `text` as ((face number, subset number), codes), each run drawn by one subset of one face."""
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._first.issuperset(map(ord, text)):
            return [((0, n), b) for n, b in self.chain[0].splitString(text, doc)]
        out: list[tuple[tuple[int, int], bytes]] = []
        start, cur = 0, None
        for i, ch in enumerate(text):
            k = self.owner(ord(ch))
            if k != cur:
                if cur is not None:
                    out += [((cur, n), b) for n, b in self.chain[cur].splitString(text[start:i], doc)]
                start, cur = i, k
        if cur is not None:
            out += [((cur, n), b) for n, b in self.chain[cur].splitString(text[start:], doc)]
        return out

    def getSubsetInternalName(self, subset: tuple[int, int], doc) -> str:
        """The PDF font resource name of one subset of one face of the chain."""
        k, n = subset
        return self.chain[k].getSubsetInternalName(n, doc)

    def addObjects(self, doc) -> None:
        """Nothing of its own to embed: each face registers itself with the document when first used."""
