"""Packaged files: the CJK font, translations and icons (shipped as asc_desk.resources)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    return Path(str(files("asc_desk.resources").joinpath(*parts)))
