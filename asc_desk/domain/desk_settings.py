"""The check-in desk's settings, declared once: each with its default and allowed range."""

from __future__ import annotations

from dataclasses import dataclass, fields

from asc_desk.domain.errors import N_, ValidationError

# name -> (default, lowest, highest); the database's defaults, the service's checks and the
# Settings page's spin boxes all read this table.
DESK_SETTINGS: dict[str, tuple[int, int, int]] = {
    "late_grace_minutes": (15, 0, 240),
    "duplicate_scan_minutes": (2, 0, 60),
    "children_per_caregiver": (15, 1, 100),
}


def default(name: str) -> int:
    return DESK_SETTINGS[name][0]


def allowed_range(name: str) -> tuple[int, int]:
    _, low, high = DESK_SETTINGS[name]
    return low, high


@dataclass(frozen=True)
class DeskSettings:
    late_grace_minutes: int = default("late_grace_minutes")
    duplicate_scan_minutes: int = default("duplicate_scan_minutes")
    children_per_caregiver: int = default("children_per_caregiver")


assert {f.name for f in fields(DeskSettings)} == set(DESK_SETTINGS)


def validate_desk_settings(settings: DeskSettings) -> DeskSettings:
    """The settings unchanged, or ValidationError naming the first field out of range."""
    for name in DESK_SETTINGS:
        low, high = allowed_range(name)
        if not low <= getattr(settings, name) <= high:
            raise ValidationError(N_("Use a number from {low} to {high}."), field=name,
                                  low=low, high=high)
    return settings
