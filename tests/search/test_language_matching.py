"""Dutch is matched with Dutch rules and English with English rules, on PostgreSQL (search.backends.database)."""

from django.db import connection

from wagtail.search.backends import get_search_backend

import pytest

from search.backends.database import LocalisedPostgresSearchBackend
from search.queries import query_terms, search_pages
from tests.builders import home

from .conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def loneliness_pages():
    dutch = add_page(
        home("nl"),
        "nl",
        "eenzaamheid-test",
        "Eenzaamheid in de wijk",
        "Een casus over eenzaamheid bij ouderen.",
    )
    english = add_page(
        home("en"), "en", "loneliness-test", "Loneliness in the neighbourhood", "A case about loneliness."
    )
    bikes = add_page(home("nl"), "nl", "fietsen-test", "Fietsenstallingen", "Waar laten studenten hun fiets?")
    councils = add_page(
        home("en"), "en", "councils-test", "Working with municipalities", "Students and municipalities."
    )
    cooperation = add_page(home("nl"), "nl", "samen-test", "Samenwerken in de buurt", "Met partners.")
    return {"nl": dutch, "en": english, "bikes": bikes, "councils": councils, "cooperation": cooperation}


def found(query):
    return [page.specific for page in search_pages(query_terms(query)).results]


def test_the_postgres_database_uses_the_localised_backend():
    assert connection.vendor == "postgresql"
    assert isinstance(get_search_backend(), LocalisedPostgresSearchBackend)


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("nl", "fietsenstalling", "bikes"),
        ("nl", "samenwerking", "cooperation"),
        ("nl", "eenzaamheid", "nl"),
        ("nl", "Eenzaamheid", "nl"),
        ("en", "municipality", "councils"),
        ("en", "loneliness", "en"),
    ],
)
def test_stemming_follows_the_language(loneliness_pages, in_language, language, query, expected):
    in_language(language)
    assert loneliness_pages[expected] in found(query)


def test_eenzaamheid_finds_the_dutch_page_in_dutch_only(loneliness_pages, in_language):
    in_language("nl")
    dutch_results = found("eenzaamheid")
    assert loneliness_pages["nl"] in dutch_results
    assert all(page.locale.language_code == "nl" for page in dutch_results)
    in_language("en")
    assert loneliness_pages["nl"] not in found("eenzaamheid")
    assert all(page.locale.language_code == "en" for page in found("loneliness"))


def test_the_same_word_is_stemmed_per_language(loneliness_pages, in_language):
    """English rules would not reduce 'fietsenstallingen' to the stem of 'fietsenstalling'."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('kb_dutch', 'fietsenstallingen') @@ to_tsquery('kb_dutch', 'fietsenstalling'),"
            " to_tsvector('kb_english', 'fietsenstallingen') @@ to_tsquery('kb_english', 'fietsenstalling')"
        )
        assert cursor.fetchone() == (True, False)


def test_matching_ignores_accents_and_case(in_language):
    page = add_page(home("nl"), "nl", "cafe-test", "Het Café als ontmoetingsplek", "Een reünie in de buurt.")
    in_language("nl")
    assert page in found("cafe")
    assert page in found("REUNIE")
    assert page in found("café")


def test_typos_are_forgiven_with_trigrams(loneliness_pages, in_language):
    in_language("nl")
    outcome = search_pages(query_terms("eenzaamhied"))
    assert outcome.fuzzy
    assert loneliness_pages["nl"] in [page.specific for page in outcome.results]


def test_autocomplete_completes_word_prefixes_in_the_active_language(loneliness_pages, client):
    response = client.get("/nl/zoeken/suggesties/", {"q": "eenzaam"})
    titles = [result["title"] for result in response.json()["results"]]
    assert "Eenzaamheid in de wijk" in titles
    assert "Loneliness in the neighbourhood" not in titles
    response = client.get("/en/search/autocomplete/", {"q": "lonel"})
    titles = [result["title"] for result in response.json()["results"]]
    assert "Loneliness in the neighbourhood" in titles
    assert "Eenzaamheid in de wijk" not in titles


def test_index_entries_use_the_configuration_of_the_page_language(loneliness_pages):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(loneliness_pages["bikes"].pk)],
        )
        dutch_title = cursor.fetchone()[0]
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(loneliness_pages["councils"].pk)],
        )
        english_title = cursor.fetchone()[0]
    assert "'fietsenstall'" in dutch_title  # Dutch stem
    assert "'municip'" in english_title  # English stem
