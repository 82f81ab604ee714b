"""/health/: database, cache and task queue; 200 or 503; names the checks and nothing else."""

import json
from datetime import timedelta

from django.conf import settings as django_settings
from django.utils import timezone

import pytest
from django_tasks import task
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@task()
def nothing_to_do():
    """A task for the queue that no worker drains in these tests."""


def health(client):
    response = client.get("/health/")
    return response, json.loads(response.content)


def test_healthy_site_answers_200_with_the_checks_only(client):
    response, body = health(client)
    assert response.status_code == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "tasks": "ok"}}
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


def test_health_names_no_versions_or_hosts(client):
    text = client.get("/health/").content.decode().lower()
    for secret in ("wagtail", "django", "postgres", "python", django_settings.DATABASES["default"]["NAME"]):
        assert secret.lower() not in text


def test_a_broken_cache_gives_503(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    response, body = health(client)
    assert response.status_code == 503
    assert body["status"] == "fail"
    assert body["checks"]["cache"] == "fail"


def test_tasks_waiting_too_long_give_503(client, settings):
    settings.TASKS = DATABASE_QUEUE
    nothing_to_do.enqueue()
    assert health(client)[0].status_code == 200  # just queued: the worker has time

    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - timedelta(seconds=settings.HEALTH_TASK_MAX_WAIT_SECONDS + 60)
    )
    response, body = health(client)
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "ok", "tasks": "fail"}


def test_finished_tasks_do_not_count_as_backlog(client, settings):
    settings.TASKS = DATABASE_QUEUE
    nothing_to_do.enqueue()
    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - timedelta(days=1), status="SUCCESSFUL", finished_at=timezone.now()
    )
    assert health(client)[0].status_code == 200
