"""Text written into a spreadsheet cell (CSV or XLSX) that Excel shows as written: never run
as a formula, nothing XML cannot hold. The roster's files and every report table use it."""

from __future__ import annotations

import re

# A cell starting with one of these is a formula to Excel (or to LibreOffice, WPS): text from
# HR's files ("=SUM(A1)", "@cmd", "-2+3") must not become one in a file the center sends out.
FORMULA_START = "=+-@"
# On CSV export a cell starting with one of these gets an apostrophe (Excel's mark for "this is
# text"), and so does one starting with an apostrophe and one of these, so that the roster's
# import can take off exactly one apostrophe wherever one is followed by one of these.
CSV_ESCAPED = FORMULA_START + "\t\r'"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_OOXML_UNDERSCORE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")  # also where two escapes overlap


def csv_text(text: str) -> str:
    """The text as a CSV cell: an apostrophe in front where Excel would run it."""
    if text[:1] and text[0] in CSV_ESCAPED[:-1] or text[:1] == "'" and text[1:2] and (
            text[1] in CSV_ESCAPED):
        return "'" + text
    return text


def xml_text(text: str) -> str:
    """Text an XLSX can hold: XML refuses most control characters, so they are dropped; a
    literal _x0041_ would be read by Excel as "A", so its underscore is escaped."""
    return _OOXML_UNDERSCORE.sub("_x005F_", _XML_ILLEGAL.sub("", text))


def looks_like_formula(text: str) -> bool:
    """An XLSX text cell that needs Excel's quote prefix to be shown as the text it is."""
    return bool(text) and text[0] in FORMULA_START
