"""Faults from the reliability battery (issue #19), each reproduced for real.

- two /health/ probes at once never read each other's cache key;
- a 503 a view returns is logged with the request id;
- an e-mail delivered twice (worker killed between SMTP and marking it sent) keeps its Message-ID;
- tasks left "running" by a dead worker are seen by /health/ and put back by the next worker;
- the worker survives a database outage (connections killed, new ones refused for a while).
"""

import io
import json
import logging
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings as django_settings
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

import psycopg
import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from portal import views
from portal.request_logging import RequestIDFilter
from submissions.models import OutgoingEmail
from submissions.tasks import deliver, deliver_email
from tests.submissions.smtp import LoopbackSMTPServer, free_port

from .databases import created_database_url, server_url

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class InterleavingCache(LocMemCache):
    """Local memory, where a second /health/ probe runs between the first probe's write and read:
    two load balancers probing at the same moment, made deterministic."""

    interleaved = False

    def get(self, key, default=None, version=None):
        if key.startswith("health-probe") and not InterleavingCache.interleaved:
            InterleavingCache.interleaved = True
            assert views.cache_answers()
        return super().get(key, default, version)


@pytest.mark.django_db
def test_two_health_probes_at_once_both_pass(client, settings):
    settings.CACHES = {"default": {"BACKEND": "tests.hardening.test_faults.InterleavingCache"}}
    InterleavingCache.interleaved = False
    response = client.get("/health/")
    assert InterleavingCache.interleaved
    assert response.status_code == 200, response.content
    assert json.loads(response.content)["checks"]["cache"] == "ok"


@pytest.fixture
def console_output():
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(item, RequestIDFilter) for item in handler.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.mark.django_db
def test_a_503_returned_by_a_view_is_logged_with_the_request_id(client, settings, console_output):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response = client.get("/health/")
    assert response.status_code == 503
    lines = [line for line in console_output.getvalue().splitlines() if "Service Unavailable" in line]
    assert lines, console_output.getvalue()
    assert all(f"[{response['X-Request-ID']}]" in line for line in lines), lines


@pytest.fixture
def smtp(settings):
    server = LoopbackSMTPServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.DEFAULT_FROM_EMAIL = "Kennisbrug <noreply@kennisbrug.example>"
    server.start()
    yield server
    server.stop()


class WorkerKilled(Exception):
    pass


@pytest.mark.django_db
def test_an_email_sent_again_after_a_lost_commit_keeps_its_message_id(smtp):
    email = OutgoingEmail.objects.create(
        kind="acknowledgement", recipients=["partner@example.org"], subject="Ontvangen", body_text="Dank u."
    )
    # The worker hands the e-mail to SMTP and dies before its transaction commits.
    with pytest.raises(WorkerKilled), transaction.atomic():
        assert deliver(email.pk)
        raise WorkerKilled
    assert OutgoingEmail.objects.get(pk=email.pk).sent_at is None
    assert deliver(email.pk)  # the safety net sends it again
    assert deliver(email.pk) is not False  # and never a third time
    ids = [message["Message-ID"] for _recipients, message in smtp.inbox.messages]
    assert len(ids) == 2
    assert ids[0] == ids[1] == email.message_id
    assert ids[0].endswith("@kennisbrug.example>")


@pytest.mark.django_db
def test_different_outbox_rows_have_different_message_ids():
    first, second = (
        OutgoingEmail.objects.create(
            kind="acknowledgement", recipients=["a@example.org"], subject="s", body_text="t"
        )
        for _ in range(2)
    )
    assert first.message_id != second.message_id


def abandon_a_task(settings):
    settings.TASKS = DATABASE_QUEUE
    result = deliver_email.enqueue(0)  # no such e-mail: the task has nothing to do
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(seconds=settings.TASK_ABANDONED_AFTER_SECONDS + 60),
        worker_ids=["a-worker-that-was-killed"],
    )
    return result.id


@pytest.mark.django_db
def test_health_sees_a_task_abandoned_by_a_dead_worker(client, settings):
    abandon_a_task(settings)
    body = json.loads(client.get("/health/").content)
    assert body["checks"]["tasks"] == "fail"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_task_running_for_a_short_while_is_not_abandoned(client, settings):
    settings.TASKS = DATABASE_QUEUE
    result = deliver_email.enqueue(0)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now()
    )
    assert json.loads(client.get("/health/").content)["checks"]["tasks"] == "ok"
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)
    assert (
        DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING
    )  # not taken from its worker


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_next_worker_puts_an_abandoned_task_back_and_runs_it(client, settings):
    task_id = abandon_a_task(settings)
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)
    task = DBTaskResult.objects.get(pk=task_id)
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert len(task.worker_ids) == 2
    assert json.loads(client.get("/health/").content)["checks"]["tasks"] == "ok"


def database_outage(allow):
    """A database restart as its other clients see it: their connections are terminated and new
    ones are refused until it is back (only this test database; this test's connection stays)."""
    name = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        own_pid = cursor.fetchone()[0]
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {"true" if allow else "false"}')
        if allow:
            return 0
        terminated = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
            [name, own_pid],
        ).fetchall()
        return len(terminated)


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_survives_a_database_outage(settings, tmp_path):
    settings.TASKS = DATABASE_QUEUE
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "worker-test-key",
        "DATABASE_URL": created_database_url(),
        "DATABASE_CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=Path(django_settings.BASE_DIR),
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        first = deliver_email.enqueue(0)
        assert wait_for(lambda: DBTaskResult.objects.get(pk=first.id).status == "SUCCESSFUL", 30), (
            tmp_path / "worker.log"
        ).read_text()

        try:
            assert database_outage(allow=False) >= 1  # the worker's connection among them
            time.sleep(3)  # the worker tries to reconnect several times meanwhile
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
        finally:
            database_outage(allow=True)

        second = deliver_email.enqueue(0)
        assert wait_for(lambda: DBTaskResult.objects.get(pk=second.id).status == "SUCCESSFUL", 30), (
            tmp_path / "worker.log"
        ).read_text()
        assert worker.poll() is None
    finally:
        worker.terminate()
        worker.wait(10)
        log.close()
