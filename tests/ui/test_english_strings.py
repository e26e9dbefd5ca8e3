"""The English interface gives English examples: a Chinese example ("e.g. 扫错卡") belongs in
the zh_CN translation, not in the source text an English reader sees."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "asc_desk" / "ui"
TR_CALL = re.compile(r"""\btr\(\s*((?:"[^"]*"\s*)+)""")
# A Chinese term named beside its English gloss is not an example: the reader meets the term.
GLOSSED = ("(调休)",)
CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


def test_no_english_ui_text_carries_chinese():
    found = []
    for path in sorted(UI.rglob("*.py")):
        for match in TR_CALL.finditer(path.read_text(encoding="utf-8")):
            text = match.group(1)
            for term in GLOSSED:
                text = text.replace(term, "")
            if CJK.search(text):
                found.append(f"{path.name}: {match.group(1)}")
    assert not found, found
