"""Make the fonts bundled for notices (core/zwcx_core/fonts/) and the list of characters they can draw.

Main face, uming-cn-gbk.ttf: from uming.ttc of Debian's fonts-arphic-uming (Arphic Public License, see
uming-LICENSE.txt). Kept: the simplified-Chinese face (AR PL UMing CN) only, renamed AR PL UMing CN GBK, and the
characters of GBK (which is also what Windows' 宋体 covers), with outlines, metrics and layout features unchanged.
That is 14 MiB instead of 20 MiB for the four-face collection, which keeps the installed bundle under its size
budget. Offices with the full font installed (fonts-arphic-uming, which the .deb recommends) get it through
fontconfig before this one.

Fallback face, babelstone-han-fallback.ttf: from BabelStoneHan.ttf of Debian's fonts-babelstone-han (a Ming face
derived from the same Arphic outlines, so it sits well beside UMing; Arphic Public License, see
babelstone-han-LICENSE.txt). Kept: only what the main face lacks of
  - 通用规范汉字表 (scripts/data/tongyong-guifan-hanzibiao-2013.txt), including its CJK Extension A–F name
    characters (䶮 㛃 𫖮 𬌗 𬭎 𬳵 …): every one of the 8105 must print;
  - GBK: about 2,200 GBK ideographs are missing from UMing, yet every Chinese system accepts them;
  - the rest of the basic CJK Unified Ideographs block (U+4E00–U+9FFF, GB 18030's BMP ideographs);
  - Latin-1 (¥ © ® NBSP …) and the separators of minority names (• ・ ‧), with € and ™.
CJK Extension A outside the table (4,600 characters, another 3.8 MB) is left out to keep the bundle in budget.

Coverage, core/zwcx_core/domain/fontcoverage.py: the code points either face draws, as ranges in a generated
module. The save rule (core/zwcx_core/domain/printable.py) reads it, so what is refused at entry is decided by the
bundled fonts, never by the fonts of the machine, and no font is parsed when a record is saved. It is a module, not a
file under resources/, because the sync server validates documents with the same rule and has no resources.

    pip install fonttools==4.68.0
    python scripts/make-bundled-font.py /usr/share/fonts/truetype/arphic/uming.ttc \
        /usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf core/zwcx_core/fonts [core/zwcx_core/domain/fontcoverage.py]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
TABLE = HERE / "data" / "tongyong-guifan-hanzibiao-2013.txt"
MAIN, FALLBACK = "uming-cn-gbk.ttf", "babelstone-han-fallback.ttf"
COVERAGE = HERE.parent / "core" / "zwcx_core" / "domain" / "fontcoverage.py"
#: The Arphic Public License (section 2a) asks for a notice in each modified file saying how and when it changed.
FALLBACK_NOTICE = ("Modified for zwcx notices by scripts/make-bundled-font.py on 2026-12-02: subset to the Han "
                   "ideographs of 通用规范汉字表, GBK and U+4E00-9FFF that AR PL UMing CN lacks, Latin-1 and a few "
                   "punctuation marks; renamed BabelStone Han Fallback.")


def gbk_characters() -> set[str]:
    """Every character GBK encodes, plus printable ASCII."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for b1 in range(0x81, 0xFF):
        for b2 in range(0x40, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gbk"))
            except UnicodeDecodeError:
                pass
    return chars


def table_characters() -> list[str]:
    """The 8105 characters of 通用规范汉字表, in the table's order."""
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, cp, ch = line.split("\t")
            if int(cp[2:], 16) != ord(ch):
                raise SystemExit(f"{TABLE}: {line!r}: code point and character differ")
            out.append(ch)
    if len(out) != 8105 or len(set(out)) != 8105:
        raise SystemExit(f"{TABLE}: expected 8105 distinct characters, found {len(set(out))}")
    return out


def _options() -> subset.Options:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    return opts


def _rename(font: TTFont, suffix: str) -> None:
    # A derived font gets its own names: reportlab shares a face between registrations of the same PostScript
    # name, so an installed full font and this subset must not both be called by the original name.
    for rec in font["name"].names:
        if rec.nameID in (1, 3, 4, 16):
            rec.string = f"{rec.toUnicode()} {suffix}"
        elif rec.nameID == 6:
            rec.string = f"{rec.toUnicode()}-{suffix}"


def _drawn(font: TTFont) -> set[int]:
    """Code points the font maps to a real glyph (not .notdef)."""
    return {cp for cp, glyph in font.getBestCmap().items() if glyph != ".notdef"}


def make_main(src: str, dst: Path) -> TTFont:
    font = TTCollection(src).fonts[0]  # face 0 is AR PL UMing CN
    if "UMing CN" not in font["name"].getDebugName(4):
        raise SystemExit(f"{src}: face 0 is {font['name'].getDebugName(4)}, expected AR PL UMing CN")
    sub = subset.Subsetter(_options())
    sub.populate(unicodes=[ord(c) for c in gbk_characters()])
    sub.subset(font)
    _rename(font, "GBK")
    font.recalcTimestamp = False  # the source's date, so that a rebuild gives the same bytes
    font.save(dst)
    return TTFont(dst)


def fallback_wanted() -> set[int]:
    """What the fallback face should add, before taking out what the main face has (see the module docstring)."""
    wanted = {ord(c) for c in table_characters()} | {ord(c) for c in gbk_characters()}
    wanted |= set(range(0x4E00, 0xA000)) | set(range(0xA0, 0x100))
    wanted |= {0x2022, 0x30FB, 0x2027, 0x20AC, 0x2122}
    return wanted


def make_fallback(src: str, dst: Path, main: set[int]) -> TTFont:
    font = TTFont(src)
    have = _drawn(font)
    need = {ord(c) for c in table_characters()} - main
    if need - have:
        raise SystemExit(f"{src} lacks {len(need - have)} characters of 通用规范汉字表: "
                         + " ".join(f"U+{c:04X}" for c in sorted(need - have)[:20]))
    sub = subset.Subsetter(_options())
    sub.populate(unicodes=sorted((fallback_wanted() - main) & have))
    sub.subset(font)
    _rename(font, "Fallback")
    font["name"].setName(FALLBACK_NOTICE, 10, 3, 1, 0x409)
    font.recalcTimestamp = False
    font.save(dst)
    return TTFont(dst)


def ranges(codes: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in sorted(codes):
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


def write_coverage(dst: Path, codes: set[int]) -> None:
    # Control characters are never drawn, even where a font maps one to a glyph of its own.
    codes = {c for c in codes if c >= 0x20 and not 0x7F <= c < 0xA0}
    lines = ['"""Code points that the bundled notice fonts draw (core/zwcx_core/fonts/uming-cn-gbk.ttf and',
             'babelstone-han-fallback.ttf), as inclusive ranges. Written by scripts/make-bundled-font.py with the fonts;',
             'read by core/zwcx_core/domain/printable.py. Do not edit by hand."""', "",
             "RANGES: tuple[tuple[int, int], ...] = ("]
    lines += [f"    (0x{a:04X}, 0x{b:04X})," for a, b in ranges(codes)]
    lines.append(")")
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(uming: str, babelstone: str, out_dir: str, coverage: str = str(COVERAGE)) -> None:
    out = Path(out_dir)
    main_font = make_main(uming, out / MAIN)
    main_codes = _drawn(main_font)
    fallback = make_fallback(babelstone, out / FALLBACK, main_codes)
    covered = main_codes | _drawn(fallback)
    missing = [c for c in table_characters() if ord(c) not in covered]
    if missing:
        raise SystemExit(f"the bundled fonts still lack {''.join(missing)}")
    write_coverage(Path(coverage), covered)
    for path in (out / MAIN, out / FALLBACK, Path(coverage)):
        print(f"{path}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
