"""Pickup cards: 8 to a page, the stored photo, and a QR code a real decoder reads back."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pdfplumber
import pytest
from PIL import Image
from report_scenario import DILI, ZHANG, build

from asc_desk.reports.cards_pdf import write_cards_pdf
from asc_desk.services.database_service import open_database
from asc_desk.services.reports.report_data import pickup_cards
from asc_desk.services.roster.roster_service import RosterService

zxingcpp = pytest.importorskip("zxingcpp")


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 160), (200, 60, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def cards(tmp_path_factory):
    db, _ = open_database(str(tmp_path_factory.mktemp("cards") / "asc.sqlite3"))
    scenario = build(db)
    roster = RosterService(db, "t", today=lambda: dt.date(2026, 12, 1))
    record = roster.get_child(scenario.ids[ZHANG])
    roster.save_child(scenario.center_id, record.draft, record.id, photo=_jpeg())
    out = pickup_cards(db, scenario.center_id, dt.date(2026, 12, 1))
    db.dispose()
    return out


def test_cards_carry_name_program_code_and_photo(cards, tmp_path):
    assert {c.name for c in cards.cards} == {ZHANG, DILI}  # 李娜 has left
    path = tmp_path / "cards.pdf"
    written = write_cards_pdf(cards, path)
    assert written.pages == 1
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        assert len(page.images) == 1  # 张伟's photo; the other card has none
    for card in cards.cards:
        assert card.name in text and card.card_code in text and card.program in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_qr_code_decodes_back_to_the_card_code(cards, tmp_path):
    path = tmp_path / "cards.pdf"
    write_cards_pdf(cards, path)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))}
    assert found == {c.card_code for c in cards.cards}


def test_eight_cards_to_a_page(cards, tmp_path):
    from dataclasses import replace

    many = replace(cards, cards=tuple(replace(cards.cards[1], card_code=f"CODE{i:04d}")
                                      for i in range(17)))
    written = write_cards_pdf(many, tmp_path / "many.pdf")
    assert written.pages == 3
    with pdfplumber.open(tmp_path / "many.pdf") as pdf:
        assert len(pdf.pages) == 3
        assert pdf.pages[0].extract_text().count("接送卡") == 8


def test_cards_come_in_pinyin_order(cards):
    assert [c.name for c in cards.cards] == [DILI, ZHANG]  # di before zhang; 李娜 has left
