"""The actor provider: asked at every change, so a new operator applies at once."""

from asc_desk.domain.actor import ACTOR_MAX, as_provider, current_actor


def test_a_name_becomes_a_provider():
    assert as_provider("cli:lin")() == "cli:lin"


def test_a_provider_is_asked_each_time():
    names = iter(["gui:王老师", "gui:李老师"])
    provider = as_provider(lambda: next(names))
    assert current_actor(provider) == "gui:王老师"
    assert current_actor(provider) == "gui:李老师"


def test_long_or_empty_names():
    assert len(current_actor(as_provider("x" * 500))) == ACTOR_MAX
    assert current_actor(as_provider("")) == "unknown"
