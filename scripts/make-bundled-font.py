"""Make resources/fonts/uming-cn-gbk.ttf, the fallback font bundled for notices, from AR PL UMing.

Source: uming.ttc of Debian's fonts-arphic-uming (Arphic Public License, see uming-LICENSE.txt). Kept: the
simplified-Chinese face (AR PL UMing CN) only, renamed AR PL UMing CN GBK, and the characters of GBK (which is also what Windows' 宋体 covers),
with outlines, metrics and layout features unchanged. That is 14 MiB instead of 20 MiB for the four-face
collection, which keeps the installed bundle under its size budget. Offices with the full font installed
(fonts-arphic-uming, which the .deb recommends) get it through fontconfig before this fallback.

    pip install fonttools==4.68.0
    python scripts/make-bundled-font.py /usr/share/fonts/truetype/arphic/uming.ttc resources/fonts/uming-cn-gbk.ttf
"""

from __future__ import annotations

import sys

from fontTools import subset
from fontTools.ttLib import TTCollection


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


def main(src: str, dst: str) -> None:
    font = TTCollection(src).fonts[0]  # face 0 is AR PL UMing CN
    if "UMing CN" not in font["name"].getDebugName(4):
        raise SystemExit(f"{src}: face 0 is {font['name'].getDebugName(4)}, expected AR PL UMing CN")
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in gbk_characters()])
    sub.subset(font)
    # A derived font gets its own names: reportlab shares a face between registrations of the same PostScript
    # name, so an installed full UMing CN and this subset must not both be called UMingCN.
    for rec in font["name"].names:
        if rec.nameID in (1, 3, 4, 16):
            rec.string = f"{rec.toUnicode()} GBK"
        elif rec.nameID == 6:
            rec.string = f"{rec.toUnicode()}-GBK"
    font.save(dst)


if __name__ == "__main__":
    main(*sys.argv[1:3])
