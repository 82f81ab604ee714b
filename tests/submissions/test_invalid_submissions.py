"""Bad input never stores anything or sends anything, and is answered in the form's language."""

import re
import time

from django.core import mail
from django.test import Client

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from submissions.form_token import issue_form_token
from submissions.models import OutgoingEmail, SubmissionKey, Vraagstuk

from .helpers import FORM_URL, PROBLEM, REQUIRED, pdf_bytes, upload, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

REQUIRED_FIELDS = [
    "organisation",
    "organisation_type",
    "contact_name",
    "email",
    "title",
    "description",
    "help_kinds",
    "partner_offers",
    "timing",
    "consent_contact",
]
SINGLE_LINE_FIELDS = ["organisation", "contact_name", "title", "neighbourhood"]
FREE_TEXT_FIELDS = ["description", "help_details", "offer_details", "timing_details"]
CHOICE_FIELDS = {
    "organisation_type": "bestaat-niet",
    "place": "atlantis",
    "timing": "gisteren",
    "themes": ["geen-thema"],
    "help_kinds": ["toverij"],
    "partner_offers": ["geld"],
}


def case(name, field, files=None, **overrides):
    return pytest.param(overrides, files or {}, field, id=name)


CURATED = [
    *[case(f"{field} empty", field, **{field: None}) for field in REQUIRED_FIELDS],
    *[
        case(f"{field} blank", field, **{field: "   "})
        for field in ("organisation", "contact_name", "title", "description")
    ],
    case("place and neighbourhood empty", "neighbourhood", place="", neighbourhood=""),
    *[
        case(f"e-mail {address!r}", "email", email=address)
        for address in (
            "geen-adres",
            "an@",
            "@example.org",
            "an@@example.org",
            "an peeters@example.org",
            "an@example",
            "an@exa mple.org",
            "an@example.org\nBcc: all@example.org",
            "<an@example.org>",
            "a" * 250 + "@example.org",
        )
    ],
    *[case(f"{field} 201 characters", field, **{field: "x" * 201}) for field in SINGLE_LINE_FIELDS],
    *[case(f"{field} 10,001 characters", field, **{field: "y" * 10_001}) for field in FREE_TEXT_FIELDS],
    case("phone 41 characters", "phone", phone="0" * 41),
    case("phone with letters", "phone", phone="bel me maar"),
    case("NUL in title", "title", title="Eenzaamheid\x00"),
    case("NUL in description", "description", description="Tekst\x00met nul"),
    case("bell in organisation", "organisation", organisation="Gemeente\x07Leiden"),
    case("escape in contact name", "contact_name", contact_name="An\x1b[31mPeeters"),
    case("DEL in neighbourhood", "neighbourhood", neighbourhood="Noord\x7f"),
    case("vertical tab in description", "description", description="regel\x0bregel"),
    case("form feed in offer details", "offer_details", offer_details="a\x0cb"),
    case("line break in title", "title", title="Twee\nregels"),
    case("tab in organisation", "organisation", organisation="Gemeente\tLeiden"),
    *[case(f"invalid choice {field}", field, **{field: value}) for field, value in CHOICE_FIELDS.items()],
    case("organisation type by id", "organisation_type", organisation_type="1"),
    case("consent given as 'false'", "consent_contact", consent_contact="false"),
    case("forged status", None, status="completed"),
    case("forged reference", None, reference="KB-2026-0001"),
    case("forged id", None, id="1"),
    case("forged staff flag", None, is_staff="1"),
    case("missing form token", "form_token", form_token=None),
    case("tampered form token", "form_token", form_token=issue_form_token()[:-3] + "abc"),
    case("form token of another site", "form_token", form_token="eyJrZXkiOiJ4In0:1abc:forged"),
    case(
        "expired form token", "form_token", form_token=issue_form_token(rendered_at=time.time() - 2 * 86400)
    ),
    case("honeypot filled in", "website", website="http://spam.example"),
    case(
        "executable named .pdf",
        "attachments",
        {"attachments": [upload("plan.pdf", b"MZ\x90\x00" + b"\0" * 64)]},
    ),
    case(
        "HTML named .png",
        "attachments",
        {"attachments": [upload("foto.png", b"<html><script>x</script></html>")]},
    ),
    case("text named .docx", "attachments", {"attachments": [upload("nota.docx", b"just some text")]}),
    case("GIF named .jpg", "attachments", {"attachments": [upload("foto.jpg", b"GIF89a" + b"\0" * 32)]}),
    case(
        "file over 10 MB",
        "attachments",
        {"attachments": [upload("groot.pdf", pdf_bytes() + b"0" * (10 * 1024 * 1024))]},
    ),
    case("six files", "attachments", {"attachments": [upload(f"{n}.pdf", pdf_bytes()) for n in range(6)]}),
    case("forged upload field", None, {"virus": [upload("plan.pdf", pdf_bytes())]}),
]


def assert_refused(response, language, field):
    html = response.content.decode()
    assert response.status_code == 400
    assert PROBLEM[language] in html, "the error summary, in the form's language"
    if field is None or field in ("form_token", "website"):
        assert re.search(
            r'<div id="form-errors" tabindex="-1"><p class="field-error">|<p class="field-error">', html
        )
    else:
        assert f'id="id_{field}_error"' in html, f"an error next to {field}"
        assert re.search(rf'<a href="#id_{field}(_0)?">', html), f"a summary link to {field}"
    assert Vraagstuk.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0
    assert SubmissionKey.objects.count() == 0
    assert mail.outbox == []


def test_there_are_at_least_fifty_curated_cases():
    assert len(CURATED) >= 50


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("overrides", "files", "field"), CURATED)
def test_curated_invalid_submission_is_refused(
    client, django_capture_on_commit_callbacks, language, overrides, files, field
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL[language], {**valid_answers(**overrides), **files})
    assert_refused(response, language, field)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_required_errors_speak_the_forms_language(client, language):
    html = client.post(FORM_URL[language], valid_answers(title=None)).content.decode()
    assert REQUIRED[language] in html
    other = "en" if language == "nl" else "nl"
    assert REQUIRED[other] not in html and PROBLEM[other] not in html


def test_a_refused_form_keeps_the_answers_and_gets_a_fresh_token(client):
    response = client.post(FORM_URL["nl"], valid_answers(form_token="kapot", title="Mijn titel"))
    html = response.content.decode()
    assert 'value="Mijn titel"' in html
    assert 'value="kapot"' not in html


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("token", ["missing", "wrong"])
def test_csrf_is_enforced(language, token):
    browser = Client(enforce_csrf_checks=True)
    browser.get(FORM_URL[language])  # sets the CSRF cookie
    answers = valid_answers()
    if token == "wrong":
        answers["csrfmiddlewaretoken"] = "x" * 64
    response = browser.post(FORM_URL[language], answers)
    assert response.status_code == 403
    assert Vraagstuk.objects.count() == 0


def test_with_the_right_csrf_token_the_form_is_accepted(django_capture_on_commit_callbacks):
    browser = Client(enforce_csrf_checks=True)
    html = browser.get(FORM_URL["nl"]).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    form_token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            FORM_URL["nl"], valid_answers(csrfmiddlewaretoken=csrf, form_token=form_token)
        )
    assert response.status_code == 302
    assert Vraagstuk.objects.count() == 1


CONTROL = st.sampled_from([chr(code) for code in [*range(0, 9), 11, 12, *range(14, 32), 127]])
VALID_CHOICES = {
    "gemeente",
    "leiden",
    "next_year",
    "research",
    "advice",
    "information",
    "access",
    "eenzaamheid",
}


@st.composite
def corrupted_submission(draw):
    """A valid submission with exactly one thing wrong, and the field that must complain."""
    kind = draw(st.sampled_from(["drop", "control", "overlong", "email", "choice"]))
    if kind == "drop":
        field = draw(st.sampled_from(REQUIRED_FIELDS))
        return {field: None}, field
    if kind == "control":
        field = draw(st.sampled_from(SINGLE_LINE_FIELDS + FREE_TEXT_FIELDS))
        text = draw(st.text(min_size=1, max_size=40).filter(lambda value: value.strip()))
        position = draw(st.integers(0, len(text)))
        return {field: text[:position] + draw(CONTROL) + text[position:] + "x"}, field
    if kind == "overlong":
        field = draw(st.sampled_from(SINGLE_LINE_FIELDS + FREE_TEXT_FIELDS))
        limit = 200 if field in SINGLE_LINE_FIELDS else 10_000
        return {field: "z" * draw(st.integers(limit + 1, limit + 500))}, field
    if kind == "email":
        local = draw(st.text(alphabet=st.characters(blacklist_characters="@\x00"), max_size=30))
        return {"email": local.strip() + "@" if draw(st.booleans()) else local.strip() or "x"}, "email"
    field = draw(st.sampled_from(list(CHOICE_FIELDS)))
    value = draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_0123456789", min_size=1, max_size=20))
    value = value if value not in VALID_CHOICES else value + "-nee"
    return {field: [value] if isinstance(CHOICE_FIELDS[field], list) else value}, field


@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corruption=corrupted_submission(), language=st.sampled_from(["nl", "en"]))
def test_generated_invalid_submissions_are_refused(corruption, language):
    overrides, field = corruption
    response = Client().post(FORM_URL[language], valid_answers(**overrides))
    assert_refused(response, language, field)
