"""Photos: only JPEG or PNG pictures of modest size are stored; the audit keeps a label."""

from __future__ import annotations

import pytest

from asc_desk.domain.errors import ValidationError
from asc_desk.domain.photo import PHOTO_MAX_BYTES, check_photo, photo_format, photo_label

JPEG = b"\xff\xd8\xff\xe0" + bytes(100)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def test_jpeg_and_png_are_recognised_by_their_first_bytes():
    assert photo_format(JPEG) == "JPEG" and photo_format(PNG) == "PNG"
    assert photo_format(b"GIF89a") is None and photo_format(b"") is None


@pytest.mark.parametrize("data", [b"", b"not a picture", b"%PDF-1.7\n", b"BM" + bytes(50)])
def test_other_files_are_refused_on_the_photo_field(data):
    with pytest.raises(ValidationError, match="JPEG or PNG") as caught:
        check_photo(data)
    assert caught.value.field == "photo"


def test_a_huge_picture_is_refused():
    assert check_photo(JPEG) == JPEG
    with pytest.raises(ValidationError, match="larger than 1000 KB"):
        check_photo(JPEG + bytes(PHOTO_MAX_BYTES))


def test_the_audit_label_names_kind_size_and_fingerprint_only():
    label = photo_label(PNG + bytes(2000))
    assert label.startswith("PNG 2 KB ") and len(label.split()[-1]) == 12
    assert photo_label(None) is None
    assert photo_label(JPEG) != photo_label(JPEG + b"x")
