"""Builds resources/fonts/han-fallback.ttf: the CJK characters WenQuanYi Micro Hei lacks.

The glyphs come from HanaMinA (Hanazono Mincho, GlyphWiki project; Debian `fonts-hanazono`),
used under the Hanazono Font License (free use, copy, modification and redistribution; the
font is also offered under the SIL OFL 1.1, which is not the licence used here because its
Reserved Font Names forbid a modified font to keep the name). Which characters:

- every character of the Table of General Standard Chinese Characters (通用规范汉字表, 2013;
  Unihan's kTGH field) that the main font lacks (276 in WenQuanYi Micro Hei 0.2.0-beta);
- all of CJK Extension A that HanaMinA has;
- the CJK Extension B characters with a reading in a modern Chinese dictionary (Unihan's
  kXHC1983 or kHanyuPinlu field), the Extension B characters a name is likely to use.

All of Extension B (42,700 characters) would add about 20 MB to the wheel: it is left out.

Usage (Debian: apt-get download fonts-hanazono unicode-data, then dpkg-deb -x each):
    python resources/fonts/make_fallback_font.py HanaMinA.ttf HanaMinB.ttf UNIHAN_DIR
UNIHAN_DIR holds Unihan_OtherMappings.txt(.bz2) and Unihan_Readings.txt(.bz2) (Debian's
/usr/share/unicode of package unicode-data).
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent
MAIN = FONTS / "wqy-microhei.ttc"
OUT = FONTS / "han-fallback.ttf"
FAMILY = "ASC Desk Han Fallback"


def unihan(folder: Path, name: str) -> list[str]:
    plain, packed = folder / name, folder / f"{name}.bz2"
    if plain.exists():
        return plain.read_text(encoding="utf-8").splitlines()
    return bz2.decompress(packed.read_bytes()).decode("utf-8").splitlines()


def field(lines: list[str], key: str) -> set[int]:
    return {int(line.split("\t")[0][2:], 16) for line in lines
            if not line.startswith("#") and line.count("\t") >= 2 and line.split("\t")[1] == key}


def main(hana_a: str, hana_b: str, unihan_dir: str) -> None:
    folder = Path(unihan_dir)
    table = field(unihan(folder, "Unihan_OtherMappings.txt"), "kTGH")
    readings = unihan(folder, "Unihan_Readings.txt")
    modern = field(readings, "kXHC1983") | field(readings, "kHanyuPinlu")
    with TTFont(MAIN, fontNumber=0, lazy=True) as main_font:
        main_cmap = set(main_font.getBestCmap())
    with TTFont(hana_a, lazy=True) as a:
        a_cmap = set(a.getBestCmap())
    with TTFont(hana_b, lazy=True) as b:
        b_cmap = set(b.getBestCmap())
    wanted = {c for c in table if c not in main_cmap}
    wanted |= {c for c in range(0x3400, 0x4DC0) if c in a_cmap}
    wanted |= {c for c in modern if 0x20000 <= c <= 0x2A6DF}
    wanted -= main_cmap
    # HanaMinA has the table's extension characters; HanaMinB the rest of Extension B.
    parts = []
    for source, cmap in ((hana_a, a_cmap), (hana_b, b_cmap - a_cmap)):
        chars = sorted(c for c in wanted if c in cmap)
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.notdef_outline = True
        options.drop_tables += ["FFTM"]
        font = TTFont(source)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=chars)
        subsetter.subset(font)
        parts.append((font, len(chars)))
    merged = _merge([f for f, _ in parts])
    _rename(merged)
    merged.save(OUT)
    absent = sorted(c for c in wanted if c not in a_cmap | b_cmap)
    print(f"{OUT.name}: {sum(n for _, n in parts)} characters, {OUT.stat().st_size} bytes; "
          f"not in HanaMin: {len(absent)}")


def _merge(fonts: list[TTFont]) -> TTFont:
    from fontTools.merge import Merger

    paths = []
    for number, font in enumerate(fonts):
        path = OUT.with_name(f".part{number}.ttf")
        font.save(path)
        paths.append(str(path))
    try:
        return Merger().merge(paths)
    finally:
        for path in paths:
            Path(path).unlink()


def _rename(font: TTFont) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18):
            names.removeNames(nameID=record.nameID)
    names.setName(FAMILY, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(f"{FAMILY} Regular", 3, 3, 1, 0x409)
    names.setName(FAMILY, 4, 3, 1, 0x409)
    names.setName(FAMILY.replace(" ", ""), 6, 3, 1, 0x409)
    names.setName("Subset of HanaMinA/HanaMinB (GlyphWiki project), Hanazono Font License",
                  10, 3, 1, 0x409)


if __name__ == "__main__":
    main(*sys.argv[1:4])
