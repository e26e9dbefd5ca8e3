"""Pickup cards: name, photo, program and a QR code of the card code, 8 to an A4 page with
cut marks (a fixed form: drawn on the canvas)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from asc_desk.reports.fonts import FONT, draw_text, register_font, string_width, unprintable
from asc_desk.reports.output import Written, paper, write_atomically
from asc_desk.services.reports.report_data import PickupCard, PickupCards

CARD_W, CARD_H = 85.6 * mm, 54 * mm  # a bank card (ID-1)
COLUMNS, ROWS = 2, 4
GAP = 6 * mm  # between cards, where the cut marks are
MARK = 4 * mm
QR_SIZE = 30 * mm
QUIET = 4  # modules of white around the code, as the QR standard asks


def write_cards_pdf(cards: PickupCards, path: Path, paper_name: str = "a4") -> Written:
    pagesize = paper(paper_name)
    register_font()
    missing = unprintable([cards.center_name] + [c.name + c.program for c in cards.cards])
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(cards.cards) // per_page))

    def write(temp: str) -> None:
        c = Canvas(temp, pagesize=pagesize, invariant=True, initialFontName=FONT)  # no Helvetica
        c.setTitle(f"{cards.center_name} 接送卡")
        width, height = pagesize
        left = (width - COLUMNS * CARD_W - (COLUMNS - 1) * GAP) / 2
        top = (height + ROWS * CARD_H + (ROWS - 1) * GAP) / 2
        if not cards.cards:
            c.setFont(FONT, 14)
            c.drawCentredString(width / 2, height / 2, "没有要打印的接送卡。")
        for start in range(0, len(cards.cards), per_page):
            for i, card in enumerate(cards.cards[start:start + per_page]):
                x = left + (i % COLUMNS) * (CARD_W + GAP)
                y = top - (i // COLUMNS + 1) * CARD_H - (i // COLUMNS) * GAP
                _card(c, card, cards.center_name, x, y)
                _cut_marks(c, x, y)
            c.setFont(FONT, 7)
            c.drawRightString(width - 28, 20,
                              f"第 {start // per_page + 1} 页 / 共 {pages} 页  沿角标裁切")
            c.showPage()
        if not cards.cards:
            c.showPage()
        c.save()

    write_atomically(path, write)
    return Written(path, pages, missing)


def _fit(c: Canvas, text: str, x: float, y: float, size: float, width: float) -> None:
    used = string_width(text, size)
    if used > width:
        size = size * width / used
    draw_text(c, x, y, text, size)


def _card(c: Canvas, card: PickupCard, center: str, x: float, y: float) -> None:
    c.saveState()
    c.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
    c.setLineWidth(0.4)
    c.roundRect(x, y, CARD_W, CARD_H, 3 * mm)
    pad = 4 * mm
    c.setFillColor(colors.black)
    _fit(c, f"{center} · 接送卡", x + pad, y + CARD_H - pad - 8, 8, CARD_W - 2 * pad)
    qr_x = x + CARD_W - pad - QR_SIZE
    text_x = x + pad
    if card.photo:
        photo_w, photo_h = 19 * mm, 25 * mm
        try:
            c.drawImage(ImageReader(io.BytesIO(card.photo)), x + pad, y + pad + 8, photo_w,
                        photo_h, preserveAspectRatio=True, anchor="c")
            text_x = x + pad + photo_w + 2 * mm
        except Exception:  # a picture that cannot be read: the card still prints
            pass
    width = qr_x - text_x - 2 * mm
    _fit(c, card.name, text_x, y + CARD_H / 2 + 2, 16, width)
    _fit(c, card.program, text_x, y + CARD_H / 2 - 14, 8, width)
    c.setFont(FONT, 9)
    c.drawString(text_x, y + pad + 2, card.card_code)
    _draw_qr(c, card.card_code, qr_x, y + (CARD_H - QR_SIZE) / 2 - 2 * mm, QR_SIZE)
    c.restoreState()


def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules, row by row from the top (level M, the best mask)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    n = qr.getModuleCount()
    return tuple(tuple(bool(qr.isDark(r, col)) for col in range(n)) for r in range(n))


def _draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code encoded once and drawn as one filled path of the dark runs of each row,
    with the 4-module quiet zone. ReportLab's QrCodeWidget encoded each code twice (bounds,
    then drawing) and drew every module as its own shape object: 80 ms a card, 40 s for
    482 cards (see bench_reports)."""
    rows = qr_modules(text)
    n = len(rows)
    unit = size / (n + 2 * QUIET)
    path = c.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (QUIET + r + 1) * unit
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            end = col
            while end < n and row[end]:
                end += 1
            path.rect(x + (QUIET + col) * unit, top, (end - col) * unit, unit)
            col = end
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)


def _cut_marks(c: Canvas, x: float, y: float) -> None:
    c.saveState()
    c.setLineWidth(0.3)
    gap = 1 * mm
    for cx, dx in ((x, -1), (x + CARD_W, 1)):
        for cy, dy in ((y, -1), (y + CARD_H, 1)):
            c.line(cx + dx * gap, cy, cx + dx * (gap + MARK / 2), cy)
            c.line(cx, cy + dy * gap, cx, cy + dy * (gap + MARK / 2))
    c.restoreState()
