"""One run at a time for the scheduled jobs (README: Scheduled jobs).

    class Command(BaseCommand):
        @single_run
        def handle(self, *args, **options): ...

A second run of the same command while the first still runs says so and exits 0, so cron
or a systemd timer may start a job again before the last run ended, or on two machines.

On PostgreSQL the lock is a session-level advisory lock (`pg_try_advisory_lock`) on the
command's connection, keyed by the command's name: every machine that shares the database
shares the lock, and a run that dies leaves no lock behind (its connection closes). On any
other database (SQLite in the quick start) it is an exclusive `flock` on a file in the
temporary folder, named after the database and the command: one machine, which is all a
SQLite file serves; the kernel drops it when the process ends.
"""

import contextlib
import functools
import hashlib
import tempfile
from pathlib import Path

from django.db import DatabaseError, connections

try:
    import fcntl
except ImportError:  # Windows: no flock; the jobs run unlocked there.
    fcntl = None


def lock_key(name):
    """A signed 64-bit advisory-lock key for a job name, the same in every process."""
    digest = hashlib.sha256(f"kennisbrug.job:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextlib.contextmanager
def job_lock(name, using="default"):
    """Yield True while this process holds the job's lock, False when another run holds it."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with advisory_lock(connection, lock_key(name)) as acquired:
            yield acquired
    else:
        with file_lock(lock_path(connection, name)) as acquired:
            yield acquired


@contextlib.contextmanager
def advisory_lock(connection, key):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        acquired = cursor.fetchone()[0]
    try:
        yield acquired
    finally:
        if acquired and connection.connection is not None:
            # A connection left unusable by the job keeps the lock until it closes, at the latest
            # when this process ends; the job's own error is the one to report.
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])


def lock_path(connection, name):
    database = hashlib.sha256(str(connection.settings_dict["NAME"]).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"kennisbrug-{database}-{name}.lock"


@contextlib.contextmanager
def file_lock(path):
    if fcntl is None:
        yield True
        return
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def single_run(handle):
    """Wrap a management command's handle() in the lock of its command name."""

    @functools.wraps(handle)
    def locked_handle(command, *args, **options):
        name = command.__module__.rpartition(".")[2]
        with job_lock(name, using=options.get("database") or "default") as acquired:
            if not acquired:
                command.stdout.write(f"{name}: another run is still busy; this one does nothing and stops.")
                return None
            return handle(command, *args, **options)

    return locked_handle
