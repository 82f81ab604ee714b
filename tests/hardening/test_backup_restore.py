"""The README's backup and restore commands, run against the test database.

pg_dump reads committed data only, which here is the demo site the session
built. The restore goes into a scratch database beside it, and every table must
come back with the same number of rows.
"""

import subprocess

from django.conf import settings

import psycopg
import pytest
from psycopg import sql

from .databases import created_database_url, server_url

pytestmark = pytest.mark.django_db


def row_counts(url):
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
        return {
            table: connection.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for (table,) in tables
        }


@pytest.fixture
def scratch_database():
    name = f"{settings.DATABASES['default']['NAME']}_restore_check"
    with psycopg.connect(server_url("postgres"), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with psycopg.connect(server_url("postgres"), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_a_dump_restores_into_a_new_database_with_every_row(scratch_database, tmp_path):
    source = created_database_url()
    target = server_url(scratch_database)
    dump = tmp_path / "kennisbrug.dump"

    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", f"--dbname={source}"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", f"--dbname={target}", str(dump)],
        check=True,
        capture_output=True,
        timeout=300,
    )

    original = row_counts(source)
    assert original["wagtailcore_page"] > 0 and original["portal_theme"] > 0
    assert row_counts(target) == original
