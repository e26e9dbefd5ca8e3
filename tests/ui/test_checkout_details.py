"""The check-out shows each person allowed with their relation and ID note, keeps the
list's height after a refusal, and shows the child's photo (as the Today page does for the
selected child)."""

# ruff: noqa: F811  (the fixtures imported from test_today_page are used as arguments)
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from asc_desk.domain.roster import PickupDraft
from asc_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from tests.ui.test_today_page import (  # noqa: F401 (fixtures)
    attendance,
    center,
    clock,
    day_of,
    lone_child,
    page,
    roster,
    scan,
)


def jpeg() -> bytes:
    image = QImage(48, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc8844"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    return bytes(data.data())


def with_grandmother_and_photo(roster, center, child_id):
    record = roster.get_child(child_id)
    draft = dataclasses.replace(record.draft, pickups=(
        PickupDraft("王秀英", relation="外婆", note="身份证后四位 1234"),))
    roster.save_child(center.id, draft, child_id, photo=jpeg())


def test_the_checkout_shows_relation_id_note_and_photo(qtbot, page, attendance, center,
                                                      roster):
    child = lone_child(attendance, center)
    with_grandmother_and_photo(roster, center, child.id)
    page.refresh()
    scan(qtbot, page, child.card_code)
    assert page.photo.label.pixmap() is not None and not page.photo.label.pixmap().isNull()
    dialog = page.open_checkout(page.current_item())
    assert isinstance(dialog, CheckoutDialog)
    texts = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert "王秀英  ·  外婆 · 身份证后四位 1234" in texts
    assert not dialog.photo.pixmap().isNull()
    height = dialog.people.height()
    dialog.choose_someone_else("陌生人")  # no reason: refused, the error shows below
    assert dialog.save() is False and dialog.error.isVisible()
    dialog.someone_else.setChecked(False)
    qtbot.wait(10)
    assert dialog.people.height() == height  # not squeezed to a row and a half
    dialog.choose("王秀英")
    assert dialog.save() is True
    assert day_of(attendance, center)[child.id].record.pickup_name == "王秀英"


def test_a_child_without_photo_says_so(qtbot, page, attendance, center):
    child = lone_child(attendance, center)
    scan(qtbot, page, child.card_code)
    assert page.photo.label.text() == "No photo"
    dialog = page.open_checkout(page.current_item())
    assert dialog.photo.text() == "No photo"
    assert dialog.people.currentItem().data(Qt.ItemDataRole.UserRole) in child.may_collect
    dialog.reject()
