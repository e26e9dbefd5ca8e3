"""Breaking a cell's long lines at spaces, or between Chinese characters, to fit a column
(the week grid's day columns)."""

from __future__ import annotations

from asc_desk.ui.models.text_fit import wrap_lines


def test_long_lines_break_at_spaces_and_short_ones_stay():
    def chars(text: str) -> int:
        return len(text)
    assert wrap_lines("Adjusted working day\n16:30–20:30", 12, chars) == (
        "Adjusted\nworking day\n16:30–20:30")
    assert wrap_lines("closed: Dragon Boat Festival", 14, chars) == (
        "closed: Dragon\nBoat Festival")
    assert wrap_lines("Adjusted working day", None, chars) == "Adjusted working day"
    assert wrap_lines("", 5, chars) == ""


def test_chinese_breaks_between_characters_never_before_punctuation():
    def chars(text: str) -> int:
        return sum(2 if ord(c) > 0x2E80 else 1 for c in text)
    # 开：工厂年终盘点 in a column of 4 characters (the trial saw "开：工厂年终盘" cut).
    assert wrap_lines("开：工厂年终盘点", 8, chars) == "开：工厂\n年终盘点"
    # A full stop or colon never starts a line: it stays with the character before it.
    assert wrap_lines("休息日。国庆节", 6, chars) == "休息日。\n国庆节"
    assert wrap_lines("closed: 工厂年终盘点", 10, chars) == "closed: 工\n厂年终盘点"
    assert wrap_lines("调休上班", 8, chars) == "调休上班"  # fits: unchanged
