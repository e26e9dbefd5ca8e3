"""The Center's own settings and the rules for them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

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
    time_zone = canonical_time_zone(settings.time_zone)
    if settings.language not in LANGUAGES:
        raise ValidationError(
            N_("Unknown language {language}."), field="language", language=settings.language
        )
    return CenterSettings(name, factory, time_zone, settings.language)


# Windows' name of China's zone (what a Windows PC's settings show).
_OTHER_NAMES = {"china standard time": "Asia/Shanghai"}


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {zone.casefold(): zone for zone in available_timezones()}


def canonical_time_zone(name: str) -> str:
    """The IANA name as the tz database spells it, whatever the case it was typed in
    (asia/shanghai is Asia/Shanghai), or ValidationError."""
    text = (name or "").strip()
    if text == DEFAULT_TIME_ZONE:  # nearly every center: no need to list the tz database
        return text
    folded = text.casefold()
    known = _OTHER_NAMES.get(folded) or _zones_by_folded_name().get(folded)
    if known is not None:
        return known
    check_time_zone(text)  # a name zoneinfo finds without listing it (an alias)
    return text


def check_time_zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name such as Asia/Shanghai, or ValidationError."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            N_("{zone} is not a known time zone (for example Asia/Shanghai)."),
            field="time_zone", zone=name,
        ) from None
