"""Programs: a period of care with its own kind, dates, weekdays and hours."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from asc_desk.domain.errors import N_, ValidationError

NAME_MAX = 100


class ProgramKind(enum.StrEnum):
    TERM = "term"
    HOLIDAY = "holiday"


# Monday is bit 0, as in datetime.date.weekday().
ALL_WEEKDAYS = 0b1111111
MONDAY_TO_FRIDAY = 0b0011111


def weekday_mask(days: list[int] | tuple[int, ...] | set[int]) -> int:
    """Bit mask of weekdays given as 0=Monday ... 6=Sunday."""
    mask = 0
    for d in days:
        if not 0 <= d <= 6:
            raise ValidationError(
                N_("Weekday {day} is not between Monday and Sunday."), field="weekdays", day=d
            )
        mask |= 1 << d
    return mask


def default_weekdays(kind: ProgramKind) -> int | None:
    """A term program runs on school days unless told otherwise; a holiday program has no
    usual week (Monday to Saturday in one factory, every day in another): None."""
    return MONDAY_TO_FRIDAY if ProgramKind(kind) is ProgramKind.TERM else None


def weekdays_of(mask: int) -> tuple[int, ...]:
    """The weekdays (0=Monday) set in a mask."""
    return tuple(d for d in range(7) if mask & (1 << d))


@dataclass(frozen=True)
class ProgramSpec:
    """A program as entered: what add and edit validate."""

    name: str
    kind: ProgramKind
    first_day: dt.date
    last_day: dt.date
    weekdays: int
    opens_at: dt.time
    closes_at: dt.time


def validate_program(spec: ProgramSpec) -> ProgramSpec:
    try:
        kind = ProgramKind(spec.kind)
    except ValueError:
        raise ValidationError(
            N_("Unknown program kind {kind}: use term or holiday."), field="kind", kind=spec.kind
        ) from None
    name = spec.name.strip()
    if not name:
        raise ValidationError(N_("The program needs a name."), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            N_("The program name is longer than {max} characters."), field="name", max=NAME_MAX
        )
    if spec.last_day < spec.first_day:
        raise ValidationError(
            N_("The last day {last} is before the first day {first}."), field="last_day",
            last=spec.last_day.isoformat(), first=spec.first_day.isoformat(),
        )
    if spec.weekdays & ~ALL_WEEKDAYS or spec.weekdays < 0:
        raise ValidationError(
            N_("Weekdays {mask} are not Monday to Sunday."), field="weekdays", mask=spec.weekdays
        )
    if not spec.weekdays & ALL_WEEKDAYS:
        raise ValidationError(N_("The program is open on no weekday."), field="weekdays")
    if spec.closes_at <= spec.opens_at:
        raise ValidationError(
            N_("Closing time {closes} is not after opening time {opens}."), field="closes_at",
            closes=f"{spec.closes_at:%H:%M}", opens=f"{spec.opens_at:%H:%M}",
        )
    return ProgramSpec(
        name, kind, spec.first_day, spec.last_day, spec.weekdays,
        spec.opens_at, spec.closes_at,
    )
