"""The translation status report: missing, not live, outdated and up-to-date translations."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import capfirst

from wagtail.models import Locale

import pytest

from portal.admin_reports.translation_status import (
    CURRENT,
    MISSING,
    NOT_LIVE,
    OUTDATED,
    TranslationReport,
)
from portal.models import Theme
from tests.builders import standard_page

pytestmark = pytest.mark.django_db


def page_row(page):
    (row,) = [row for row in TranslationReport().rows() if row.kind == "page" and row.source.pk == page.pk]
    return row


def snippet_rows(model, key):
    return [
        row
        for row in TranslationReport().rows()
        if row.kind == "snippet"
        and row.type_name == capfirst(model._meta.verbose_name)
        and row.source.title == key
    ]


def test_demo_translations_start_up_to_date(home_nl):
    row = page_row(home_nl)
    assert (row.source_language, row.target_language) == ("nl", "en")
    assert row.status == CURRENT
    assert row.translation_live


def test_outdated_after_the_dutch_source_changes_and_current_after_the_translation_is_updated(
    home_nl, home_en, admin_client
):
    about = standard_page(home_nl, "Over het project")
    english = about.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    assert page_row(about).status == CURRENT

    about.summary = "Een nieuwe samenvatting."
    about.save_revision().publish()
    row = page_row(about)
    assert row.status == OUTDATED
    assert row.action_url == reverse("wagtailadmin_pages:edit", args=[english.pk])
    listing = admin_client.get(reverse("portal_reports:translation_status"), {"status": OUTDATED})
    assert "Over het project" in listing.content.decode()

    english.refresh_from_db()
    english.summary = "A new summary."
    english.save_revision().publish()
    assert page_row(about).status == CURRENT
    listing = admin_client.get(reverse("portal_reports:translation_status"), {"status": OUTDATED})
    assert "Over het project" not in listing.content.decode()


def test_wagtail_localize_sync_brings_an_outdated_translation_up_to_date(
    client, role_user, home_nl, django_capture_on_commit_callbacks
):
    translator = role_user("Translators")
    client.force_login(translator)
    page = standard_page(home_nl, "Samenwerken met de stad")
    row = page_row(page)
    assert row.status == MISSING
    assert row.action_url == reverse("wagtail_localize:submit_page_translation", args=[page.pk])

    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(row.action_url, {"locales": [english.pk]})
    assert response.status_code == 302
    assert page.get_translation_or_none(english) is not None
    # wagtail-localize publishes the new translation with the source text until it is translated
    assert page_row(page).status == CURRENT

    page.title = "Samenwerken met de gemeente"
    page.save_revision().publish()
    row = page_row(page)
    assert row.status == OUTDATED
    assert "/update/" in row.action_url  # "Sync translation": wagtail-localize's update view

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            row.action_url, {"use_machine_translation": "on", "publish_translations": "on"}
        )
    assert response.status_code == 302
    row = page_row(page)
    assert row.status == CURRENT
    assert row.translation_live


def test_pages_without_translation_or_revision_are_reported_not_fatal(home_nl, admin_client):
    no_revision = standard_page(home_nl, "Zonder revisie", revision=False)
    draft_only = standard_page(home_nl, "Alleen concept", publish=False)
    for page in (no_revision, draft_only):
        row = page_row(page)
        assert row.status == MISSING
        assert row.translation is None and row.translation_changed_at is None
    assert page_row(no_revision).source_changed_at is None
    response = admin_client.get(reverse("portal_reports:translation_status"), {"status": MISSING})
    assert response.status_code == 200
    assert "Zonder revisie" in response.content.decode()


def test_an_unpublished_translation_of_a_live_page_is_not_live(home_nl):
    page = standard_page(home_nl, "Nog te publiceren")
    page.copy_for_translation(Locale.objects.get(language_code="en")).save_revision()
    assert page_row(page).status == NOT_LIVE


def test_snippets_missing_a_translation_link_to_wagtail_localize(home_nl):
    theme = Theme.objects.create(
        key="mobiliteit", name="Mobiliteit", locale=Locale.objects.get(language_code="nl")
    )
    (row,) = snippet_rows(Theme, "Mobiliteit")
    assert row.status == MISSING
    assert row.action_url == reverse(
        "wagtail_localize:submit_snippet_translation", args=["portal", "theme", theme.pk]
    )
    translated = snippet_rows(Theme, "Eenzaamheid")
    assert [row.status for row in translated] == [CURRENT]


def count_queries():
    with CaptureQueriesContext(connection) as queries:
        TranslationReport().rows()
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_pages(home_nl):
    TranslationReport().rows()  # warm the content type cache
    before = count_queries()
    english = Locale.objects.get(language_code="en")
    for number in range(25):
        page = standard_page(home_nl, f"Extra pagina {number}")
        if number % 2:
            page.copy_for_translation(english).save_revision().publish()
    TranslationReport().rows()
    assert count_queries() == before
