"""Who is acting: one provider handed to every service, asked at each change, so a change of
operator (and later a login) applies at once and the audit names the right person."""

from __future__ import annotations

from collections.abc import Callable

ActorProvider = Callable[[], str]
ACTOR_MAX = 100


def as_provider(actor: str | ActorProvider) -> ActorProvider:
    """A fixed name (the command line, tests) or a provider (the window): always a provider."""
    if callable(actor):
        return actor
    name = str(actor)
    return lambda: name


def current_actor(provider: ActorProvider) -> str:
    return (provider() or "unknown")[:ACTOR_MAX]
