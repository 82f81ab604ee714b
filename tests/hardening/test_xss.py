"""The intake issue's hostile strings, everywhere they can appear, come out as text.

Public pages (a standard page and a case study whose title, summary and body hold
them, the case library, search results for them, the chapter PDF), the Wagtail admin
(explorer, editor, reports, the vraagstuk list, detail, edit, history, move and match
screens, education offers), the e-mails triage sends and the exports. The intake form,
thank-you page, status page and the intake e-mails are covered in
tests/submissions/test_hostile_strings.py with the same strings.
"""

import csv
import io
import re

from django.urls import reverse
from django.utils.html import escape

from wagtail.models import Page
from wagtail.rich_text import RichText

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from casestudies.factories import CaseStudyPageFactory, CaseStudyPartnerFactory
from casestudies.models import CaseStudyIndexPage
from playbook.models import PlaybookChapterPage
from portal.models import StandardPage
from submissions.models import EmailKind, Match, MatchStatus, Status
from submissions.triage.people import assign
from submissions.triage.workflow import move
from tests.builders import add_page, make_user, make_vraagstuk
from tests.submissions.test_hostile_strings import HOSTILE
from tests.triage.helpers import make_offer, queued_emails, xlsx_cells

pytestmark = pytest.mark.django_db

# A word no demo page contains, so a search for it finds exactly the hostile pages.
MARKER = "kbxssmarker"
# The strings that would become markup if a template forgot to escape them.
MARKUP = [text for text in HOSTILE if "<" in text]
# The strings a spreadsheet would run as a formula.
FORMULAS = [text for text in HOSTILE if text[0] in "=+-@"]
RAW_TAGS = re.compile(r"<script>alert|<img src=x onerror|<a href=\"javascript:|</textarea><b>", re.IGNORECASE)


# Data for scripts (JSON-LD, json_script): JSON, where quotes stay quotes and < > & become \u003C...
JSON_DATA = re.compile(r"<script[^>]*type=\"application/(?:ld\+)?json\"[^>]*>(.*?)</script>", re.DOTALL)


def without_json_data(html):
    for data in JSON_DATA.findall(html):
        assert "<" not in data and ">" not in data, data[:200]
    return JSON_DATA.sub("", html)


def assert_escaped(html, text):
    """The text is shown (escaped) and, when escaping changes it, never raw."""
    assert not RAW_TAGS.search(html), RAW_TAGS.search(html).group(0)
    html = without_json_data(html)
    assert escape(text) in html, f"{text!r} is not shown"
    if escape(text) != text:
        assert text not in html, f"{text!r} is shown unescaped"


@pytest.fixture
def superuser():
    return make_user("xss-admin", superuser=True)


@pytest.fixture
def dutch_home():
    return Page.objects.get(depth=2, locale__language_code="nl").specific


@pytest.fixture
def hostile_standard_page(request, dutch_home, django_capture_on_commit_callbacks):
    text = request.param
    page = StandardPage(
        title=f"{text} {MARKER}",
        slug=f"xss-{HOSTILE.index(text)}",
        summary=text,
        body=[
            ("text", RichText(f"<p>{escape(text)}</p>")),  # what the rich-text editor stores for typed text
            ("quote", {"quote": text, "attribution": text}),
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):  # search indexing runs on commit
        add_page(dutch_home, page)
    return text, page


@pytest.fixture
def hostile_case(request, django_capture_on_commit_callbacks):
    text = request.param
    library = CaseStudyIndexPage.objects.get(locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        case = CaseStudyPageFactory(
            parent=library,
            title=f"{text} {MARKER}",
            slug=f"xss-case-{HOSTILE.index(text)}",
            summary=text,
            neighbourhood=text,
            funding=text,
            contact_name=text,
            body=[
                ("text", RichText(f"<p>{escape(text)}</p>")),
                ("quote", {"quote": text, "attribution": text}),
            ],
        )
        CaseStudyPartnerFactory(page=case, name=text)
        case.save_revision().publish()
    return text, case, library


@pytest.mark.parametrize("hostile_standard_page", HOSTILE, indirect=True)
def test_a_standard_page_and_its_search_results(client, hostile_standard_page):
    text, page = hostile_standard_page
    html = client.get(page.url).content.decode()
    assert_escaped(html, text)
    assert html.count(escape(text)) >= 4  # <title>, h1, summary, body text, quote

    results = client.get(reverse("search:search"), {"q": MARKER}).content.decode()
    assert_escaped(results, text)
    echoed = client.get(reverse("search:search"), {"q": text}).content.decode()
    assert_escaped(echoed, text)


@pytest.mark.parametrize("hostile_case", HOSTILE, indirect=True)
def test_a_case_study_its_card_and_feed(client, hostile_case):
    text, case, library = hostile_case
    detail = client.get(case.url).content.decode()
    assert_escaped(detail, text)
    assert detail.count(escape(text)) >= 5  # title, summary, body, quote, partner, place facts

    assert_escaped(client.get(library.url).content.decode(), text)

    feed = client.get(library.url + library.reverse_subpage("feed"))
    assert feed.status_code == 200
    assert not RAW_TAGS.search(feed.content.decode())

    catalogue = client.get(library.url + library.reverse_subpage("catalogue_csv"))
    content = b"".join(catalogue.streaming_content) if catalogue.streaming else catalogue.content
    cells = [value for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for value in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
    assert any(text in cell for cell in cells)


def extracted_text(pdf):
    return " ".join("".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("text", MARKUP)
def test_the_chapter_pdf_prints_hostile_text_as_text(client, text):
    chapter = PlaybookChapterPage.objects.live().filter(locale__language_code="nl").first()
    chapter.title = text
    chapter.summary = text
    chapter.save_revision().publish()

    html = client.get(chapter.url).content.decode()
    assert_escaped(html, text)
    response = client.get(chapter.url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert " ".join(text.split()) in extracted_text(content)


@pytest.mark.parametrize("hostile_standard_page", HOSTILE, indirect=True)
def test_the_page_admin_shows_hostile_titles_escaped(client, superuser, hostile_standard_page, dutch_home):
    text, page = hostile_standard_page
    client.force_login(superuser)
    for url in [
        reverse("wagtailadmin_explore", args=[dutch_home.pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:search") + f"?q={MARKER}",
        reverse("portal_reports:translation_status"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert escape(text) in html, url
        assert not RAW_TAGS.search(html), url


@pytest.fixture
def hostile_question(request, superuser):
    text = request.param
    vraagstuk = make_vraagstuk(
        title=text,
        organisation=text,
        contact_name=text,
        description=text,
        neighbourhood=text,
        status=Status.SEEKING_MATCH,
    )
    # Matched with an offer whose name is hostile too: the partner's message names it.
    Match.objects.create(vraagstuk=vraagstuk, offer=make_offer(text), status=MatchStatus.ACCEPTED)
    move(vraagstuk, Status.MATCHED, superuser, note=text, public_message=text)
    return text, vraagstuk


@pytest.mark.parametrize("hostile_question", HOSTILE, indirect=True)
def test_the_triage_admin_shows_hostile_text_escaped(client, superuser, hostile_question):
    text, vraagstuk = hostile_question
    client.force_login(superuser)
    namespace = "submissions_vraagstuk"
    for url in [
        reverse(f"{namespace}:list"),
        reverse(f"{namespace}:list") + "?q=" + vraagstuk.reference,
        reverse(f"{namespace}:inspect", args=[vraagstuk.pk]),
        reverse(f"{namespace}:edit", args=[vraagstuk.pk]),
        reverse(f"{namespace}:history", args=[vraagstuk.pk]),
        reverse(f"{namespace}:move", args=[vraagstuk.pk]),
        reverse(f"{namespace}:match", args=[vraagstuk.pk]),
        reverse("education_offers:index"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert escape(text) in html, url
        assert not RAW_TAGS.search(html), url


@pytest.mark.parametrize("hostile_question", HOSTILE, indirect=True)
def test_triage_emails_carry_hostile_text_verbatim_in_text_and_escaped_in_html(superuser, hostile_question):
    text, vraagstuk = hostile_question
    coordinator = make_user("xss-coordinator", group="Triage coordinators")
    assign(vraagstuk, coordinator, superuser)
    emails = {email.kind: email for email in queued_emails(vraagstuk)}
    for kind in (EmailKind.STATUS_UPDATE, EmailKind.ASSIGNMENT):
        email = emails[kind]
        assert text in email.body_text, kind
        assert_escaped(email.body_html, text)


@pytest.mark.parametrize("hostile_question", HOSTILE, indirect=True)
def test_the_personal_data_export_holds_text_and_no_formulas(client, superuser, hostile_question):
    text, vraagstuk = hostile_question
    client.force_login(superuser)
    response = client.get(reverse("submissions_vraagstuk:export_personal"), {"q": vraagstuk.reference})
    assert response.status_code == 200
    cells = [value for row in xlsx_cells(response.content)[1:] for value in row if isinstance(value, str)]
    expected = "'" + text if text in FORMULAS else text
    assert cells.count(expected) >= 3  # title, organisation, contact name
    if text in FORMULAS:
        assert text not in cells


def xlsx_text_cells(content):
    """(value, type) of every cell: "f" is a formula a spreadsheet would run."""
    sheet = load_workbook(io.BytesIO(content)).active
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("hostile_standard_page", FORMULAS, indirect=True)
def test_report_exports_hold_no_formulas(client, superuser, hostile_standard_page):
    """The editorial reports export page titles (an editor's, or a partner's through the
    knowledge cycle); in a spreadsheet they must stay text."""
    _text, page = hostile_standard_page
    client.force_login(superuser)
    report = reverse("portal_reports:translation_status")

    response = client.get(report, {"export": "csv"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    cells = [value for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for value in row]
    assert "'" + page.title in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]

    response = client.get(report, {"export": "xlsx"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    cells = xlsx_text_cells(content)
    assert ("'" + page.title, "s") in cells  # the same safe cell as in the CSV
    assert (page.title, "s") not in cells
    assert not [value for value, data_type in cells if data_type == "f"]
