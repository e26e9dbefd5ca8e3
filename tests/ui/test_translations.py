"""The shipped zh_CN translation is complete, compiled, and in step with the sources."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import asc_desk

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


# Where translate() is given a variable on purpose: the text was marked where it was written
# (N_ in the catalogue's "" context, or a page's own title() with self.tr).
_VARIABLE_TEXT_OK = {"i18n.py", "error_text.py", "start_shell.py", "week_table_model.py",
                     "report_output.py"}


def test_translate_is_given_literal_texts():
    """lupdate extracts only literal texts: a helper such as `_tr(text)` calling
    translate("Ctx", text) leaves its strings out of the .ts, and the window shows them in
    English (the Today page's buttons did, once)."""
    import ast

    offenders = []
    for path in Path(asc_desk.__file__).parent.rglob("*.py"):
        if path.name in _VARIABLE_TEXT_OK:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("translate", "tr")
                    and not (isinstance(node.func.value, ast.Name)
                             and node.func.value.id not in ("QCoreApplication", "self"))):
                index = 1 if node.func.attr == "translate" else 0
                if len(node.args) > index and not isinstance(node.args[index], ast.Constant):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
