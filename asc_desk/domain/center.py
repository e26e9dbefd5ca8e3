"""The Center's own settings and the rules for them."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from asc_desk.domain.errors import N_, ValidationError

DEFAULT_TIME_ZONE = "Asia/Shanghai"
LANGUAGES = ("zh_CN", "en")
NAME_MAX = 100


@dataclass(frozen=True)
class CenterSettings:
    """What the first-run dialog and the Settings page edit."""

    name: str
    factory_name: str
    time_zone: str = DEFAULT_TIME_ZONE
    language: str = "zh_CN"


def validate_center_settings(settings: CenterSettings) -> CenterSettings:
    """Return the settings with blanks trimmed, or raise ValidationError naming the field."""
    name = settings.name.strip()
    factory = settings.factory_name.strip()
    if not name:
        raise ValidationError(N_("The center needs a name."), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            N_("The center name is longer than {max} characters."), field="name", max=NAME_MAX
        )
    if len(factory) > NAME_MAX:
        raise ValidationError(
            N_("The factory name is longer than {max} characters."),
            field="factory_name", max=NAME_MAX,
        )
    check_time_zone(settings.time_zone)
    if settings.language not in LANGUAGES:
        raise ValidationError(
            N_("Unknown language {language}."), field="language", language=settings.language
        )
    return CenterSettings(name, factory, settings.time_zone.strip(), settings.language)


def check_time_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name such as Asia/Shanghai, or ValidationError."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            N_("{zone} is not a known time zone (for example Asia/Shanghai)."),
            field="time_zone", zone=name,
        ) from None
