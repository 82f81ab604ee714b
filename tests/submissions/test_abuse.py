"""Honeypot, time trap and rate limits: bots are refused, people are not."""

import time

from django.core import mail

import pytest

from submissions.form_token import issue_form_token
from submissions.models import Vraagstuk

from .helpers import FORM_URL, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]


def test_the_honeypot_is_hidden_from_people(client):
    html = client.get(FORM_URL["nl"]).content.decode()
    assert '<div class="kb-honeypot" aria-hidden="true">' in html
    assert 'name="website" autocomplete="off" tabindex="-1"' in html


def test_a_form_posted_within_the_time_trap_is_refused(client, settings):
    settings.SUBMISSION_MIN_FORM_SECONDS = 3
    response = client.post(FORM_URL["en"], valid_answers(form_token=issue_form_token()))
    assert response.status_code == 400
    assert "That was very fast" in response.content.decode()
    assert Vraagstuk.objects.count() == 0


def test_a_form_filled_in_at_human_speed_passes_the_time_trap(
    client, settings, django_capture_on_commit_callbacks
):
    settings.SUBMISSION_MIN_FORM_SECONDS = 3
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL["en"], valid_answers(form_token=issue_form_token(time.time() - 4)))
    assert response.status_code == 302
    assert Vraagstuk.objects.count() == 1


def test_submissions_are_rate_limited_per_ip_address(client, settings, django_capture_on_commit_callbacks):
    settings.SUBMISSION_RATE_PER_IP = "3/h"
    codes = []
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(4):
            codes.append(
                client.post(FORM_URL["nl"], valid_answers(email=f"p{number}@example.org")).status_code
            )
    assert codes == [302, 302, 302, 429]
    assert Vraagstuk.objects.count() == 3
    other_address = client.post(
        FORM_URL["nl"], valid_answers(email="p9@example.org"), REMOTE_ADDR="192.0.2.7"
    )
    assert other_address.status_code == 302


def test_submissions_are_rate_limited_per_email_address(client, settings, django_capture_on_commit_callbacks):
    settings.SUBMISSION_RATE_PER_EMAIL = "2/h"
    codes = []
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            codes.append(
                client.post(
                    FORM_URL["en"],
                    valid_answers(email="Same@Example.org"),
                    REMOTE_ADDR=f"192.0.2.{number + 1}",
                ).status_code
            )
    assert codes == [302, 302, 429]
    blocked = client.post(FORM_URL["en"], valid_answers(email="same@example.org"), REMOTE_ADDR="192.0.2.50")
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.content.decode()
    assert Vraagstuk.objects.count() == 2
    acknowledgements = [message for message in mail.outbox if message.to == ["Same@Example.org"]]
    assert len(acknowledgements) == 2
