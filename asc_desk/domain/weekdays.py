"""Weekday sets as people write them (Mon-Fri, 1,3,5, 周一至周五) to bit masks and back."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.program import ALL_WEEKDAYS, MONDAY_TO_FRIDAY

WEEKEND = 0b1100000

_EN_DAYS = {
    "mon": 0, "monday": 0,
    "tue": 1, "tues": 1, "tuesday": 1,
    "wed": 2, "weds": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
    "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5,
    "sun": 6, "sunday": 6,
}
_EN_GROUPS = {
    "weekdays": MONDAY_TO_FRIDAY, "weekend": WEEKEND, "weekends": WEEKEND,
    "daily": ALL_WEEKDAYS, "everyday": ALL_WEEKDAYS,
}
_EN_RANGE_WORDS = {"to", "through", "thru", "till", "until"}
_EN_SEPARATOR_WORDS = {"and"}
# 周日 and 周天 are both Sunday; 七 is not usual but cannot mean anything else.
_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_ZH_GROUPS = {
    "工作日": MONDAY_TO_FRIDAY, "周末": WEEKEND, "每天": ALL_WEEKDAYS, "每日": ALL_WEEKDAYS,
}

# Applied after NFKC, which already turns full-width ，；－～ and digits into ASCII.
_TOKEN = re.compile(
    r"""
    (?P<group>工作日|周末|每天|每日)
    | (?P<zh>(?:周|星期|礼拜)?[一二三四五六七日天])
    | (?P<sep>[,;/、])
    | (?P<range>[-~–—―〜至到])
    | (?P<word>[a-z]+)
    | (?P<num>(?:周|星期|礼拜)?\d+)
    """,
    re.VERBOSE,
)
# A part that matched nothing is quoted up to the next space or punctuation.
_BAD_PART = re.compile(r"[^\s,;/、\-~–—―〜]+|\S")

_EN_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ZH_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

_NOT_A_WEEKDAY = N_("“{part}” is not a weekday: write e.g. Mon-Fri, 1-5 or 周一至周五.")


def _error(template: str, **params: str) -> ValidationError:
    # Each template names an example, so the message alone says how to write weekdays.
    return ValidationError(template, field="weekdays", **params)


def _tokens(text: str, shown: str) -> Iterator[tuple[str, int | None, int, int]]:
    """Yield (kind, value, start, end) over lower-cased `text`; errors quote `shown`.

    The value is a weekday 0-6 for a day, a mask for a group, None for the other kinds.
    """
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            # Spaces separate list items ("Mon Wed"), but not the ends of a range ("Mon - Fri").
            pos += 1
            yield "space", None, pos - 1, pos
            continue
        m = _TOKEN.match(text, pos)
        if m is None:
            bad = _BAD_PART.match(text, pos)
            assert bad is not None  # text[pos] is no space, and _BAD_PART takes any \S
            raise _error(_NOT_A_WEEKDAY, part=shown[bad.start():bad.end()])
        kind, start, end = m.lastgroup, m.start(), m.end()
        assert kind is not None  # every alternative of _TOKEN is a named group
        token = m.group()
        if kind == "zh":
            yield "day", _ZH_DAYS[token[-1]], start, end
        elif kind == "group":
            yield "group", _ZH_GROUPS[token], start, end
        elif kind == "word":
            if token in _EN_DAYS:
                yield "day", _EN_DAYS[token], start, end
            elif token in _EN_GROUPS:
                yield "group", _EN_GROUPS[token], start, end
            elif token in _EN_RANGE_WORDS:
                yield "range", None, start, end
            elif token in _EN_SEPARATOR_WORDS:
                yield "sep", None, start, end
            else:
                raise _error(_NOT_A_WEEKDAY, part=shown[start:end])
        elif kind == "num":
            number = int(token.lstrip("周星期礼拜"))
            if not 1 <= number <= 7:
                raise _error(N_("“{part}” is not a weekday number: 1 is Monday, 7 is Sunday."),
                             part=shown[start:end])
            yield "day", number - 1, start, end
        else:
            yield kind, None, start, end
        pos = end


def parse_weekdays(spec: str) -> int:
    """The weekday bit mask (Monday = bit 0) of a spec such as "Mon-Fri", "1,3,5" or "周一至周五".

    Raises ValidationError(field="weekdays") naming the part it cannot read.
    """
    shown = unicodedata.normalize("NFKC", spec or "").strip()
    text = shown.lower()
    if len(text) != len(shown):  # lower() changed lengths (rare letters): quote the lower form
        shown = text
    mask = 0
    start: int | None = None  # a day read, not yet known to begin a range
    start_at = 0  # where the current part began, to quote it in errors
    in_range = False
    for kind, value, begin, end in _tokens(text, shown):
        if kind == "space":
            continue
        if kind == "day":
            assert value is not None  # a day token carries its weekday
            if in_range:
                assert start is not None  # a range mark is only taken after a day
                if value < start:
                    raise _error(
                        N_("The range “{part}” runs backwards: weeks start on Monday; list the days instead, e.g. Sat,Sun,Mon."),  # noqa: E501 (one literal, for lupdate)
                        part=shown[start_at:end],
                    )
                mask |= ((1 << (value + 1)) - 1) & ~((1 << start) - 1)
                start, in_range = None, False
            else:
                if start is not None:  # "Mon Wed" or "周一周三": a list without commas
                    mask |= 1 << start
                start, start_at = value, begin
        elif kind == "range":
            if in_range:
                raise _error(N_("“{part}” has one range mark too many: write e.g. Mon-Fri."),
                             part=shown[start_at:end])
            if start is None:
                part = re.split(r"[,;/、]", shown[begin:], maxsplit=1)[0].strip()
                raise _error(N_("The range “{part}” has no first day: write e.g. Mon-Fri."),
                             part=part)
            in_range = True
        elif in_range:  # a separator or a group where the range's last day should be
            raise _error(N_("The range “{part}” has no last day: write e.g. Mon-Fri."),
                         part=shown[start_at:begin].strip())
        else:
            if start is not None:
                mask |= 1 << start
                start = None
            if kind == "group":
                assert value is not None  # a group token carries its mask
                mask |= value
            start_at = end
    if in_range:
        raise _error(N_("The range “{part}” has no last day: write e.g. Mon-Fri."),
                     part=shown[start_at:].strip())
    if start is not None:
        mask |= 1 << start
    if not mask:
        if not text:
            raise _error(N_("No weekdays given: write e.g. Mon-Fri, 1-5 or 周一至周五."))
        raise _error(N_("“{part}” names no weekday: write e.g. Mon-Fri, 1-5 or 周一至周五."),
                     part=shown)
    return mask


def format_weekdays(mask: int, lang: str = "en") -> str:
    """Mask as text: "Mon-Fri", "Mon,Wed,Fri" (lang "en"), "周一至周五", "周一、周三、周五" ("zh").

    Runs of three or more days become a range; an empty mask gives "".
    """
    zh = lang.lower().startswith("zh")
    names, joiner, dash = (_ZH_NAMES, "、", "至") if zh else (_EN_NAMES, ",", "-")
    parts: list[str] = []
    day = 0
    while day < 7:
        if not mask & (1 << day):
            day += 1
            continue
        last = day
        while last + 1 < 7 and mask & (1 << (last + 1)):
            last += 1
        if last - day >= 2:
            parts.append(f"{names[day]}{dash}{names[last]}")
        else:
            parts.extend(names[day:last + 1])
        day = last + 1
    return joiner.join(parts)
