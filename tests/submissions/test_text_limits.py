"""Limits counted as a browser counts them (issue #19).

A textarea's maxlength counts a line break as one character while the browser posts
CR LF: the server normalises every line break to LF before counting and storing, so
a text at the limit is accepted with or without paragraphs. The browser's maxlength
and the help text state the server's limit. One-line fields refuse every line and
paragraph separator.
"""

import re
import secrets

from django.core import mail
from django.utils import translation

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from submissions.forms import FreeTextField, InformationForm, VraagstukForm, WithdrawForm
from submissions.models import FREE_TEXT_MAX_LENGTH, EventKind, ImpactFollowUp, Vraagstuk, hash_status_token
from submissions.validation import normalise_line_breaks
from submissions.views.impact import ImpactForm

from .helpers import FORM_URL, status_link, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

LIMIT = FREE_TEXT_MAX_LENGTH
INTAKE_FREE_TEXT = ["description", "help_details", "offer_details", "timing_details"]
ONE_LINE_FIELDS = ["organisation", "contact_name", "title", "neighbourhood", "phone"]
SEPARATORS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\t"]


def paragraphs(length, line_break="\r\n"):
    """A text a browser counts as `length` characters, with a paragraph every 100 characters,
    posted with `line_break` as the browser posts it."""
    typed = "".join(
        "\n" if position % 100 == 99 and position < length - 1 else "a" for position in range(length)
    )
    return typed.replace("\n", line_break)


def browser_count(text):
    return len(text.replace("\r\n", "\n").replace("\r", "\n"))


def test_the_helper_counts_as_a_browser():
    assert browser_count(paragraphs(LIMIT)) == LIMIT
    assert paragraphs(LIMIT).count("\r\n") > 90


@pytest.mark.parametrize("field", INTAKE_FREE_TEXT)
@pytest.mark.parametrize("line_break", ["\r\n", "\n", None])
def test_intake_text_at_the_limit_is_stored_as_typed(
    client, django_capture_on_commit_callbacks, field, line_break
):
    text = paragraphs(LIMIT, line_break) if line_break else "b" * LIMIT
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL["en"], valid_answers(**{field: text}))
    assert response.status_code == 302, response.context and response.context["form"].errors
    stored = getattr(Vraagstuk.objects.get(), field)
    assert len(stored) == LIMIT
    assert "\r" not in stored
    assert stored == text.replace("\r\n", "\n")


@pytest.mark.parametrize("field", INTAKE_FREE_TEXT)
@pytest.mark.parametrize("line_break", ["\r\n", None])
def test_intake_text_one_over_the_limit_is_refused_naming_the_limit(client, field, line_break):
    text = paragraphs(LIMIT + 1, line_break) if line_break else "b" * (LIMIT + 1)
    response = client.post(FORM_URL["en"], valid_answers(**{field: text}))
    assert response.status_code == 400
    errors = response.context["form"].errors[field]
    assert any("at most 10000 characters (it has 10001)" in error for error in errors), errors
    assert not Vraagstuk.objects.exists()


@pytest.mark.parametrize("language,limit_text", [("en", "10,000"), ("nl", "10.000")])
def test_every_textarea_states_its_limit_and_the_browser_gets_the_same(client, language, limit_text):
    html = client.get(FORM_URL[language]).content.decode()
    textareas = re.findall(r"<textarea[^>]*>", html)
    assert len(textareas) == len(INTAKE_FREE_TEXT)
    for textarea in textareas:
        assert f'maxlength="{LIMIT}"' in textarea, textarea
    assert html.count(limit_text) >= len(INTAKE_FREE_TEXT)


@pytest.mark.parametrize(
    "form_class,name,prefix",
    [
        (InformationForm, "information", "info"),
        (WithdrawForm, "reason", "withdraw"),
        (ImpactForm, "what_changed", ""),
        (ImpactForm, "still_used", ""),
    ],
)
def test_status_page_and_follow_up_texts_count_line_breaks_as_one(form_class, name, prefix):
    field = form_class.base_fields[name]
    assert isinstance(field, FreeTextField)
    assert field.widget_attrs(field.widget)["maxlength"] == str(LIMIT)
    with translation.override("en"):
        assert "10,000" in str(field.help_text)
    key = f"{prefix}-{name}" if prefix else name
    extra = {"withdraw-confirm": "on"} if form_class is WithdrawForm else {}
    extra |= {"would_again": "yes"} if form_class is ImpactForm else {}
    at_limit = form_class({key: paragraphs(LIMIT), **extra}, prefix=prefix or None)
    assert at_limit.is_valid(), at_limit.errors
    assert at_limit.cleaned_data[name] == paragraphs(LIMIT, "\n")
    over = form_class({key: paragraphs(LIMIT + 1), **extra}, prefix=prefix or None)
    assert not over.is_valid()


def test_information_added_on_the_status_page_is_stored_with_lf(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_URL["nl"], valid_answers())
    link = status_link(next(message for message in mail.outbox if "/status/" in message.body).body)
    response = client.post(link, {"action": "add", "info-information": paragraphs(LIMIT)})
    assert response.status_code == 302
    added = Vraagstuk.objects.get().events.get(kind=EventKind.INFORMATION_ADDED).public_message
    assert added == paragraphs(LIMIT, "\n")


def test_impact_answers_at_the_limit_are_stored(client):
    from submissions.factories import VraagstukFactory

    vraagstuk = VraagstukFactory()
    token = secrets.token_urlsafe(32)
    ImpactFollowUp.objects.create(vraagstuk=vraagstuk, token_hash=hash_status_token(token))
    response = client.post(
        f"/en/question/impact/{token}/",
        {"what_changed": paragraphs(LIMIT), "still_used": "x\r\ny", "would_again": "yes"},
    )
    assert response.status_code == 200
    follow_up = ImpactFollowUp.objects.get()
    assert follow_up.answered_at and len(follow_up.what_changed) == LIMIT and follow_up.still_used == "x\ny"


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_one_line_fields_refuse_every_line_and_paragraph_separator(field, separator):
    value = {"phone": "016 27{}20 00"}.get(field, "Gemeente{}Leiden").format(separator)
    form = VraagstukForm(valid_answers(**{field: value}))
    assert not form.is_valid()
    assert field in form.errors, form.errors


@hypothesis_settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r"), max_size=60))
def test_normalising_what_a_browser_posts_gives_what_it_counted(typed):
    """The browser's value has LF line breaks; it posts CR LF. Normalising the post gives the value back."""
    typed = normalise_line_breaks(typed)
    assert normalise_line_breaks(typed.replace("\n", "\r\n")) == typed
    assert len(normalise_line_breaks(typed.replace("\n", "\r\n"))) == browser_count(
        typed.replace("\n", "\r\n")
    )
