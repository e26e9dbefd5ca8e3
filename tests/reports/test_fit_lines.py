"""Text set on two lines when it cannot fit one: names break at their middle dot or space,
notes at the end of a sentence, and no line begins with punctuation."""

from __future__ import annotations

from asc_desk.reports.hr_summary_pdf import NOTE as HR_NOTE
from asc_desk.reports.output import NO_LINE_START, fit_lines

# A note of three sentences, as the HR summary's was on one line.
NOTE = HR_NOTE + "未签出：已签到但没有签出记录的次数，这些天计入出勤天数，不计入托管小时。"


def test_a_long_name_breaks_at_its_middle_dot():
    lines, _size = fit_lines("买买提·阿卜杜拉·艾合买提江·吐尔逊", 10, 5.5, 60)
    assert lines == ["买买提·阿卜杜拉·", "艾合买提江·吐尔逊"]


def test_a_mixed_name_breaks_at_a_space():
    lines, _size = fit_lines("Christopher 王·Alexander-Li", 10, 5.5, 40)
    assert lines[0].startswith("Christopher") and "".join(lines).replace(" ", "") == (
        "Christopher王·Alexander-Li")


def test_a_note_breaks_at_the_end_of_a_sentence():
    lines, _size = fit_lines(NOTE, 7.5, 5.5, 500)
    assert len(lines) == 2 and lines[0].endswith("。") and "".join(lines) == NOTE


def test_text_without_breaks_never_starts_a_line_with_punctuation():
    text = "一二三四五六七八九十，一二三四五六七八九十"  # the comma falls in the middle
    lines, _size = fit_lines(text, 10, 9.9, 50)
    assert "".join(lines) == text and all(line[0] not in NO_LINE_START for line in lines)
    plain = "一二三四五六七八九十" + "）" + "一二三四五六七八九"
    lines, _size = fit_lines(plain, 10, 9.9, 50)
    assert "".join(lines) == plain and all(line[0] not in NO_LINE_START for line in lines)
