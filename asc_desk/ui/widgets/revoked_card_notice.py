"""At the desk, a scan that matched no child may be a revoked pickup card: then the desk's
reply line says when and why it was revoked and whose new card to use (nothing is recorded).

Wired beside the Today page (app.py), after its own "no child has this card" reply, so the
page itself stays as it is; `check(code)` raises the service's RevokedCardError."""

from __future__ import annotations

from collections.abc import Callable

from asc_desk.domain.errors import UserError
from asc_desk.ui.error_text import user_message
from asc_desk.ui.styles import ERROR_STYLE
from asc_desk.ui.widgets.scan_field import DeskMessage, ScanField


def say_revoked_cards(scan: ScanField, message: DeskMessage,
                      check: Callable[[str], None]) -> None:
    """Connect after the page's own `not_found` slot: Qt calls slots in connection order, so
    this reply replaces the generic one for a revoked code, and leaves any other alone."""

    def not_found(text: str) -> None:
        try:
            check(text)
        except UserError as exc:
            message.say(user_message(exc), ERROR_STYLE)

    scan.not_found.connect(not_found)
