"""What every document shares: paper sizes, the result, fitting text into a cell, and
writing the file atomically (a temporary file beside the target, renamed into place)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable

from asc_desk.domain.errors import N_, UserError
from asc_desk.reports.fonts import FONT, draw_text, register_font, string_width

PAPER = {"a4": A4, "letter": LETTER}
FORMATS = (".pdf", ".xlsx", ".csv")
MARGIN = 28  # points, about 1 cm


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int  # 0 for XLSX and CSV
    missing_characters: str = ""  # characters the font could not print (shown as gaps)


def paper(name: str) -> tuple[float, float]:
    try:
        return PAPER[name.lower()]
    except KeyError:
        raise UserError(N_("Unknown paper size {paper}: use A4 or Letter."),
                        paper=name) from None


def check_format(path: Path, allowed: tuple[str, ...]) -> str:
    if path.is_dir():  # before the extension: "out/bad" is a folder, not a wrong file name
        raise UserError(N_("Cannot replace {path}: it is a folder."), path=str(path))
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise UserError(N_("Cannot write {name}: the file must end in {allowed}."),
                        name=path.name, allowed=" / ".join(allowed))
    return suffix


def check_target(path: Path) -> None:
    """Refuse before any work: a folder that does not exist or cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(N_("The folder {folder} does not exist."), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(N_("Cannot write into the folder {folder}."), folder=str(folder))
    if path.is_dir():
        raise UserError(N_("Cannot replace {path}: it is a folder."), path=str(path))


def write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """`write(temp_name)` fills a temporary file in the target's folder, which then replaces
    `path` in one rename: a failure leaves no half-written file, and an earlier file of that
    name stays as it was."""
    check_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        temp = _new_temporary(folder, path.stem)
    except OSError as exc:
        raise UserError(N_("Cannot write into the folder {folder}: {reason}."),
                        folder=str(folder), reason=exc.strerror or str(exc)) from None
    try:
        write(temp)
        try:
            os.replace(temp, path)
        except OSError as exc:  # open in another program (Windows), a folder, read-only...
            raise UserError(N_("Cannot replace {path}: {reason}. Close it in the program "
                               "that has it open, or choose another name."),
                            path=str(path), reason=exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _new_temporary(folder: Path, stem: str) -> str:
    """An empty new file beside the target. Not tempfile.mkstemp: its file is readable by its
    owner only, and the rename keeps that, so a document saved into HR's shared folder could
    not be opened by a colleague. Mode 0o666 lets the umask decide, as for any saved file."""
    while True:
        name = str(folder / f".{stem}-{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return name
        except FileExistsError:
            continue


class FitText(Flowable):
    """One line of text that always fits its cell: shrunk down to `min_size`, then set on
    two lines (and shrunk further if it must). Never runs into the next column."""

    def __init__(self, text: str, size: float = 8, *, min_size: float = 5.5,
                 align: str = "left", bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.min_size = min_size
        self.align = align
        self._lines: list[str] = [text]
        self._font_size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._lines, self._font_size = fit_lines(self.text, self.size, self.min_size,
                                                 avail_width, avail_height)
        self.height = len(self._lines) * self._font_size * 1.1
        return self.width, self.height

    def draw(self) -> None:
        # Each run in a font that has it: a rare name character comes from the fallback font.
        step = self._font_size * 1.1
        y = self.height - self._font_size * 0.9
        x = {"center": self.width / 2, "right": self.width}.get(self.align, 0)
        for line in self._lines:
            draw_text(self.canv, x, y, line, self._font_size, self.align)
            y -= step


def fit_lines(text: str, size: float, min_size: float, avail_width: float,
              avail_height: float = 0) -> tuple[list[str], float]:
    """The lines and font size that set `text` inside `avail_width` (and `avail_height`,
    when given): as is, else shrunk down to `min_size`, else on two lines shrunk to fit."""
    width = string_width(text, size)
    if width <= avail_width or not text:
        return [text], size
    if width * min_size / size <= avail_width:
        return [text], size * avail_width / width * 0.999
    lines = _two_lines(text)
    longest = max(string_width(line, size) for line in lines)
    font_size = min(size, size * avail_width / longest * 0.999)
    height = len(lines) * font_size * 1.1
    if avail_height and height > avail_height:
        font_size *= avail_height / height
    return lines, font_size


# Where a line may end, best first: a space or a name's middle dot (kept on the first line),
# the end of a Chinese sentence or clause, then a comma. Chinese may break between any two
# characters, but a note cut mid-phrase ("各行与 / 合计") reads badly, and a line must not
# begin with punctuation.
BREAKS = (" ·•・", "。；", "，、：")
NO_LINE_START = "，。、；：？！）》」』”’"


def _two_lines(text: str) -> list[str]:
    """Split at the best break nearest the middle (BREAKS), else in the middle."""
    middle = len(text) // 2
    for marks in BREAKS:
        breaks = [i for i, ch in enumerate(text) if ch in marks]
        if breaks:
            cut = min(breaks, key=lambda i: abs(i - middle))
            head, tail = text[:cut + (text[cut] != " ")], text[cut + 1:]
            if head.strip() and tail.strip():
                return [head.strip(), tail.strip()]
    while 0 < middle < len(text) - 1 and text[middle] in NO_LINE_START:
        middle += 1
    return [text[:middle], text[middle:]]


__all__ = ["FONT", "FitText", "Written", "check_format", "fit_lines", "paper", "register_font",
           "write_atomically"]
