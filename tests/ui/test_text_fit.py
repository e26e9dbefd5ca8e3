"""Breaking a cell's long lines at spaces to fit a column (the week grid's day columns)."""

from __future__ import annotations

from asc_desk.ui.models.text_fit import wrap_lines


def test_long_lines_break_at_spaces_and_short_ones_stay():
    def chars(text: str) -> int:
        return len(text)
    assert wrap_lines("Adjusted working day\n16:30–20:30", 12, chars) == (
        "Adjusted\nworking day\n16:30–20:30")
    assert wrap_lines("closed: Dragon Boat Festival", 14, chars) == (
        "closed: Dragon\nBoat Festival")
    assert wrap_lines("调休上班很长很长", 4, chars) == "调休上班很长很长"  # no space to break at
    assert wrap_lines("Adjusted working day", None, chars) == "Adjusted working day"
    assert wrap_lines("", 5, chars) == ""
