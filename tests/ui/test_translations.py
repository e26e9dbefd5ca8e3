"""The shipped zh_CN translation is complete, compiled, and in step with the sources."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "asc_desk_zh_CN.ts"
QM = TS.with_suffix(".qm")
FIELD = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> list[tuple[str, str, str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            out.append((name, message.findtext("source") or "",
                        (translation.text or "") if translation is not None else "", kind))
    return out


def test_every_message_is_translated_with_the_same_fields():
    found = messages(TS)
    assert len(found) > 40
    for context, source, translation, kind in found:
        assert kind not in ("unfinished", "missing", "vanished", "obsolete"), (context, source)
        assert translation.strip(), (context, source)
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation)), source


def test_compiled_qm_matches_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation, _kind in messages(TS):
        assert translator.translate(context, source) == translation, source


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate not installed beside this Python")
def test_ts_lists_every_string_of_the_sources(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sys.path.insert(0, str(TS.parent))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    update_translations.lupdate(copy)
    fresh = {(c, s) for c, s, _t, _k in messages(copy)}
    shipped = {(c, s) for c, s, _t, _k in messages(TS)}
    assert fresh == shipped, "run resources/translations/update_translations.py and translate"
