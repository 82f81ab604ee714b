from urllib.parse import urlsplit

from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Page

import pytest

from .helpers import parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en", "/en/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("de-DE,de;q=0.9", "/nl/"),
        ("fr", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("path", "lang", "title"), [("/nl/", "nl", "Kennisbrug"), ("/en/", "en", "Kennisbrug")]
)
def test_home_pages_answer_in_their_language(client, path, lang, title):
    response = client.get(path)
    assert response.status_code == 200
    page = parse(response)
    assert page.lang == lang
    assert page.h1_count == 1
    assert response.context["page"].locale.language_code == lang


def test_english_home_shows_english_content(client):
    response = client.get("/en/")
    assert "Learning with and for the city" in response.content.decode()
    assert "Leren met en voor de stad" not in response.content.decode()


def test_switcher_on_sub_page_points_at_its_translation(client):
    dutch = parse(client.get("/nl/privacyverklaring/"))
    english = parse(client.get("/en/privacy/"))
    assert dutch.switcher_links == {"en": "/en/privacy/"}
    assert english.switcher_links == {"nl": "/nl/privacyverklaring/"}


def test_switcher_falls_back_to_home_page_without_translation(client):
    english_about = Page.objects.get(locale__language_code="en", url_path="/home-en/about/")
    english_about.unpublish()
    page = parse(client.get("/nl/over-ons/"))
    assert page.switcher_links == {"en": "/en/"}
    assert "en" not in page.alternates, "no hreflang for a language without a translation"


def test_hreflang_alternates_are_reciprocal_on_every_live_page(client):
    pages = Page.objects.live().public().filter(depth__gte=2).specific()
    assert pages.count() >= 8
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        structure = parse(response)
        alternates = structure.alternates
        own_language = page.locale.language_code
        assert urlsplit(alternates[own_language]).path == page.url
        assert "x-default" in alternates
        for language, href in alternates.items():
            if language == "x-default":
                continue
            other = parse(client.get(urlsplit(href).path))
            assert other.alternates == alternates, f"{page.url} and {href} disagree"


def test_404_page_speaks_the_visitors_language(client):
    dutch = client.get("/nl/bestaat-niet/")
    english = client.get("/en/does-not-exist/")
    assert dutch.status_code == english.status_code == 404
    assert parse(dutch).lang == "nl"
    assert "Pagina niet gevonden" in dutch.content.decode()
    assert parse(english).lang == "en"
    assert "Page not found" in english.content.decode()
    assert parse(english).switcher_links == {"nl": "/nl/"}


def test_500_page_is_translated():
    with translation.override("nl"):
        assert "Er ging iets mis" in render_to_string("500.html")
    with translation.override("en"):
        assert "Something went wrong" in render_to_string("500.html")
