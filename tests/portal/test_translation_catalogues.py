"""Every interface string exists in Dutch, and the shipped .mo files match their .po sources."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("*/locale/nl/LC_MESSAGES/django.po"))


def test_there_are_catalogues():
    assert ROOT / "site/locale/nl/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_every_string_is_translated(po_path):
    catalogue = polib.pofile(str(po_path))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"untranslated in {po_path}: {missing[:10]}"
    assert not fuzzy, f"fuzzy in {po_path}: {fuzzy[:10]}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-5])
def test_compiled_catalogue_matches_its_source(po_path):
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(po_path)).translated_entries()
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(po_path.with_suffix(".mo")))
        if entry.msgid
    }
    assert compiled == source, f"run: python manage.py compilemessages (for {po_path})"
