"""The demo loader under production settings on a fresh install (issue #19): before collectstatic
has run, and without leaving tasks for the worker that fail on rows the loader replaced."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings

import psycopg
import pytest

from tests.hardening.databases import server_url


@pytest.fixture
def fresh_database():
    name = f"kb_demo_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(environment, *arguments):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_demo_loads_under_production_settings_before_collectstatic(fresh_database, tmp_path):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "demo-test-key",
        "DATABASE_URL": server_url(fresh_database),
        "REDIS_URL": "redis://127.0.0.1:6379/13",
        "STATIC_ROOT": str(tmp_path / "static"),  # collectstatic has not run: no manifest
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "LOG_LEVEL": "WARNING",
    }
    assert not (tmp_path / "static").exists()
    migrated = manage(environment, "migrate", "--verbosity", "0")
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    loaded = manage(environment, "load_demo_content")
    assert loaded.returncode == 0, loaded.stderr[-3000:]
    assert "Demo content ready" in loaded.stdout

    worker = manage(environment, "db_worker", "--batch", "--interval", "0", "--no-startup-delay")
    assert worker.returncode == 0, worker.stderr[-3000:]
    with psycopg.connect(server_url(fresh_database)) as database:
        statuses = dict(
            database.execute(
                "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
            ).fetchall()
        )
        live_pages = dict(
            database.execute(
                "SELECT l.language_code, count(*) FROM wagtailcore_page p"
                " JOIN wagtailcore_locale l ON l.id = p.locale_id WHERE p.live AND p.depth > 1 GROUP BY l.language_code"
            ).fetchall()
        )
    assert "FAILED" not in statuses, statuses
    assert "READY" not in statuses and "RUNNING" not in statuses, statuses
    assert live_pages.get("nl", 0) >= 30 and live_pages.get("en") == live_pages["nl"], live_pages
