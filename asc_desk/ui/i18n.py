"""Loads the app's zh_CN translation and Qt's own (so standard buttons read 确定/取消)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asc_desk.resources import resource_path

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


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
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
