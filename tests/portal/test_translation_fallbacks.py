"""Bad input in translations: a page in one language only, a translation whose Dutch source was
deleted and a taxonomy without a translation all render in the visitor's language with a clear
fallback: never a 500, never a link to a page that is not live."""

from urllib.parse import urlsplit

from django.urls import reverse

from wagtail.models import Locale, Page

import pytest

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.models import StandardPage, Theme

from .helpers import parse

pytestmark = pytest.mark.django_db


def live_paths():
    return {page.url for page in Page.objects.live().filter(depth__gte=2)}


def assert_links_lead_to_live_pages(client, html_page, language):
    """Every link to a page of the site leads to a live page that answers."""
    live = live_paths()
    for href in html_page.links:
        path = urlsplit(href or "").path
        if not path.startswith(("/nl/", "/en/")) or urlsplit(href).netloc:
            continue
        response = client.get(href)
        assert response.status_code in (200, 301, 302), f"{href} answers {response.status_code}"
        if response.status_code == 200 and response.context and "page" in response.context:
            page = response.context["page"]
            if isinstance(page, Page):
                assert page.url in live and page.live, f"{href} is not a live page"


@pytest.fixture
def dutch_only_case():
    library = CaseStudyIndexPage.objects.get(locale__language_code="nl")
    theme = Theme.objects.get(locale__language_code="nl", key="eenzaamheid")
    case = CaseStudyPage(
        title="Alleen in het Nederlands",
        slug="alleen-nederlands",
        summary="Een praktijkvoorbeeld dat nog niet vertaald is.",
    )
    case.themes = [theme]
    library.add_child(instance=case)
    case.save_revision().publish()
    return case


def test_a_dutch_only_page_renders_and_offers_english_visitors_the_english_home(client, dutch_only_case):
    response = client.get(dutch_only_case.url)
    assert response.status_code == 200
    page = parse(response)
    assert page.lang == "nl"
    assert page.switcher_links == {"en": "/en/"}
    assert "en" not in page.alternates
    assert_links_lead_to_live_pages(client, page, "nl")


def test_the_switcher_says_where_it_goes_when_a_page_has_no_translation(client, dutch_only_case):
    html = client.get(dutch_only_case.url).content.decode()
    assert 'href="/en/" hreflang="en" lang="en" title="Nog niet vertaald: gaat naar de startpagina"' in html
    # The English listing lists English cases; the Dutch-only case is not linked from it.
    library = CaseStudyIndexPage.objects.get(locale__language_code="en")
    response = client.get(library.url)
    assert response.status_code == 200
    assert "Alleen in het Nederlands" not in response.content.decode()
    assert_links_lead_to_live_pages(client, parse(response), "en")


def test_an_english_page_whose_dutch_source_was_deleted_still_renders(client, admin_client):
    dutch = StandardPage.objects.get(locale__language_code="nl", slug="over-ons")
    english = dutch.get_translation(Locale.objects.get(language_code="en"))
    dutch.delete()
    response = client.get(english.url)
    assert response.status_code == 200
    page = parse(response)
    assert page.lang == "en"
    assert page.switcher_links == {"nl": "/nl/"}
    assert "nl" not in page.alternates
    assert_links_lead_to_live_pages(client, page, "en")
    # Editors can still open it: wagtail-localize's editor has no source to show, the page editor does.
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).status_code == 200
    assert client.get("/en/").status_code == 200


def test_a_theme_without_english_translation_shows_its_dutch_name_marked_as_dutch(client):
    english = Locale.objects.get(language_code="en")
    Theme.objects.get(locale=english, key="eenzaamheid").delete()
    case = CaseStudyPage.objects.filter(locale=english, themes__key="eenzaamheid").first()
    response = client.get(case.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nl">Eenzaamheid</a>' in html
    assert "Loneliness" not in html
    library = CaseStudyIndexPage.objects.get(locale=english)
    listing = client.get(library.url, {"theme": "eenzaamheid"})
    assert listing.status_code == 200
    assert case.title in listing.content.decode()
    assert client.get("/en/search/", {"q": "eenzaamheid"}).status_code == 200
    assert client.get("/en/search/autocomplete/", {"q": "eenza"}).status_code == 200
