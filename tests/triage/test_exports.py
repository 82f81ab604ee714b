"""XLSX exports: no personal data by default, formulas neutralised, personal data only when privileged."""

import pytest

from submissions.models import Vraagstuk
from submissions.triage.exports import export_rows, xlsx_bytes

from ..builders import make_vraagstuk
from .helpers import xlsx_cells

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://evil.example","klik")', "+1+1", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"]


def test_exported_cells_hold_text_not_formulas(no_questions):
    for formula in FORMULAS:
        make_vraagstuk(title=formula, organisation=formula, contact_name=formula)
    cells = xlsx_cells(xlsx_bytes(export_rows(Vraagstuk.objects.all(), with_personal_data=True)))
    values = [value for row in cells[1:] for value in row if isinstance(value, str)]
    for formula in FORMULAS:
        assert values.count("'" + formula) == 3
        assert formula not in values


def test_the_default_export_has_no_personal_data(no_questions):
    make_vraagstuk(contact_name="Geheime Naam", email="geheim@example.org", phone="0470 99 99 99")
    cells = xlsx_cells(xlsx_bytes(export_rows(Vraagstuk.objects.all())))
    flat = " ".join(str(value) for row in cells for value in row)
    assert "Gemeente Leiden" in flat
    for personal in ["Geheime Naam", "geheim@example.org", "0470 99 99 99"]:
        assert personal not in flat
