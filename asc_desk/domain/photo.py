"""A child's photo: a JPEG or PNG picture of modest size, checked before it is stored."""

from __future__ import annotations

import hashlib

from asc_desk.domain.errors import N_, ValidationError

# The form scales a chosen picture down to a few dozen KB; this only stops a wrong file.
PHOTO_MAX_BYTES = 1_000_000
_SIGNATURES = {b"\xff\xd8\xff": "JPEG", b"\x89PNG\r\n\x1a\n": "PNG"}


def photo_format(data: bytes) -> str | None:
    """JPEG, PNG, or None for anything else (judged by the file's first bytes)."""
    for signature, name in _SIGNATURES.items():
        if data.startswith(signature):
            return name
    return None


def check_photo(data: bytes) -> bytes:
    if photo_format(data) is None:
        raise ValidationError(N_("The photo must be a JPEG or PNG picture."), field="photo")
    if len(data) > PHOTO_MAX_BYTES:
        raise ValidationError(N_("The photo is larger than {size} KB: choose a smaller "
                                 "picture."), field="photo", size=PHOTO_MAX_BYTES // 1000)
    return data


def photo_label(data: bytes | None) -> str | None:
    """What the audit log keeps of a photo: its kind, size and fingerprint, not the picture."""
    if data is None:
        return None
    digest = hashlib.sha256(data).hexdigest()[:12]
    return f"{photo_format(data) or '?'} {max(1, round(len(data) / 1000))} KB {digest}"
