"""A stored question always gets its receipt (issue #19).

A replay of a form that was stored already (same idempotency key) gets the receipt
whatever the rate limits say, and a queue that cannot be reached after the commit
does not turn the receipt into an error page: the e-mails wait in the outbox for
the sweep.
"""

from django.core.management import call_command
from django.db import connection

import pytest
from django_tasks_db.models import DBTaskResult

from submissions.models import OutgoingEmail, Vraagstuk

from .helpers import FORM_URL, receipt_of, valid_answers
from .smtp import LoopbackSMTPServer, free_port


@pytest.mark.django_db
@pytest.mark.usefixtures("no_questions")
@pytest.mark.parametrize("limit", ["SUBMISSION_RATE_PER_EMAIL", "SUBMISSION_RATE_PER_IP"])
def test_a_replay_of_a_stored_form_gets_its_receipt_whatever_the_limits_say(
    client, settings, django_capture_on_commit_callbacks, limit
):
    setattr(settings, limit, "1/h")
    answers = valid_answers()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(FORM_URL["nl"], answers)
        replays = [client.post(FORM_URL["nl"], answers) for _ in range(3)]
        fresh_form = client.post(FORM_URL["nl"], valid_answers())
    assert first.status_code == 302
    assert [replay.status_code for replay in replays] == [302, 302, 302]
    # The same question's receipt; its signature carries the second it was made in.
    stored = Vraagstuk.objects.get()
    assert [receipt_of(replay) for replay in replays] == [stored.pk] * 3
    assert receipt_of(first) == stored.pk
    assert fresh_form.status_code == 429  # the limit itself still holds
    assert Vraagstuk.objects.count() == 1
    assert client.get(first["Location"]).status_code == 200


@pytest.mark.django_db
@pytest.mark.usefixtures("no_questions")
def test_a_replay_after_the_time_trap_changed_still_gets_the_receipt(
    client, settings, django_capture_on_commit_callbacks
):
    answers = valid_answers()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(FORM_URL["en"], answers)
    settings.SUBMISSION_MIN_FORM_SECONDS = 3600  # the token would now count as "too fast"
    assert receipt_of(client.post(FORM_URL["en"], answers)) == receipt_of(first)


@pytest.mark.django_db
@pytest.mark.usefixtures("no_questions")
def test_a_forged_token_is_no_way_around_the_limits(client, settings):
    settings.SUBMISSION_RATE_PER_IP = "1/h"
    client.post(FORM_URL["en"], valid_answers(form_token="forged"))
    assert client.post(FORM_URL["en"], valid_answers(form_token="forged")).status_code == 429


@pytest.fixture
def unreachable_queue(settings):
    """The database queue's table is gone for real: enqueueing raises a database error."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    table = DBTaskResult._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')
    yield
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER TABLE "{table}_away" RENAME TO "{table}"')


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_a_queue_failure_after_the_commit_still_shows_the_receipt(client, settings, unreachable_queue):
    client.raise_request_exception = False
    response = client.post(FORM_URL["en"], valid_answers(email="queue@example.org"), follow=True)
    assert response.status_code == 200
    assert Vraagstuk.objects.get().reference in response.content.decode()
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 2

    server = LoopbackSMTPServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    server.start()
    try:
        call_command("send_pending_emails", verbosity=0)
    finally:
        server.stop()
    assert len(server.inbox.to("queue@example.org")) == 1
    assert not OutgoingEmail.objects.filter(sent_at__isnull=True).exists()
