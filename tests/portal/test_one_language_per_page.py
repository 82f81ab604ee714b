"""No Dutch on English pages and no English on Dutch pages (docs/voice.md): every live page of
the demo content and every e-mail template, in each language, read for the other language's
product terms, interface words and function words."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from portal.public import public_pages

from .emails_to_read import email_templates, partner_pages, rendered_emails
from .language_of_text import readable_text, without_names, words_of_the_other_language

pytestmark = pytest.mark.django_db


def test_every_live_page_speaks_its_own_language_only(client):
    found, read = {}, {"nl": 0, "en": 0}
    for page in public_pages(any_language=True).specific():
        if page.url is None:
            continue
        language = page.locale.language_code
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response["Content-Language"] == language, page.url
        words = words_of_the_other_language(readable_text(response.content.decode()), language)
        if words:
            found[page.url] = words
        read[language] += 1
    assert read["nl"] >= 30 and read["en"] == read["nl"], read
    assert not found, "\n".join(f"{url}: {word}" for url, words in found.items() for word in words)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_email_speaks_its_readers_language_only(language):
    emails = rendered_emails(language)
    assert len(emails) == len(email_templates()) >= 15
    found = {}
    for name, rendered in emails.items():
        text = readable_text(rendered) if name.endswith(".html") else without_names(rendered)
        if words := words_of_the_other_language(text, language):
            found[name] = words
    assert not found, "\n".join(f"{name}: {word}" for name, words in found.items() for word in words)


def test_english_pages_have_slugs_of_their_own():
    """An English translation that kept its Dutch source's slug would show Dutch in the address."""
    dutch = Locale.objects.get(language_code="nl")
    same = [
        page.url_path
        for page in public_pages(any_language=True).filter(locale__language_code="en", depth__gt=2)
        if page.get_translation(dutch).slug == page.slug
    ]
    assert not same, same


def test_the_word_lists_find_the_other_language():
    assert words_of_the_other_language(readable_text("<p>In the draaiboek</p>"), "en")
    assert words_of_the_other_language(readable_text('<button aria-label="Zoeken">?</button>'), "en")
    assert words_of_the_other_language(readable_text("<h2>Lees het draaiboek of een case study</h2>"), "nl")
    assert words_of_the_other_language("Dien uw vraag in bij de science shop", "nl")


def test_quotations_cited_titles_and_proper_names_keep_their_language():
    html = (
        "<p>Leren met de Stad links questions from the city with education.</p>"
        "<blockquote><p>Hoe je van project naar beleid komt is echt wel een weg.</p></blockquote>"
        "<p>Haverkort (2021). <cite>Draaiboek studentenprojecten</cite>. kenniswinkel@kennisbrug.example</p>"
    )
    assert words_of_the_other_language(readable_text(html), "en") == []


def assert_one_language(pages, language):
    """`pages` ({address: html}) hold none of the other language's words."""
    found = {
        address: words
        for address, html in pages.items()
        if (words := words_of_the_other_language(readable_text(html), language))
    }
    assert not found, "\n".join(f"{address}: {word}" for address, words in found.items() for word in words)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_partners_form_and_status_page_speak_one_language(client, language):
    assert_one_language(partner_pages(client, language), language)


# A query with results, one with none (the callout to submit a question) and a misspelling
# (the "did you mean" line), in each language.
SEARCHES = ["studenten", "students", "xqzvwk", "studnten", "studens"]


def search_pages(client, language):
    with translation.override(language):
        path = reverse("search:search")
    return {f"{path}?q={query}": client.get(path, {"q": query}).content.decode() for query in SEARCHES}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_search_page_speaks_one_language(client, language):
    assert_one_language(search_pages(client, language), language)
