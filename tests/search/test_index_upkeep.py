"""Publishing, unpublishing, moving and deleting keep the index current through the task queue.

These tests use the real database queue (django-tasks-db): a change enqueues an indexing task,
the page is not findable by its new words until `db_worker` has run the task, and then it is.
"""

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest
from django_tasks_db.models import DBTaskResult

from portal.models import StandardPage
from search.queries import query_terms, search_pages
from tests.builders import home

from .conftest import add_page

pytestmark = pytest.mark.django_db
INDEXING_TASK = "modelsearch.tasks.insert_or_update_object_task"


@pytest.fixture
def task_queue(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes "old" connections between tasks; here that would be the test's transaction.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


def run_worker():
    call_command("db_worker", batch=True, no_startup_delay=True, stdout=StringIO(), stderr=StringIO())


def queued_indexing_tasks():
    return DBTaskResult.objects.filter(task_path=INDEXING_TASK, status="READY").count()


def found(query, language="nl"):
    with translation.override(language):
        return [page.pk for page in search_pages(query_terms(query)).results]


def test_publishing_indexes_through_the_queue(task_queue):
    page = add_page(
        home("nl"), "nl", "wachtrij", "Wachtrijpagina", "Over de zeldzame zoekterm kwartelkoning."
    )
    assert queued_indexing_tasks() > 0
    assert page.pk not in found("kwartelkoning")
    run_worker()
    assert queued_indexing_tasks() == 0
    assert page.pk in found("kwartelkoning")


def test_a_new_revision_replaces_the_indexed_text(task_queue):
    page = add_page(home("nl"), "nl", "herzien", "Herziene pagina", "Over de kwartelkoning.")
    run_worker()
    page = StandardPage.objects.get(pk=page.pk)
    page.summary = "Over de roerdomp."
    page.save_revision().publish()
    assert queued_indexing_tasks() > 0
    run_worker()
    assert page.pk in found("roerdomp")
    assert page.pk not in found("kwartelkoning")


def test_unpublishing_removes_the_page_from_results(task_queue):
    page = add_page(home("nl"), "nl", "ingetrokken", "Ingetrokken pagina", "Over de grutto.")
    run_worker()
    assert page.pk in found("grutto")
    page.unpublish()
    run_worker()
    assert page.pk not in found("grutto")


def test_moving_keeps_the_page_findable_under_its_new_parent(task_queue):
    section = add_page(home("nl"), "nl", "nieuwe-sectie", "Nieuwe sectie")
    page = add_page(home("nl"), "nl", "verhuisd", "Verhuisde pagina", "Over de ijsvogel.")
    run_worker()
    Page.objects.get(pk=page.pk).move(section, pos="last-child")
    assert queued_indexing_tasks() > 0
    run_worker()
    moved = Page.objects.get(pk=page.pk)
    assert moved.url_path.startswith(section.url_path)
    with_section = Page.objects.live().descendant_of(section)
    with translation.override("nl"):
        assert [p.pk for p in search_pages(["ijsvogel"], pages=with_section).results] == [page.pk]


def test_deleting_removes_the_page_from_the_index(task_queue):
    page = add_page(home("nl"), "nl", "verwijderd", "Verwijderde pagina", "Over de lepelaar.")
    run_worker()
    assert page.pk in found("lepelaar")
    Page.objects.get(pk=page.pk).delete()
    assert page.pk not in found("lepelaar")
    assert not get_search_backend().search("lepelaar", Page)


def test_reindex_rebuilds_the_index_with_a_progress_bar():
    page = add_page(home("en"), "en", "rebuilt", "Rebuilt page", "About the bittern.")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailsearch_indexentry")
    assert page.pk not in found("bittern", "en")
    output = StringIO()
    call_command("reindex", stdout=output)
    assert page.pk in found("bittern", "en")
    assert "100%" in output.getvalue()
    assert "[" + "#" * 30 + "]" in output.getvalue()
