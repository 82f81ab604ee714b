"""Shared test set-up: PostgreSQL must answer, and every test starts from the demo site.

The demo content is built once after migrations and kept as a template database
(tests/demo_template.py) that later runs and the other xdist workers copy; it is then
re-serialised, so tests that use `transaction=True, serialized_rollback=True` get it
back after their flush as well.
"""

import os
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

import dj_database_url
import psycopg
import pytest
from hypothesis import settings as hypothesis_settings

from portal.page_cache import local_pages, local_unshared

from . import demo_template
from .clock import move_the_clock

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kennisbrug"

# Property-based tests: 50 generated examples each in the suite (most request pages through the
# test client), no deadline (a shared 2-core machine times badly). HYPOTHESIS_PROFILE=thorough
# tries 1,000 each, for a deeper search now and then; a failing example is shrunk and printed.
hypothesis_settings.register_profile("suite", max_examples=50, deadline=None)
hypothesis_settings.register_profile("thorough", max_examples=1000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


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


def flushes_the_database(item):
    marker = item.get_closest_marker("django_db")
    transaction = marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    return bool(transaction) or bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """With pytest-xdist (`--dist loadgroup`, bin/test) a test file runs in one process (its
    module fixtures are built once), except its tests that flush the database at their end
    (transaction=True, live_server). pytest-xdist hands out the largest groups first, so each
    of those stays a group of one: with pytest-django's order (tests that flush after all
    others that use the database) they come last, and no process runs a test that needs the
    demo site after one that emptied it."""
    for item in items:
        if not flushes_the_database(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


def pytest_collection_finish(session):
    """Stop a run whose groups pytest-xdist ignored (it marks a grouped test's id with "@" and
    its group): a file's tests would be spread over the processes."""
    if getattr(session.config.option, "loadgroup", False) and any(
        "@" not in item.nodeid for item in session.items if not flushes_the_database(item)
    ):
        raise pytest.UsageError(
            "pytest-xdist ignored the test groups of tests/conftest.py; use the pytest of requirements-test.txt"
        )


@pytest.fixture(scope="session")
def demo_template_name(django_db_modify_db_settings_parallel_suffix):
    """Named once, from the test database's name with its xdist suffix, before the build: the
    code may change while the demo content loads."""
    if connection.vendor != "postgresql":
        return None  # the quick start's SQLite run builds its database each time
    return demo_template.template_name(connection.creation._get_test_db_name())


@pytest.fixture(scope="session")
def demo_template_lock(demo_template_name):
    """Taken before the test database is made, given back once it holds the demo site: the first
    process of a run builds the template, the others wait and copy it."""
    lock = demo_template.build_lock(demo_template_name) if demo_template_name else None
    yield lock
    if lock is not None:
        lock.close()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, demo_template_name, demo_template_lock):
    """Copy the test database from the demo template when one was saved for this code."""
    if demo_template_name and demo_template.usable(demo_template_name):
        connection.settings_dict["TEST"]["TEMPLATE"] = demo_template_name


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, demo_template_name, demo_template_lock):
    with django_db_blocker.unblock():
        if not connection.settings_dict["TEST"].get("TEMPLATE"):
            call_command("load_demo_content", stdout=StringIO())
            if demo_template_name:
                demo_template.save(connection.settings_dict["NAME"], demo_template_name)
        if demo_template_lock is not None:
            demo_template_lock.close()
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
