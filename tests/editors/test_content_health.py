"""The content health report finds what editors must fix, and nothing that is fine."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText

import pytest
import wagtail_factories

from portal.admin_reports.content_health import (
    BROKEN_LINK,
    NO_ALT_TEXT,
    NO_DESCRIPTION,
    NO_SUMMARY,
    REVIEW_DUE,
    REVIEW_FIELD,
    health_issues,
    page_models_with_field,
)
from tests.builders import standard_page

pytestmark = pytest.mark.django_db


def issues_about(title, issue=None):
    with translation.override("en"):
        found_issues = health_issues()
    return [
        found for found in found_issues if found.title == title and (issue is None or found.issue == issue)
    ]


def link_to(page):
    return ("text", RichText(f'<p>Lees ook <a linktype="page" id="{page.pk}">{page.title}</a>.</p>'))


def test_finds_an_image_without_alt_text_and_not_one_with(admin_client):
    wagtail_factories.ImageFactory(title="Plattegrond zonder beschrijving", description="")
    wagtail_factories.ImageFactory(
        title="Studenten in gesprek", description="Drie studenten praten met een bewoner."
    )
    assert len(issues_about("Plattegrond zonder beschrijving", NO_ALT_TEXT)) == 1
    assert not issues_about("Studenten in gesprek")
    response = admin_client.get(reverse("portal_reports:content_health"), {"issue": NO_ALT_TEXT})
    html = response.content.decode()
    image = get_image_model().objects.get(title="Plattegrond zonder beschrijving")
    assert "Plattegrond zonder beschrijving" in html
    assert reverse("wagtailimages:edit", args=[image.pk]) in html


def test_finds_links_to_deleted_and_to_unpublished_pages(home_nl, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        gone = standard_page(home_nl, "Oude projectpagina")
        hidden = standard_page(home_nl, "Concept projectpagina")
        fine = standard_page(home_nl, "Actuele projectpagina")
        linking = standard_page(
            home_nl, "Overzicht van projecten", body=[link_to(gone), link_to(hidden), link_to(fine)]
        )
        healthy = standard_page(home_nl, "Gezonde pagina", body=[link_to(fine)])
        gone_id = gone.pk
        gone.delete()
        hidden.unpublish()

    broken = issues_about("Overzicht van projecten", BROKEN_LINK)
    details = sorted(found.detail for found in broken)
    assert details == sorted([f"Page {gone_id} was deleted", f"Page {hidden.pk} is not published"])
    assert all(found.edit_url == reverse("wagtailadmin_pages:edit", args=[linking.pk]) for found in broken)
    assert not issues_about(healthy.title, BROKEN_LINK)


def test_pages_without_summary_or_search_description(home_nl):
    standard_page(home_nl, "Pagina zonder samenvatting", summary="")
    described = standard_page(home_nl, "Alleen zoekbeschrijving", summary="")
    described.search_description = "Voor zoekmachines."
    described.save_revision().publish()
    standard_page(home_nl, "Pagina met samenvatting")

    assert {found.issue for found in issues_about("Pagina zonder samenvatting")} == {
        NO_SUMMARY,
        NO_DESCRIPTION,
    }
    assert {found.issue for found in issues_about("Alleen zoekbeschrijving")} == {NO_SUMMARY}
    assert not issues_about("Pagina met samenvatting")


def test_pages_without_revision_or_image_do_not_break_the_report(home_nl, admin_client):
    page = standard_page(home_nl, "Nooit opgeslagen als revisie", summary="", revision=False)
    assert Page.objects.get(pk=page.pk).latest_revision is None
    assert issues_about("Nooit opgeslagen als revisie", NO_SUMMARY)
    assert admin_client.get(reverse("portal_reports:content_health")).status_code == 200


def test_chapters_not_reviewed_for_twelve_months():
    """Found by field name: any page type with a `last_reviewed` date (the draaiboek's chapters)."""
    models = page_models_with_field(REVIEW_FIELD)
    assert models, "some page type (the draaiboek chapter) has a last_reviewed date"
    pages = [page for model in models for page in model.objects.all()[:2]]
    assert len(pages) >= 2, "the demo content has at least two reviewed pages"
    stale, recent = pages[0], pages[1]
    today = timezone.localdate()
    type(stale).objects.filter(pk=stale.pk).update(**{REVIEW_FIELD: today - timedelta(days=400)})
    type(recent).objects.filter(pk=recent.pk).update(**{REVIEW_FIELD: today - timedelta(days=30)})
    due = {found.title for found in health_issues() if found.issue == REVIEW_DUE}
    assert stale.title in due
    assert recent.title not in due
