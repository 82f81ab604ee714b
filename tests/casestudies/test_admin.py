"""The editors' listing of case studies filters by the public facets."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from casestudies.models import CaseStudyPage
from portal.models import Place, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "een-lang-wachtwoord")
    client.force_login(user)
    return client


def listed_titles(response):
    return {page.title for page in response.context["pages"]}


def test_listing_shows_cases_of_both_languages(editor_client):
    response = editor_client.get(reverse("case_studies:index"))
    assert response.status_code == 200
    assert len(listed_titles(response)) == 12


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("education_format=innovation_project", {"Leuven: een studententeam"}),
        ("institution_type=mbo", {"Leiden: de stad als lab"}),
        ("csl_intensity=low", {"Leiden: de stad als lab"}),
        ("year=2019", {"Leuven: een studententeam", "Leiden: Leren met de Stad", "Leiden: de stad als lab"}),
    ],
)
def test_listing_filters_by_facets(editor_client, query, expected):
    response = editor_client.get(reverse("case_studies:index") + "?locale=nl&" + query)
    assert response.status_code == 200
    titles = listed_titles(response)
    assert {next(prefix for prefix in expected if title.startswith(prefix)) for title in titles} == expected
    assert len(titles) == len(expected)


def test_listing_filters_by_theme_and_place(editor_client):
    theme = Theme.objects.get(locale__language_code="nl", key="onderwijskansen")
    place = Place.objects.get(locale__language_code="nl", key="brussel")
    response = editor_client.get(reverse("case_studies:index") + f"?themes={theme.pk}&place={place.pk}")
    assert len(listed_titles(response)) == 2  # the TADA case in Dutch and English


def test_case_study_edit_page_opens(editor_client):
    case = CaseStudyPage.objects.get(locale__language_code="nl", slug="leuven-studentenprojecten-draaiboek")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[case.pk]))
    assert response.status_code == 200
