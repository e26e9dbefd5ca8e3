"""Loads the app's zh_CN translation and Qt's own (so standard buttons read 确定/取消, and the
file dialog is Chinese throughout)."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asc_desk.resources import resource_path

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


_MNEMONIC = re.compile(r"&(\w)")


class QtTranslator(QTranslator):
    """Qt's own catalogue, with a fallback for its newer source texts.

    Qt 6 gave some labels mnemonics ("&Look in:", "Files of &type:") that the shipped
    qtbase_zh_CN.qm still knows only without the "&" ("Look in:"): such a text would stay
    English in the Chinese file dialog. Looked up again without the "&", the Chinese text
    gets the mnemonic back in Qt's Chinese style, "查找范围(&L)："."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": Qt takes an empty (but not null) text as found, and would show it.
        text = super().translate(context, source, disambiguation, n)
        if text or "&" not in source:
            return text or None
        match = _MNEMONIC.search(source)
        text = super().translate(context, source.replace("&", "", 1), disambiguation, n)
        if not text or match is None:
            return text or None
        mark = f"(&{match.group(1).upper()})"
        stripped = text.rstrip(":：")
        return stripped + mark + text[len(stripped):]


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    """Switches the running application between languages; widgets retranslate on the event."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [
            (f"qtbase_{language}", qt_dir),
            (f"asc_desk_{language}", str(resource_path("translations"))),
        ]
        for name, folder in candidates:
            translator = (QtTranslator if name.startswith("qtbase") else QTranslator)(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
