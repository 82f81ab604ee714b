"""Nothing gets lost: e-mail retries through the database queue, concurrent submits,
double posts, and a database that stops during a submit."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.db.models import F

import psycopg
import pytest
import requests
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from submissions.models import EmailKind, OutgoingEmail, ReferenceCounter, Vraagstuk
from submissions.views.intake import RECEIPT_SALT

from .helpers import FORM_URL, valid_answers
from .smtp import LoopbackSMTPServer, free_port

# An hour: far longer than 40 failing deliveries take, so none is retried within the first run.
RETRY_DELAY = timedelta(hours=1)


@pytest.fixture
def smtp_server(settings):
    server = LoopbackSMTPServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.SUBMISSION_EMAIL_RETRY_DELAYS = [RETRY_DELAY.seconds]
    yield server
    server.stop()


def the_retry_delay_passes():
    """What an hour's wait does to the queue, without the wait: every scheduled retry and every
    e-mail's next attempt moves back by the delay, so they are due now and not before."""
    scheduled = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert not scheduled.ready().exists(), "a retry was due before its delay had passed"
    scheduled.update(run_after=F("run_after") - RETRY_DELAY)
    OutgoingEmail.objects.filter(sent_at__isnull=True).update(
        next_attempt_at=F("next_attempt_at") - RETRY_DELAY
    )
    return scheduled.ready().count()


def run_worker(**options):
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0, **options)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_twenty_submissions_while_smtp_is_down_are_acknowledged_exactly_once_later(client, smtp_server):
    addresses = [f"partner{number}@example.org" for number in range(20)]
    for address in addresses:
        response = client.post(FORM_URL["nl"], valid_answers(email=address), follow=True)
        assert response.status_code == 200
        assert "Dank u: uw vraagstuk is ontvangen" in response.content.decode()
    assert Vraagstuk.objects.count() == 20

    run_worker(max_tasks=40)  # the SMTP server is down: every delivery fails once
    emails = OutgoingEmail.objects.all()
    assert emails.count() == 40
    assert not emails.filter(sent_at__isnull=False).exists()
    assert set(emails.values_list("attempts", flat=True)) == {1}
    assert all("ConnectionRefusedError" in error for error in emails.values_list("last_error", flat=True))

    smtp_server.start()
    assert the_retry_delay_passes() == 40
    run_worker()
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0

    for address in addresses:
        acknowledgements = smtp_server.inbox.to(address)
        assert len(acknowledgements) == 1, address
        reference = Vraagstuk.objects.get(email=address).reference
        assert reference in acknowledgements[0]["Subject"]
    assert len(smtp_server.inbox.to("triage@kennisbrug.example")) == 20

    run_worker()  # nothing is left to send twice
    call_command("send_pending_emails", verbosity=0)
    assert len(smtp_server.inbox.messages) == 40


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_the_sweep_delivers_what_is_due_and_never_twice(client, smtp_server, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # tasks lost
    client.post(FORM_URL["en"], valid_answers(email="lost@example.org"))
    smtp_server.start()
    call_command("send_pending_emails", verbosity=0)
    call_command("send_pending_emails", verbosity=0)
    assert len(smtp_server.inbox.to("lost@example.org")) == 1
    assert OutgoingEmail.objects.get(kind=EmailKind.ACKNOWLEDGEMENT).attempts == 1


def get_rendered_form(base_url, language="nl"):
    session = requests.Session()
    html = session.get(base_url + FORM_URL[language], timeout=30).text
    return session, re.search(r'name="form_token" value="([^"]+)"', html).group(1)


def post_form(session, base_url, answers, barrier, language="nl"):
    barrier.wait(timeout=60)
    answers = {**answers, "csrfmiddlewaretoken": session.cookies["csrftoken"]}
    return session.post(base_url + FORM_URL[language], data=answers, allow_redirects=False, timeout=60)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_one_hundred_concurrent_submissions_get_one_hundred_distinct_references(live_server):
    # 50 at a time: 100 would need 100 PostgreSQL connections at once, the server's whole default limit.
    parallel = 50
    forms = [get_rendered_form(live_server.url) for _ in range(100)]
    barrier = threading.Barrier(parallel)
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        futures = [
            pool.submit(
                post_form,
                session,
                live_server.url,
                valid_answers(email=f"c{n}@example.org", form_token=token),
                barrier,
            )
            for n, (session, token) in enumerate(forms)
        ]
        responses = [future.result() for future in futures]

    assert [response.status_code for response in responses] == [302] * 100
    assert Vraagstuk.objects.count() == 100
    references = set(Vraagstuk.objects.values_list("reference", flat=True))
    assert len(references) == 100
    assert all(re.fullmatch(r"KB-\d{4}-\d{4}", reference) for reference in references)
    assert len({response.headers["Location"] for response in responses}) == 100


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_the_same_rendered_form_posted_ten_times_at_once_stores_one_row(live_server):
    session, token = get_rendered_form(live_server.url, "en")
    answers = valid_answers(form_token=token)
    barrier = threading.Barrier(10)
    with ThreadPoolExecutor(max_workers=10) as pool:
        responses = list(
            pool.map(lambda _: post_form(session, live_server.url, answers, barrier, "en"), range(10))
        )
    assert [response.status_code for response in responses] == [302] * 10
    receipts = {response.headers["Location"].rstrip("/").rsplit("/", 1)[1] for response in responses}
    assert {signing.loads(receipt, salt=RECEIPT_SALT) for receipt in receipts} == {Vraagstuk.objects.get().pk}
    assert Vraagstuk.objects.count() == 1
    assert len([message for message in mail.outbox if message.to == [answers["email"]]]) == 1


def unreachable_database(port):
    connection.close()
    connection.settings_dict["PORT"] = port


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
@pytest.mark.parametrize(
    ("language", "message"),
    [("nl", "Probeer het later opnieuw"), ("en", "Please try again later")],
)
def test_an_unreachable_database_gives_a_try_again_page(client, language, message):
    real_port = connection.settings_dict["PORT"]
    unreachable_database(free_port())
    try:
        response = client.post(FORM_URL[language], valid_answers(), follow=True)
    finally:
        connection.close()
        connection.settings_dict["PORT"] = real_port
    html = response.content.decode()
    assert response.status_code == 503
    assert message in html and f'lang="{language}"' in html
    assert "ontvangen" not in html.lower() and "received" not in html.lower()
    assert response["Retry-After"]
    assert Vraagstuk.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("no_questions_transactional")
def test_a_database_that_stops_halfway_through_a_submit_gives_a_try_again_page(client, monkeypatch):
    """The connection is killed inside the submit's transaction, between validation and storing."""
    allocate = ReferenceCounter.next_reference.__func__

    def dies_first(cls, year):
        with psycopg.connect(
            host=connection.settings_dict["HOST"] or "127.0.0.1",
            port=connection.settings_dict["PORT"] or 5432,
            user=connection.settings_dict["USER"] or None,
            dbname=connection.settings_dict["NAME"],
            autocommit=True,
        ) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
        return allocate(cls, year)

    monkeypatch.setattr(ReferenceCounter, "next_reference", classmethod(dies_first))
    response = client.post(FORM_URL["nl"], valid_answers(), follow=True)
    monkeypatch.undo()
    connection.close()

    assert response.status_code == 503
    assert "Probeer het later opnieuw" in response.content.decode()
    assert "Dank u" not in response.content.decode()
    assert Vraagstuk.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0
    assert mail.outbox == []
