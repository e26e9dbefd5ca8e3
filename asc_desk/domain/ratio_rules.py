"""Ratio rules: children per caregiver by age band, a minimum on duty, a weight per role.

How the caregivers a group of children needs is counted (decided here, tested in
tests/domain/test_ratio_rules.py): each age band is counted on its own, rounding up
(15 children at 15 a caregiver need 1, 16 need 2), and the bands are summed; then the
minimum on duty applies while the center is open and children are there or expected then
(`minimum_applies`): not before opening, after closing or between two programs, and not on an
open day no child is expected (an adjusted working day on a Saturday for children enrolled
Monday to Friday). Summing
the bands is the stricter of the two usual readings (the other: one pool at the strictest
band's ratio would let 7 small children and 14 older ones share 2 caregivers); a group of
each age needs its own caregiver. A child whose birth date is unknown counts in the band
with the fewest children per caregiver (the safe side).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from asc_desk.domain.errors import N_, ValidationError
from asc_desk.domain.staff import Role

PER_MAX = 100
MINIMUM_MAX = 50


@dataclass(frozen=True)
class AgeBand:
    from_age: int  # in whole years, included
    to_age: int | None  # excluded; None: no upper limit
    children_per_caregiver: int

    def holds(self, age: int) -> bool:
        return self.from_age <= age and (self.to_age is None or age < self.to_age)


def _default_weights() -> dict[Role, float]:
    return {role: (0.5 if role is Role.VOLUNTEER else 1.0) for role in Role}


@dataclass(frozen=True)
class RatioRules:
    bands: tuple[AgeBand, ...] = (AgeBand(0, 6, 7), AgeBand(6, None, 15))
    minimum_on_duty: int = 2
    weights: dict[Role, float] = field(default_factory=_default_weights)

    def band_of(self, age: int | None) -> int:
        """The index of the band a child of `age` counts in."""
        if age is not None:
            for index, band in enumerate(self.bands):
                if band.holds(age):
                    return index
        return min(range(len(self.bands)), key=lambda i: self.bands[i].children_per_caregiver)

    def weight(self, role: Role | str) -> float:
        # Role is a StrEnum: "volunteer" equals Role.VOLUNTEER; a role not listed weighs 1.
        return next((w for r, w in self.weights.items() if r == role), 1.0)


DEFAULT_RULES = RatioRules()


def validate_ratio_rules(rules: RatioRules) -> RatioRules:
    if not rules.bands:
        raise ValidationError(N_("Give at least one age band."), field="bands")
    for index, band in enumerate(rules.bands):
        if not 1 <= band.children_per_caregiver <= PER_MAX:
            raise ValidationError(
                N_("Children per caregiver must be from {low} to {high} (not {value})."),
                field=f"bands.{index}.children_per_caregiver", low=1, high=PER_MAX,
                value=band.children_per_caregiver)
        if band.from_age < 0 or (band.to_age is not None and band.to_age <= band.from_age):
            raise ValidationError(N_("The age band {low}–{high} is empty."),
                                  field=f"bands.{index}.to_age", low=band.from_age,
                                  high=band.to_age)
    ordered = sorted(rules.bands, key=lambda b: b.from_age)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.to_age is None or a.to_age > b.from_age:
            raise ValidationError(N_("The age bands overlap at {age} years."), field="bands",
                                  age=b.from_age)
    if not 0 <= rules.minimum_on_duty <= MINIMUM_MAX:
        raise ValidationError(N_("Use a number from {low} to {high}."), field="minimum_on_duty",
                              low=0, high=MINIMUM_MAX)
    for role, weight in rules.weights.items():
        if not 0 < weight <= 2:
            raise ValidationError(
                N_("The weight of a {role} must be more than 0 and at most 2 (not {value})."),
                field=f"weights.{Role(role).value}", role=Role(role).value, value=weight)
    return RatioRules(tuple(ordered), rules.minimum_on_duty,
                      {Role(r): float(w) for r, w in rules.weights.items()})


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def required_for(band_counts: Iterable[int], rules: RatioRules, *, apply_minimum: bool = True
                 ) -> int:
    """Caregivers needed for `band_counts[i]` children in band i (see the module's rule)."""
    needed = sum(-(-n // band.children_per_caregiver)
                 for n, band in zip(band_counts, rules.bands, strict=True))
    return max(needed, rules.minimum_on_duty) if apply_minimum else needed


def minimum_applies(open_now: bool, children: int) -> bool:
    """Whether the minimum on duty applies: while the center is open and `children` (there
    now, or expected then) is more than none; otherwise the ratio alone counts."""
    return open_now and children > 0


def weighted_staff(roles: Iterable[Role | str], rules: RatioRules) -> float:
    return sum(rules.weight(role) for role in roles)
