"""Shows a UserError in the user's language: the template is translated, then filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asc_desk.domain.errors import UserError


def user_message(error: UserError) -> str:
    # Templates are marked with N_() outside any class: lupdate files them under "".
    template = QCoreApplication.translate("", error.template)
    try:
        return template.format(**error.params) if error.params else template
    except (KeyError, IndexError):  # a translation that lost a {field}: fall back to English
        return error.message
