"""Alt+letter on a page does one thing: every mnemonic (the letter after "&") of a page's
buttons, check boxes, group boxes and labels with a buddy is unique on that page, together
with the window's own. A duplicate only moves the keyboard between the two, and the next
scan + Enter then does nothing (Alt+R was both Emergency roll call and Correct).

Walked under the English UI and under zh_CN, whose .ts files give each text its own letter
("紧急点名(&R)"): a translation must keep a letter unique on its page too."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from asc_desk.app import build_main_window


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def mnemonics(root: QWidget, skip: set[int] = frozenset()) -> dict[str, list[str]]:
    """letter → the texts that claim it, of the widgets under `root` (itself included)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or id(widget) in skip:
            continue  # a dialog of its own has its own letters
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        else:
            continue
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(text)
    return found


def test_the_mnemonic_parser():
    assert mnemonic("Emergency &roll call") == "r"
    assert mnemonic("Fish && chips") is None
    assert mnemonic("A && B &save") == "s"
    assert mnemonic("No letter") is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_mnemonic_is_unique_on_each_page(qtbot, demo_session, tmp_path, translations,
                                               language):
    translations.apply(language)  # zh_CN: the letters its .ts gives must be unique too
    center = demo_session.centers.get_center()
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    pages = [window.page(p.key) for p in list(window.pages)]  # every page built
    inside = {id(w) for page in pages for w in [page, *page.findChildren(QWidget)]}
    # The window's own letters (outside the pages) apply on every page.
    own = mnemonics(window, skip=inside)
    clashes = {}
    for page in pages:
        letters = mnemonics(page)
        for letter, texts in own.items():
            letters[letter].extend(texts)
        for letter, texts in letters.items():
            if len(texts) > 1:
                clashes.setdefault(page.key, {})[letter] = texts
    assert not clashes, clashes


def _clashes(dialog: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(dialog).items() if len(texts) > 1}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_mnemonic_is_unique_in_the_calendar_and_shift_dialogs(
        qtbot, demo_session, tmp_path, translations, language):
    """The dialogs are windows of their own, which the page walk above leaves out: the
    Calendar's day dialog had Alt+S on both Special opening and Closing time."""
    translations.apply(language)
    center = demo_session.centers.get_center()
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = build_main_window(demo_session, center, qsettings, translations)
    qtbot.addWidget(window)
    window.show()
    calendar = window.page("calendar")
    day = calendar.edit_day(dt.date(2026, 11, 25))
    shifts = window.page("shifts")
    with qtbot.waitSignal(shifts.loaded, timeout=20_000):  # the week is read in the background
        shifts.refresh()
    shifts.template_dialog()
    dialogs = {"calendar day": day, "shift template": shifts.dialog}
    found = {name: _clashes(d) for name, d in dialogs.items() if _clashes(d)}
    for d in dialogs.values():
        d.reject()
    assert not found, found
