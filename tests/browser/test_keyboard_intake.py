"""Issue 8: the intake form can be completed and submitted with Tab, Shift-Tab, Space and Enter.

Debian's Chromium, driven by key presses only: Tab and Shift+Tab move, Space ticks boxes and
opens the file chooser, Enter follows the skip link and sends the form, text is typed. Two
more keyboard keys do what a keyboard user does with them: letters pick an option in a
closed <select> (type-ahead) and ArrowDown moves within the radio group. Every step checks
which control has focus, so the test also pins the tab order, and that the honeypot is no
tab stop. The time trap keeps its real length: the test waits it out before sending.
"""

import re
import time

from django.conf import settings
from django.utils import translation

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from portal.models import OrganisationType, Place
from submissions.forms import VraagstukForm
from submissions.models import ConsentKind, HelpKind, PartnerOffer, SubmissionGuidePage, Timing, Vraagstuk
from tests.submissions.helpers import FORM_URL, PROBLEM, REQUIRED, pdf_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["nl", "en"]
ANSWERS = {
    "organisation": "Buurtvereniging Café De Ruïne",
    "organisation_type": "bewonersgroep",
    "contact_name": "Noor van den Berg",
    "email": "noor@buurtvereniging.example",
    "phone": "+31 71 516 00 00",
    "title": "Hoe krijgen we jongeren naar de buurtmoestuin?",
    "description": "Onze moestuin draait op vijf vrijwilligers boven de zeventig.\nWie neemt het over?",
    "themes": {"duurzaamheid", "eenzaamheid"},
    "place": "leiden",
    "neighbourhood": "Leiden-Noord",
    "help_kinds": [HelpKind.RESEARCH, HelpKind.DESIGN],
    "partner_offers": [PartnerOffer.ACCESS, PartnerOffer.CONTACT],
    "timing": Timing.NEXT_YEAR,
    "timing_details": "Het liefst na de zomer.",
    "consents": {ConsentKind.CONTACT: True, ConsentKind.PUBLICATION: False, ConsentKind.NAMING: True},
}
MISTYPED_EMAIL = "noor@buurtvereniging.exmaple"
ATTACHMENT = {"name": "buurtkaart.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}
REFERENCE = re.compile(r"KB-\d{4}-\d{4}")

# What has focus: a choice as name=value, a single control by name or id, a link by its href.
FOCUSED = """() => {
  const element = document.activeElement;
  const single = element.type === "checkbox" && !element.hasAttribute("value");
  if (element.matches("input[type=checkbox], input[type=radio]") && !single) {
    return `${element.name}=${element.value}`;
  }
  if (element.matches("button[type=submit]")) return "submit";
  return element.name || element.id || element.getAttribute("href") || element.tagName.toLowerCase();
}"""
FOCUSED_VALUE = "() => document.activeElement.value"
FOCUSED_CHECKED = "() => document.activeElement.checked"


@pytest.fixture
def attachments_folder(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def focused(page):
    return page.evaluate(FOCUSED)


def press(page, key, expected):
    page.keyboard.press(key)
    reached = focused(page)
    assert reached == expected, f"{key} moved focus to {reached!r}, expected {expected!r}"


def tab_to(page, expected):
    press(page, "Tab", expected)


def open_file_chooser_with_space(page):
    """Space on the focused file field opens the chooser; Playwright stands in for the operating
    system's dialog. On a machine under heavy load Chromium has let a first press pass without
    a chooser (the field kept focus): the visitor presses again, and so does this test."""
    for timeout in (10_000, 30_000):
        try:
            with page.expect_file_chooser(timeout=timeout) as chooser:
                page.keyboard.press("Space")
            return chooser.value
        except PlaywrightTimeoutError:
            assert focused(page) == "attachments"
    raise AssertionError("Space on the attachments field never opened the file chooser")


def tick_in_group(page, name, values, chosen):
    """Tabs through every box of a group in order, ticking the chosen ones with Space."""
    for value in values:
        tab_to(page, f"{name}={value}")
        if value in chosen:
            page.keyboard.press("Space")
        assert page.evaluate(FOCUSED_CHECKED) == (value in chosen), f"{name}={value}"


def choose_by_first_letter(page, label, key):
    """Type-ahead in a closed <select>: each press of a letter selects the next option starting
    with it. One letter at a time, because a longer word is cut in two when a slow machine takes
    more than a second between two key presses."""
    options = page.evaluate("() => document.activeElement.options.length")
    for _ in range(options):
        page.keyboard.press(label[0])
        if page.evaluate(FOCUSED_VALUE) == key:
            return
    raise AssertionError(f"pressing {label[0]!r} never selected {label!r}")


def choose_radio(page, name, values, chosen):
    """Tab enters an unticked group on its first option; ArrowDown moves and ticks."""
    tab_to(page, f"{name}={values[0]}")
    for value in values[1 : values.index(chosen) + 1]:
        press(page, "ArrowDown", f"{name}={value}")
    if chosen == values[0]:
        page.keyboard.press("Space")
    assert page.evaluate(FOCUSED_CHECKED)


def localized(language):
    with translation.override(language):
        guide = SubmissionGuidePage.for_active_language()
        form = VraagstukForm()
        return {
            "guide": guide.url,
            "privacy": guide.localized_privacy_page().url,
            "themes": list(form.fields["themes"].queryset.values_list("key", flat=True)),
            "organisation_type": OrganisationType.objects.in_active_locale()
            .get(key=ANSWERS["organisation_type"])
            .name,
            "place": Place.objects.in_active_locale().get(key=ANSWERS["place"]).name,
        }


def open_the_form(page, base_url, language):
    """Loads the form and takes the skip link; returns when the form was rendered (time trap)."""
    page.goto(base_url + FORM_URL[language])
    rendered = time.monotonic()
    assert page.locator("html").get_attribute("lang") == language
    tab_to(page, "#main")  # the first tab stop of the page is the skip link
    press(page, "Enter", "main")
    return rendered


def fill_in_the_form(page, language, *, attach, leave_title_empty=False):
    """Walks the whole form in tab order from the top of the main content."""
    texts = localized(language)
    tab_to(page, texts["guide"])  # breadcrumbs
    tab_to(page, texts["guide"])  # "read first what fits"

    tab_to(page, "organisation")
    page.keyboard.type(ANSWERS["organisation"])
    tab_to(page, "organisation_type")
    choose_by_first_letter(page, texts["organisation_type"], ANSWERS["organisation_type"])
    tab_to(page, "contact_name")
    page.keyboard.type(ANSWERS["contact_name"])
    tab_to(page, "email")
    page.keyboard.type(MISTYPED_EMAIL)
    tab_to(page, "phone")
    # Spots the typo: back with Shift+Tab, which selects the field's text, and types over it.
    press(page, "Shift+Tab", "email")
    page.keyboard.type(ANSWERS["email"])
    assert page.evaluate(FOCUSED_VALUE) == ANSWERS["email"]
    tab_to(page, "phone")
    page.keyboard.type(ANSWERS["phone"])

    tab_to(page, "title")
    if not leave_title_empty:
        page.keyboard.type(ANSWERS["title"])
    tab_to(page, "description")
    page.keyboard.type(ANSWERS["description"])  # its line break is an Enter: a new line, no submit
    assert page.evaluate(FOCUSED_VALUE) == ANSWERS["description"]
    tick_in_group(page, "themes", texts["themes"], ANSWERS["themes"])
    tab_to(page, "place")
    choose_by_first_letter(page, texts["place"], ANSWERS["place"])
    tab_to(page, "neighbourhood")
    page.keyboard.type(ANSWERS["neighbourhood"])

    tick_in_group(page, "help_kinds", HelpKind.values, ANSWERS["help_kinds"])
    tab_to(page, "help_details")
    tick_in_group(page, "partner_offers", PartnerOffer.values, ANSWERS["partner_offers"])
    tab_to(page, "offer_details")
    choose_radio(page, "timing", Timing.values, ANSWERS["timing"])
    tab_to(page, "timing_details")
    page.keyboard.type(ANSWERS["timing_details"])
    tab_to(page, "attachments")
    if attach:
        open_file_chooser_with_space(page).set_files(ATTACHMENT)
        assert focused(page) == "attachments"
        assert page.evaluate("() => [...document.activeElement.files].map(file => file.name)") == [
            ATTACHMENT["name"]
        ]

    tab_to(page, texts["privacy"])
    for kind in ConsentKind.values:
        tab_to(page, f"consent_{kind}")
        if ANSWERS["consents"][kind]:
            page.keyboard.press("Space")
        assert page.evaluate(FOCUSED_CHECKED) == ANSWERS["consents"][kind]
    # Straight from the last consent to the button: the honeypot is no tab stop.
    tab_to(page, "submit")


def wait_out_the_time_trap(page, rendered):
    remaining = settings.SUBMISSION_MIN_FORM_SECONDS + 0.5 - (time.monotonic() - rendered)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)


def send_with_enter(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_received(page, questions_before, *, attached):
    """The receipt shows the reference of the one new row, which holds what was typed."""
    reference = page.locator(".kb-reference").inner_text()
    assert REFERENCE.fullmatch(reference), reference
    assert Vraagstuk.objects.count() == questions_before + 1
    stored = Vraagstuk.objects.get(email=ANSWERS["email"])
    assert stored.reference == reference
    for name in ("organisation", "contact_name", "phone", "title", "neighbourhood", "timing_details"):
        assert getattr(stored, name) == ANSWERS[name], name
    assert stored.description.replace("\r\n", "\n") == ANSWERS["description"]  # browsers send CRLF
    assert stored.organisation_type.key == ANSWERS["organisation_type"]
    assert stored.place.key == ANSWERS["place"]
    assert set(stored.themes.values_list("key", flat=True)) == ANSWERS["themes"]
    assert stored.help_kinds == ANSWERS["help_kinds"]
    assert stored.partner_offers == ANSWERS["partner_offers"]
    assert stored.timing == ANSWERS["timing"]
    assert (stored.help_details, stored.offer_details) == ("", "")
    assert dict(stored.consents.values_list("kind", "given")) == ANSWERS["consents"]
    names = list(stored.attachments.values_list("original_name", flat=True))
    assert names == ([ATTACHMENT["name"]] if attached else [])
    return stored


def test_the_honeypot_is_hidden_from_keyboard_and_screen_readers(live_server, page):
    page.goto(live_server.url + FORM_URL["nl"])
    honeypot = page.locator("#id_website")
    assert honeypot.get_attribute("tabindex") == "-1"
    expect(page.locator(".kb-honeypot")).to_have_attribute("aria-hidden", "true")


@pytest.mark.usefixtures("attachments_folder")
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_is_completed_and_sent_with_the_keyboard(live_server, page, language):
    assert settings.SUBMISSION_MIN_FORM_SECONDS > 0  # the real time trap, not switched off
    questions_before = Vraagstuk.objects.count()
    rendered = open_the_form(page, live_server.url, language)
    fill_in_the_form(page, language, attach=True)
    wait_out_the_time_trap(page, rendered)
    send_with_enter(page)
    stored = assert_received(page, questions_before, attached=True)
    assert stored.language == language


@pytest.mark.usefixtures("attachments_folder")
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_answer_is_found_corrected_and_sent_with_the_keyboard(live_server, page, language):
    other = next(code for code in LANGUAGES if code != language)
    questions_before = Vraagstuk.objects.count()
    rendered = open_the_form(page, live_server.url, language)
    fill_in_the_form(page, language, attach=False, leave_title_empty=True)
    wait_out_the_time_trap(page, rendered)
    send_with_enter(page)

    # The error summary has focus and speaks the page's language; nothing was stored.
    assert focused(page) == "error-summary"
    summary = page.locator("#error-summary").inner_text()
    assert PROBLEM[language] in summary and REQUIRED[language] in summary
    assert PROBLEM[other] not in summary and REQUIRED[other] not in summary
    assert Vraagstuk.objects.count() == questions_before

    # Tab reaches the summary's one link; Enter on it puts focus in the empty field.
    tab_to(page, "#id_title")
    assert REQUIRED[language] in page.evaluate("() => document.activeElement.textContent")
    press(page, "Enter", "title")
    assert page.evaluate("() => document.activeElement.getAttribute('aria-invalid')") == "true"
    page.keyboard.type(ANSWERS["title"])
    send_with_enter(page)  # Enter in a text field sends the form

    assert_received(page, questions_before, attached=False)
