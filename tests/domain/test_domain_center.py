"""Center settings: trimmed when valid, refused with the offending field named."""

from __future__ import annotations

from dataclasses import replace

import pytest

from asc_desk.domain.center import (
    DEFAULT_TIME_ZONE,
    NAME_MAX,
    CenterSettings,
    check_time_zone,
    validate_center_settings,
)
from asc_desk.domain.errors import UserError, ValidationError

GOOD = CenterSettings("星光儿童之家", "东莞华彩玩具有限公司", "Asia/Shanghai", "zh_CN")


def test_valid_settings_come_back_trimmed() -> None:
    clean = validate_center_settings(
        CenterSettings("  星光儿童之家\t", " 东莞华彩玩具有限公司 ", " Asia/Shanghai ", "en")
    )
    assert clean == CenterSettings("星光儿童之家", "东莞华彩玩具有限公司", "Asia/Shanghai", "en")


def test_defaults_are_shanghai_and_chinese() -> None:
    settings = CenterSettings("星光", "华彩")
    assert (settings.time_zone, settings.language) == (DEFAULT_TIME_ZONE, "zh_CN")
    assert validate_center_settings(settings) == settings


def test_limits_are_inclusive_and_count_characters() -> None:
    longest = CenterSettings("星" * NAME_MAX, "厂" * NAME_MAX)
    assert validate_center_settings(longest) == longest


def test_factory_name_may_be_blank() -> None:
    assert validate_center_settings(replace(GOOD, factory_name="  ")).factory_name == ""


@pytest.mark.parametrize("changes, field", [
    ({"name": ""}, "name"),
    ({"name": " \t "}, "name"),
    ({"name": "星" * (NAME_MAX + 1)}, "name"),
    ({"factory_name": "厂" * (NAME_MAX + 1)}, "factory_name"),
    ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ({"time_zone": ""}, "time_zone"),
    ({"time_zone": "../../etc/passwd"}, "time_zone"),
    ({"language": "fr"}, "language"),
    ({"language": "zh-CN"}, "language"),
], ids=["empty-name", "blank-name", "long-name", "long-factory", "unknown-zone", "empty-zone",
        "path-as-zone", "unknown-language", "language-with-dash"])
def test_bad_values_name_their_field(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_center_settings(replace(GOOD, **changes))
    assert caught.value.field == field
    assert isinstance(caught.value, UserError)
    assert str(caught.value).strip()


def test_check_time_zone_returns_the_zone() -> None:
    assert str(check_time_zone(" Asia/Urumqi ")) == "Asia/Urumqi"
    with pytest.raises(ValidationError, match="Mars/Olympus") as caught:
        check_time_zone("Mars/Olympus")
    assert caught.value.field == "time_zone"


@pytest.mark.parametrize(("typed", "stored"), [
    ("asia/shanghai", "Asia/Shanghai"), (" ASIA/URUMQI ", "Asia/Urumqi"),
    ("China Standard Time", "Asia/Shanghai"), ("utc", "UTC")])
def test_a_time_zone_typed_in_any_case_is_stored_as_the_tz_database_spells_it(typed, stored):
    """Trial finding 18: `center set --time-zone asia/shanghai` was refused."""
    settings = validate_center_settings(CenterSettings("星光", "华彩玩具", time_zone=typed))
    assert settings.time_zone == stored
