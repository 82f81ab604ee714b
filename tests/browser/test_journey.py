"""The end-to-end journey of issue 8, in Debian's Chromium against the live server.

A visitor reads the library in both languages; a partner submits a vraagstuk and
follows it through the private link in the acknowledgement that a real SMTP server
on loopback received (delivered by the database task queue and its worker, as in
production); a coordinator then takes it through triage in the Wagtail admin to a
draft case study, while the partner's status page shows every public step.
"""

import io
import re
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from playbook.models import PlaybookChapterPage, ReflectionExercisePage
from submissions.models import PUBLIC_LABELS, Status, Vraagstuk
from tests.submissions.helpers import status_link
from tests.submissions.smtp import LoopbackSMTPServer, free_port
from tests.triage.helpers import make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "journey-coordinator-password-42"
PARTNER_EMAIL = "journey.partner@example.org"


@pytest.fixture
def smtp_server(settings):
    """Real SMTP on a free loopback port, reached through the database queue like production."""
    server = LoopbackSMTPServer(free_port())
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.SUBMISSION_MIN_FORM_SECONDS = 0  # the time trap: a browser fills the form in well under 3 s
    yield server
    server.stop()


def run_worker():
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)


def path_of(url):
    return urlsplit(url).path


def linked_case():
    """A Dutch case study that links to a draaiboek chapter: the case, the chapter and a theme of it."""
    for case in CaseStudyPage.objects.live().filter(locale__language_code="nl").order_by("path"):
        chapters = PlaybookChapterPage.objects.live().filter(
            case_study_links__case_study=case, locale__language_code="nl"
        )
        theme = case.themes.first()
        if chapters and theme:
            return case, chapters.first(), theme
    raise AssertionError("the demo content has no case study that links to a draaiboek chapter")


def test_a_visitor_reads_the_library_in_both_languages(live_server, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    # Lands on / and is sent to the Dutch home page.
    page.goto(live_server.url + "/")
    assert path_of(page.url) == "/nl/"
    assert page.locator("html").get_attribute("lang") == "nl"

    # Switches to English and back with the language switcher.
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".language-switcher a[hreflang=nl]").click()
    page.wait_for_url(re.compile(r"/nl/$"))
    assert page.locator("html").get_attribute("lang") == "nl"

    # Filters the case library on one of a linked case's themes, then opens that case.
    case, chapter, theme = linked_case()
    library = CaseStudyIndexPage.objects.live().get(locale__language_code="nl")
    page.goto(live_server.url + library.url)
    unfiltered = page.locator(".case-cards > li").count()
    page.locator(f".case-filters a[href*='theme={theme.key}']").first.click()
    page.wait_for_url(re.compile(f"theme={theme.key}"))
    cards = page.locator(".case-cards > li")
    assert 0 < cards.count() <= unfiltered
    expect(page.locator(".facet-filters__active")).to_contain_text(theme.name)
    page.locator(f".case-cards a[href='{case.url}']").click()
    page.wait_for_url(f"**{case.url}")
    expect(page.locator("h1")).to_have_text(case.title)

    # Reads a linked draaiboek chapter and downloads its PDF.
    page.locator(f".case-study__references a[href='{chapter.url}']").click()
    page.wait_for_url(f"**{chapter.url}")
    expect(page.locator("h1")).to_have_text(chapter.title)
    # Headless Chromium opens a PDF in its viewer instead of saving it, and hands the viewer's
    # wrapper to Playwright as the body: the link's response proves the type, and the context's
    # own request client (same cookies) fetches the bytes a download would save.
    pdf_url = live_server.url + page.locator("a[type='application/pdf']").first.get_attribute("href")
    with page.expect_response(pdf_url) as response_info:
        page.locator("a[type='application/pdf']").first.click()
    assert response_info.value.status == 200
    assert response_info.value.headers["content-type"] == "application/pdf"
    content = page.context.request.get(pdf_url).body()
    assert content.startswith(b"%PDF-")
    text = "".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(content)).pages)
    assert chapter.title.split()[0] in text

    # Types answers in a reflection exercise; they are still there after a reload.
    exercise = ReflectionExercisePage.objects.live().filter(locale__language_code="nl").first()
    page.goto(live_server.url + exercise.url)
    page.locator("#answer-1").fill("Wie zijn onze partners? De wijkraad.")
    page.locator("#answer-2").fill("Wat willen de studenten leren?")
    page.reload()
    assert page.locator("#answer-1").input_value() == "Wie zijn onze partners? De wijkraad."
    assert page.locator("#answer-2").input_value() == "Wat willen de studenten leren?"

    # Searches for the case it read, with the search box in the header.
    page.locator("#site-search-query").fill(case.title)
    page.locator("#site-search-query").press("Enter")
    page.wait_for_url(re.compile(r"/nl/zoeken/\?"))
    expect(page.locator(".search-results")).to_contain_text(case.title)

    assert not errors, errors


def fill_in_the_intake_form(page):
    page.fill("#id_organisation", "Buurtvereniging De Journey")
    page.select_option("#id_organisation_type", "bewonersgroep")
    page.fill("#id_contact_name", "Journey Partner")
    page.fill("#id_email", PARTNER_EMAIL)
    page.fill("#id_title", "Hoe betrekken we jongeren bij de buurtmoestuin?")
    page.fill("#id_description", "Onze moestuin draait op vijf vrijwilligers boven de zeventig.")
    page.check("input[name=themes][value=eenzaamheid]")
    page.select_option("#id_place", "leiden")
    page.check("input[name=help_kinds][value=research]")
    page.check("input[name=partner_offers][value=information]")
    page.check("input[name=timing][value=next_year]")
    page.check("#id_consent_contact")
    page.check("#id_consent_publication")
    page.check("#id_consent_naming")


def partner_submits_and_opens_the_status_link(live_server, page, smtp_server):
    page.goto(live_server.url + "/nl/")
    page.goto(live_server.url + "/nl/vraagstuk/formulier/")
    fill_in_the_intake_form(page)
    with page.expect_navigation():
        page.click(".kb-form button[type=submit]")
    vraagstuk = Vraagstuk.objects.get(email=PARTNER_EMAIL)
    expect(page.locator(".kb-reference")).to_have_text(vraagstuk.reference)

    run_worker()
    acknowledgements = smtp_server.inbox.to(PARTNER_EMAIL)
    assert len(acknowledgements) == 1
    body = acknowledgements[0].get_body(("plain",)).get_content()
    assert vraagstuk.reference in body
    link = status_link(body)
    assert link.startswith(live_server.url)

    page.goto(link)
    expect(page.locator(".kb-reference")).to_have_text(vraagstuk.reference)
    return vraagstuk, link


def coordinator(username="journey-coordinator"):
    user = get_user_model().objects.create_user(
        username, f"{username}@kennisbrug.example", PASSWORD, first_name="Journey", last_name="Coordinator"
    )
    user.groups.add(Group.objects.get(name="Triage coordinators"))
    return user


def log_in(page, base_url, user):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert path_of(page.url) == "/admin/"


def triage_url(name, vraagstuk):
    return reverse(f"submissions_vraagstuk:{name}", args=[vraagstuk.pk])


def move(page, vraagstuk, to_status, message, delivered=""):
    page.locator(f"a[href='{triage_url('move', vraagstuk)}']").first.click()
    form = page.locator("form:has(input[name=to_status])")
    form.locator(f"input[name=to_status][value={to_status}]").check()
    if delivered:
        form.locator("textarea[name=delivered]").fill(delivered)
    form.locator("textarea[name=public_message]").fill(message)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == to_status, page.locator(".messages").all_inner_texts()


def partner_sees(partner, link, status, message):
    """The status page shows the public label of the status and the step in the timeline."""
    partner.goto(link)
    with translation.override("nl"):
        label = str(PUBLIC_LABELS[status])
    expect(partner.locator(".facts")).to_contain_text(label)
    expect(partner.locator(".kb-timeline")).to_contain_text(message)


def test_a_question_goes_from_the_form_through_triage_to_a_draft_case_study(
    live_server, page, new_context, smtp_server
):
    vraagstuk, link = partner_submits_and_opens_the_status_link(live_server, page, smtp_server)
    with translation.override("nl"):
        expect(page.locator(".facts")).to_contain_text(str(PUBLIC_LABELS[Status.RECEIVED]))
    offer = make_offer("Buurtonderzoek", themes=("eenzaamheid",))

    staff = coordinator()
    admin = new_context().new_page()
    log_in(admin, live_server.url, staff)

    # Finds the question in the triage list and opens it.
    admin.goto(live_server.url + reverse("submissions_vraagstuk:list"))
    admin.locator("tbody tr").get_by_role("link", name=vraagstuk.reference).click()  # the triage view
    expect(admin.locator("main")).to_contain_text(vraagstuk.reference)

    # Assigns it to themself.
    admin.locator(f"a[href='{triage_url('assign', vraagstuk)}']").click()
    admin.select_option("select[name=assignee]", str(staff.pk))
    with admin.expect_navigation():
        admin.locator("form:has(select[name=assignee]) button[type=submit]").click()
    vraagstuk.refresh_from_db()
    assert vraagstuk.assignee == staff

    public_steps = [
        (Status.INTAKE, "We bellen u deze week voor een intakegesprek."),
        (Status.SEEKING_MATCH, "We zoeken een passende opleiding."),
    ]
    for to_status, message in public_steps:
        move(admin, vraagstuk, to_status, message)
        partner_sees(page, link, to_status, message)

    # Matches it with the offer: propose, then accept (no message of their own: the partner reads
    # the answer template, which names the offer).
    admin.locator(f"a[href='{triage_url('match', vraagstuk)}']").click()
    with admin.expect_navigation():
        admin.locator(f"form:has(input[name=offer][value='{offer.pk}']) button[value=propose]").click()
    with admin.expect_navigation():
        admin.locator("form:has(input[name=match]) button[value=accept]").click()
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.MATCHED
    assert vraagstuk.matches.get().offer == offer
    partner_sees(page, link, Status.MATCHED, "Buurtonderzoek")

    admin.goto(live_server.url + triage_url("inspect", vraagstuk))
    closing_steps = [
        (Status.IN_PROGRESS, "De studenten van Buurtonderzoek zijn gestart.", ""),
        (Status.COMPLETED, "Dank voor de samenwerking!", "een eindrapport en een poster."),
    ]
    for to_status, message, delivered in closing_steps:
        move(admin, vraagstuk, to_status, message, delivered)
        partner_sees(page, link, to_status, message)
    partner_sees(page, link, Status.COMPLETED, "een eindrapport en een poster.")
    timeline = page.locator(".kb-timeline > li")
    expect(timeline).to_have_count(1 + len(public_steps) + 1 + len(closing_steps))

    # The knowledge cycle: a Dutch draft case study.
    with admin.expect_navigation():
        admin.locator(f"form[action='{triage_url('case_study', vraagstuk)}'] button").click()
    draft = CaseStudyPage.objects.get(
        vraagstuk_reference=vraagstuk.reference, locale__language_code=vraagstuk.language
    )  # the English translation waits beside it
    assert not draft.live
    assert draft.title == vraagstuk.title
    # The success message; the page editor it redirects to is for editors (reported to issue 6:
    # a coordinator without page permissions lands on the dashboard with "no access" as well).
    expect(admin.locator(".messages .success")).to_have_count(1)
    page.goto(live_server.url + draft.get_parent().url)  # a draft: not in the public library
    expect(page.locator("main")).not_to_contain_text(vraagstuk.title)

    # The partner got the acknowledgement and an e-mail for each move, the match included.
    run_worker()
    updates = smtp_server.inbox.to(PARTNER_EMAIL)
    assert len(updates) == 1 + len(public_steps) + 1 + len(closing_steps)
    bodies = " ".join(message.get_body(("plain",)).get_content() for message in updates)
    for _status, message, *_delivered in public_steps + closing_steps:
        assert message in bodies
    assert "Buurtonderzoek" in bodies  # the match's e-mail names the offer
