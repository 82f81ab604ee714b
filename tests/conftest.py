"""Shared test set-up: PostgreSQL must answer, and every test starts from the demo site.

The demo content is built once per session after migrations and then
re-serialised, so tests that use `transaction=True, serialized_rollback=True`
get it back after their flush as well.
"""

import os
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

import dj_database_url
import psycopg
import pytest

from portal.page_cache import local_pages, local_unshared

from .clock import move_the_clock

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kennisbrug"


def pytest_configure(config):
    config.addinivalue_line("markers", "quickstart: the quick start's public pages on SQLite (.ci/run)")
    url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    settings = dj_database_url.parse(url)
    if "sqlite" in settings["ENGINE"] and config.getoption("markexpr") == "quickstart":
        return  # tests/quickstart: the one run on SQLite
    if "postgresql" not in settings["ENGINE"]:
        pytest.exit(f"The tests run on PostgreSQL; DATABASE_URL is {url}", returncode=3)
    try:
        psycopg.connect(
            host=settings["HOST"] or "127.0.0.1",
            port=settings["PORT"] or 5432,
            user=settings["USER"] or None,
            password=settings["PASSWORD"] or None,
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg.OperationalError as error:
        pytest.exit(
            f"PostgreSQL cannot be reached at {url} ({str(error).strip()}).\n"
            "Start it (on Debian: pg_ctlcluster 15 main start) or point DATABASE_URL at a server "
            "where this user may create databases, e.g. "
            "DATABASE_URL=postgres://user:password@host:5432/kennisbrug bin/test",
            returncode=3,
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=StringIO())
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


def empty_caches():
    cache.clear()
    local_pages.clear()
    local_unshared.clear()


@pytest.fixture(autouse=True)
def caches_start_empty():
    """Every test starts with empty caches: the database is rolled back after each test, and with
    it the content generation, to a token under which the test before may have kept pages."""
    empty_caches()
    yield
    empty_caches()


@pytest.fixture
def caches_on(settings):
    """Every cache of portal.page_cache on, as in production, starting empty: the suite's default,
    named where a test compares caches on and off."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_LOCAL_PAGES = 100
    settings.FRAGMENT_CACHE_SECONDS = 300
    settings.PDF_CACHE_SECONDS = 300
    empty_caches()
    yield
    empty_caches()


@pytest.fixture
def caches_off(settings):
    """Every cache of portal.page_cache off: for tests that measure rendering itself, what a
    newly published page, a logged-in editor or a crawler walking facet combinations costs."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_CACHE_LOCAL_PAGES = 0
    settings.FRAGMENT_CACHE_SECONDS = 0
    settings.PDF_CACHE_SECONDS = 0


@pytest.fixture
def clock(monkeypatch):
    """Django's clock, moved forward by the test instead of waiting (tests/clock.py)."""
    return move_the_clock(monkeypatch)
