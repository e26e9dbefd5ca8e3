"""The command line's messages in the user's language, from the GUI's own catalogue, without Qt.

Templates are English, marked with N_() so that the translation update script files them in
the .ts under the empty context, as it does for UserError templates; the zh_CN .ts shipped in
the package is read (only when a message is printed: most runs print one or two lines and
must start fast). A template without a finished translation is printed in English.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from asc_desk.domain.errors import N_, UserError

LANGUAGES = ("zh_CN", "en")
_language = "en"
_catalogues: dict[str, dict[str, str]] = {}


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """zh_CN when the locale names Chinese (LANGUAGE, LC_ALL, LC_MESSAGES, LANG in the
    order gettext reads them), else English."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip()
        if value:
            # LANGUAGE may list several ("zh_CN:en"): the first one decides.
            return "zh_CN" if value.split(":")[0].lower().startswith("zh") else "en"
    return "en"


def use(language: str | None) -> str:
    """Sets the language of what follows: the one given, else the locale's."""
    global _language
    _language = language if language in LANGUAGES else language_from_environment()
    return _language


def current() -> str:
    return _language


def _catalogue(language: str) -> dict[str, str]:
    if language not in _catalogues:
        _catalogues[language] = {} if language == "en" else _read_ts(language)
    return _catalogues[language]


def _read_ts(language: str) -> dict[str, str]:
    """source -> translation of the empty context's finished messages."""
    from xml.etree import ElementTree

    from asc_desk.resources import resource_path

    path = resource_path("translations", f"asc_desk_{language}.ts")
    found: dict[str, str] = {}
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return found  # a broken install prints English rather than nothing
    for context in root.iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (source and translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished")):
                found[source] = translation.text
    return found


def text(template: str, **values: Any) -> str:
    """The template in the current language, filled in."""
    translated = _catalogue(_language).get(template, template)
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):  # a translation that lost a {field}
        return template.format(**values) if values else template


def count_text(count: int, one: str, many: str, **values: Any) -> str:
    """`one` for a count of 1, else `many` (English plurals; Chinese has one form for both)."""
    return text(one if count == 1 else many, count=count, **values)


def error_text(error: UserError) -> str:
    return text(error.template, **error.params)


def notice_text(notice: Any) -> str:
    """A service's Notice (template and values) in the current language."""
    return text(notice.template, **notice.params)


def warn_notice(notice: Any) -> None:
    print(text(N_("Warning: {notice}"), notice=notice_text(notice)), file=sys.stderr)


def say(template: str, **values: Any) -> None:
    print(text(template, **values))


def warn(template: str, **values: Any) -> None:
    print(text(template, **values), file=sys.stderr)
