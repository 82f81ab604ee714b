"""Scheduled jobs run one at a time: a second run while the first is busy says so and exits 0.

"Busy" is another session on the test database (PostgreSQL) holding the job's lock: a thread
with its own connection, another process, or a raw connection that then goes away as a killed
run's would.
"""

import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from datetime import timedelta
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

import psycopg
import pytest

from portal.job_lock import file_lock, job_lock, lock_key
from portal.models import StandardPage
from tests.builders import add_page, home

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]

# Every scheduled job of the README's table, with arguments that leave the demo data alone
# and what it prints when it runs.
JOBS = {
    "send_pending_emails": ([], "sent"),
    "publish_scheduled": (["--dryrun"], "Will do a dry run."),
    "send_overdue_digest": ([], "digests queued"),
    "send_impact_follow_ups": ([], "follow-ups queued"),
    "anonymise_vraagstukken": (["--dry-run"], "would be anonymised"),
}


def test_every_scheduled_job_of_the_readme_is_checked_here():
    """A job added to the README's table without a lock (and a row in JOBS) fails here."""
    readme = (ROOT / "README.md").read_text()
    table = readme.split("### Scheduled jobs", 1)[1].split("**systemd.**", 1)[0]
    scheduled = {
        row.split("`manage.py ", 1)[1].split()[0].rstrip("`")
        for row in table.splitlines()
        if row.startswith("| `manage.py") and "| by hand |" not in row
    }
    assert scheduled == set(JOBS)


def run(name, *args):
    out = StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


@contextmanager
def held_elsewhere(name):
    """A first run of the job, busy in another thread on a connection of its own."""
    acquired, release = threading.Event(), threading.Event()
    outcome = {}

    def first_run():
        try:
            with job_lock(name) as holds:
                outcome["held"] = holds
                acquired.set()
                release.wait(timeout=30)
        finally:
            acquired.set()
            connections.close_all()

    thread = threading.Thread(target=first_run)
    thread.start()
    acquired.wait(timeout=30)
    try:
        assert outcome.get("held"), "the first run did not get the lock"
        yield
    finally:
        release.set()
        thread.join(timeout=30)


@pytest.mark.parametrize("name", JOBS)
def test_a_second_run_says_so_and_does_nothing(name):
    args, ran = JOBS[name]
    with held_elsewhere(name):
        output = run(name, *args)
    assert output.strip() == f"{name}: another run is still busy; this one does nothing and stops."
    assert ran not in output
    assert ran in run(name, *args), "the job runs again once the first run is over"


def test_each_job_has_its_own_lock():
    with held_elsewhere("send_overdue_digest"):
        assert "digests queued" not in run("send_overdue_digest")
        assert "follow-ups queued" in run("send_impact_follow_ups")


def test_the_second_run_leaves_a_scheduled_page_to_the_first(clock):
    page = StandardPage(title="Straks live", slug="straks-live", summary="Staat klaar.", live=False)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    add_page(home(), page)
    page.refresh_from_db()
    assert not page.live
    clock.move_past(page.go_live_at)

    with held_elsewhere("publish_scheduled"):
        run("publish_scheduled")
        page.refresh_from_db()
        assert not page.live

    run("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def database_url():
    settings = connection.settings_dict
    user = settings["USER"] or "postgres"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def test_another_process_is_told_and_exits_0():
    """Two processes at once: the second `manage.py send_pending_emails` finds the lock taken."""
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    command = [sys.executable, "manage.py", "send_pending_emails"]
    with held_elsewhere("send_pending_emails"):
        second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "send_pending_emails: another run is still busy" in second.stdout
    after = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert after.returncode == 0, after.stderr
    assert "sent" in after.stdout and "busy" not in after.stdout


def wait_until_session_ended(backend_pid, seconds=10):
    """The server ends a closed client's session a moment after the close; its locks go with it."""
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [backend_pid])
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.05)
    raise AssertionError(f"session {backend_pid} still open after {seconds} s")


def test_a_run_that_died_leaves_no_lock():
    settings = connection.settings_dict
    killed_run = psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        user=settings["USER"] or "postgres",
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        autocommit=True,
    )
    key = lock_key("send_overdue_digest")
    killed_run.execute("SELECT pg_try_advisory_lock(%s)", [key])
    assert "busy" in run("send_overdue_digest")
    backend = killed_run.info.backend_pid
    killed_run.close()
    wait_until_session_ended(backend)
    assert "digests queued" in run("send_overdue_digest")


def test_lock_keys_differ_per_job_and_stay_the_same():
    keys = {lock_key(name) for name in JOBS}
    assert len(keys) == len(JOBS)
    assert all(-(2**63) <= key < 2**63 for key in keys)
    assert lock_key("send_pending_emails") == lock_key("send_pending_emails")


def test_the_file_lock_of_sqlite_lets_one_run_at_a_time(tmp_path):
    path = tmp_path / "job.lock"
    with file_lock(path) as first:
        assert first
        with file_lock(path) as second:
            assert not second
    with file_lock(path) as after:
        assert after
