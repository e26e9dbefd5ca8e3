"""Qt's own dialogs follow the language: the file dialog reads Chinese under zh_CN, Qt 6's
mnemonic labels ("&Look in:") included, and English again after switching back."""

from __future__ import annotations

import re

from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from asc_desk.ui.i18n import QtTranslator

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def _texts(dialog: QFileDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)
              if button.isVisibleTo(dialog) and button.text()]
    tree = dialog.findChild(QTreeView)
    model = tree.model()
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
              for c in range(model.columnCount())]
    return texts


def _dialog(qtbot, tmp_path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "x", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    return dialog


def test_the_file_dialog_has_no_english_labels_under_zh_cn(qtbot, tmp_path, translations):
    translations.apply("zh_CN")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = _dialog(qtbot, tmp_path, mode)
        texts = _texts(dialog)
        english = [t for t in texts if ENGLISH_WORD.search(t.replace("CSV", ""))]
        assert not english, english
        assert any(t.startswith("查找范围") for t in texts), texts
        assert any(t.startswith("文件类型") for t in texts), texts


def test_the_file_dialog_is_english_again_after_switching_back(qtbot, tmp_path,
                                                                translations):
    translations.apply("zh_CN")
    translations.apply("en")
    texts = _texts(_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen))
    assert "&Look in:" in texts and "Files of &type:" in texts, texts


def test_a_mnemonic_text_falls_back_to_qts_older_translation(qapp, translations):
    translator = QtTranslator()
    assert translator.load("qtbase_zh_CN",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert translator.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert translator.translate("QFileDialog", "Look in:") == "查找范围："
    assert not translator.translate("QFileDialog", "no such &text")


def test_a_text_neither_catalogue_knows_stays_in_english(qapp, translations):
    from PySide6.QtCore import QCoreApplication
    translations.apply("zh_CN")
    # Qt's catalogue must say "not found" (null), not "" (found, empty): the app's own new
    # strings read in English until translated, never blank.
    assert QCoreApplication.translate("NoSuchContext", "Brand new text") == "Brand new text"
    assert QCoreApplication.translate("NoSuchContext", "&Brand new") == "&Brand new"
