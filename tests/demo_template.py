"""The migrated test database with the demo content, kept on the server as a template.

Migrating and loading the demo content take minutes, every run and in every xdist worker.
The first run saves its freshly built test database as a template named after the code
it was built from; later runs, and the other workers, copy it (CREATE DATABASE ...
TEMPLATE, seconds). Any change to a file of the apps, the site or the locked dependencies
changes the name, so a template never outlives the code that built it; older templates
of the same test database are dropped when a new one is saved. The demo's image and
document files stay in MEDIA_ROOT: a marker file there says they belong to the template.
"""

import hashlib
from contextlib import suppress
from pathlib import Path

from django.conf import settings
from django.db import connection

import psycopg
from psycopg import errors, sql

ROOT = Path(__file__).resolve().parents[1]
# Everything the migrations and the demo content are made from (files are compared by size and
# modification time, which a checkout or an edit changes).
SOURCES = ["portal", "casestudies", "playbook", "submissions", "search", "site", "templates"]
SOURCE_FILES = ["requirements-test.txt", "manage.py", "tests/demo_template.py"]
SKIPPED_FOLDERS = {"__pycache__"}
MAX_NAME_LENGTH = 63  # PostgreSQL's limit for a database name


def source_fingerprint():
    digest = hashlib.sha256()
    files = [ROOT / name for name in SOURCE_FILES]
    for folder in SOURCES:
        files.extend(
            path
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and not SKIPPED_FOLDERS.intersection(path.parts)
        )
    for path in sorted(files):
        stat = path.stat()
        digest.update(f"{path.relative_to(ROOT)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def template_prefix(test_database):
    """Shared by every xdist worker of a run: the worker suffix (`_gw0`) is left off."""
    base = test_database.rsplit("_gw", 1)[0] if "_gw" in test_database else test_database
    return f"{base[: MAX_NAME_LENGTH - 6 - 16]}_demo_"


def template_name(test_database):
    return template_prefix(test_database) + source_fingerprint()


def server():
    """A connection to the server's maintenance database, outside any test database."""
    config = settings.DATABASES["default"]
    return psycopg.connect(
        host=config["HOST"] or "127.0.0.1",
        port=config["PORT"] or 5432,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


def build_lock(template):
    """Held by one process of a run while it builds `template` or copies it (PostgreSQL copies
    from a template for one session at a time); the others wait instead of building it again.
    The lock is the connection's: closing it, or the process ending, releases it."""
    admin = server()
    admin.execute("SELECT pg_advisory_lock(hashtext(%s))", [template])
    return admin


def media_marker(template):
    """The demo's images and documents are files in MEDIA_ROOT, outside the database: a template
    is used only where the files it refers to were written, which this marker records."""
    return Path(settings.MEDIA_ROOT) / f".{template}"


def usable(template):
    if not media_marker(template).exists():
        return False
    with server() as admin:
        return (
            admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template]).fetchone() is not None
        )


def save(test_database, template):
    """Replace `template` with a copy of the test database just built, whose media files are in
    this MEDIA_ROOT, and drop older templates of the same test database. Another process may
    save the same template at the same moment from a database built the same way: either wins."""
    connection.close()  # CREATE DATABASE ... TEMPLATE needs the source without sessions
    prefix = template_prefix(test_database)
    with server() as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(template)))
        # Losing the race to the other process leaves its copy, made the same way.
        with suppress(errors.DuplicateDatabase, errors.UniqueViolation):
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(template), sql.Identifier(test_database)
                )
            )
        older = admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [prefix.replace("_", r"\_") + "%", template],
        ).fetchall()
        for (name,) in older:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            media_marker(name).unlink(missing_ok=True)
    media_marker(template).parent.mkdir(parents=True, exist_ok=True)
    media_marker(template).touch()
