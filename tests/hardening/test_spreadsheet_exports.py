"""Every CSV and XLSX export writes its cells through portal.spreadsheet_cells.safe_cell:
hostile text (formulas, control characters XLSX cannot hold) comes out as inert text."""

import csv
import io

from django.urls import reverse
from django.utils.text import slugify

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from portal.spreadsheet_cells import safe_cell
from submissions.models import Vraagstuk
from submissions.triage.exports import export_rows, xlsx_bytes

from ..builders import home, make_vraagstuk, standard_page
from ..triage.helpers import xlsx_cells

pytestmark = pytest.mark.django_db

# What each hostile text must become in a cell.
HOSTILE = {
    '=HYPERLINK("http://evil.example","klik")': '\'=HYPERLINK("http://evil.example","klik")',
    "+31 6 12 34 56 78": "'+31 6 12 34 56 78",
    "-2+3 Kwetsbare wijk": "'-2+3 Kwetsbare wijk",
    "@SUM(A1:A2) Buurthuis": "'@SUM(A1:A2) Buurthuis",
    "\t=1+1 tab": "'\t=1+1 tab",
    "\r=1+1 return": "'\r=1+1 return",
    "Bel\x07 en\x0b vorm\x1b": "Bel en vorm",
    "\x01=cmd|' /C calc'!A0": "'=cmd|' /C calc'!A0",
}


@pytest.mark.parametrize(("text", "cell"), [*HOSTILE.items(), ("nul\x00teken", "nulteken")])
def test_safe_cell(text, cell):
    assert safe_cell(text) == cell


@pytest.mark.parametrize("value", ["gewone tekst", "KB-2026-0001", "", "a=b", "regel\nregel", 42, None])
def test_other_values_are_left_alone(value):
    assert safe_cell(value) == value


def assert_inert(cells, found_in):
    for text, cell in HOSTILE.items():
        assert cell in cells, f"{found_in}: {text!r} should be the cell {cell!r}"
        assert text not in cells or text == cell, f"{found_in}: {text!r} was written as it is"


def xlsx_strings(content):
    return {value for row in xlsx_cells(content) for value in row if isinstance(value, str)}


def csv_strings(content):
    return {
        value for row in csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")) for value in row
    }


def test_the_triage_exports(admin_client):
    Vraagstuk.objects.all().delete()  # the demo's questions; rolled back after the test
    for text in HOSTILE:
        make_vraagstuk(title=text, organisation=text, contact_name=text)
    assert_inert(xlsx_strings(xlsx_bytes(export_rows(Vraagstuk.objects.all(), True))), "personal export")
    response = admin_client.get(reverse("submissions_vraagstuk:export"))
    assert response.status_code == 200
    assert_inert(xlsx_strings(response.content), "triage export")


def test_the_case_catalogue(client):
    library = CaseStudyIndexPage.objects.get(locale__language_code="nl")
    for number, text in enumerate(HOSTILE):
        CaseStudyPageFactory(parent=library, title=text, slug=f"vijandig-{number}", summary=text)
    response = client.get(library.url + "export/csv/")
    assert response.status_code == 200
    assert_inert(csv_strings(response.content), "case catalogue")


@pytest.mark.parametrize("report", ["portal_reports:content_health", "portal_reports:translation_status"])
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_editorial_reports(admin_client, report, export_format):
    for number, text in enumerate(HOSTILE):
        # No summary: the content-health report lists it; no translation: so does the other.
        standard_page(home(), text, slug=slugify(f"vijandig {number}"), summary="")
    response = admin_client.get(reverse(report), {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    strings = csv_strings(content) if export_format == "csv" else xlsx_strings(content)
    assert_inert(strings, f"{report} {export_format}")
