"""Search per language on the demo site: every case study is found by the names of what it is
filed under in its own language, with the stemming of that language, and autocomplete suggests
titles and theme names of the visitor's language (PostgreSQL, search.backends.database)."""

from wagtail.models import Locale, Page

import pytest

from casestudies.models import CaseStudyPage
from playbook.models import PlaybookChapterPage, ReflectionExercisePage
from portal.models import Theme
from search.queries import query_terms, search_pages

from .conftest import refresh_index

pytestmark = pytest.mark.django_db


def found(query):
    return {page.specific for page in search_pages(query_terms(query)).results}


def cases_filed_under(key, language):
    return set(
        CaseStudyPage.objects.live().filter(locale__language_code=language, themes__key=key).distinct()
    )


@pytest.fixture
def community_gardens():
    """A theme no case mentions in its text, filed under one demo case (and so its translation)."""
    dutch = Theme.objects.create(
        locale=Locale.objects.get(language_code="nl"), key="buurtmoestuinen", name="Buurtmoestuinen"
    )
    english = dutch.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Community gardens"
    english.save()
    case = CaseStudyPage.objects.filter(locale__language_code="nl").order_by("path").first()
    case.themes.add(dutch)
    case.save_revision().publish()
    translation = case.get_translation(Locale.objects.get(language_code="en")).specific
    translation.themes.add(dutch)  # what a sync does: both languages share the Dutch rows
    translation.save_revision().publish()
    return {"nl": case, "en": translation, "english_theme": english}


def test_an_english_theme_name_finds_every_english_case_filed_under_it(in_language):
    in_language("en")
    expected = cases_filed_under("eenzaamheid", "en")
    assert len(expected) >= 2
    assert expected <= found("loneliness")
    assert all(page.locale.language_code == "en" for page in found("loneliness"))


def test_a_dutch_theme_name_finds_every_dutch_case_filed_under_it_with_dutch_stemming(in_language):
    in_language("nl")
    expected = cases_filed_under("eenzaamheid", "nl")
    assert len(expected) >= 2
    assert expected <= found("eenzaamheid")
    assert expected <= found("eenzaam")  # stemmed: eenzaam and eenzaamheid share a stem
    assert all(page.locale.language_code == "nl" for page in found("eenzaam"))


def test_each_language_is_indexed_with_its_own_theme_names(search_backend, community_gardens, in_language):
    """On PostgreSQL, and on Elasticsearch when ELASTICSEARCH_URL names a server (else skipped)."""
    refresh_index()
    in_language("en")
    assert community_gardens["en"] in found("community gardens")
    assert community_gardens["en"] in found("garden")  # English stemming
    assert community_gardens["en"] not in found("buurtmoestuinen")
    in_language("nl")
    assert community_gardens["nl"] in found("buurtmoestuin")  # Dutch stemming
    assert community_gardens["nl"] not in found("community gardens")


def test_a_renamed_theme_translation_is_found_by_its_new_name(community_gardens, in_language):
    english_theme = community_gardens["english_theme"]
    english_theme.name = "Allotments"
    english_theme.save()  # the test settings run the indexing task at once
    in_language("en")
    assert community_gardens["en"] in found("allotments")
    assert community_gardens["en"] not in found("community gardens")


def test_a_theme_without_translation_indexes_english_pages_with_its_dutch_name(
    community_gardens, in_language
):
    community_gardens["english_theme"].delete()
    community_gardens["en"].save_revision().publish()
    in_language("en")
    assert community_gardens["en"] in found("buurtmoestuinen")


@pytest.mark.parametrize(
    ("prefix", "language", "theme", "other_language_theme"),
    [("lonel", "en", "Loneliness", "Eenzaamheid"), ("eenzaam", "nl", "Eenzaamheid", "Loneliness")],
)
def test_autocomplete_suggests_the_theme_and_its_cases_in_the_active_language(
    client, prefix, language, theme, other_language_theme
):
    address = {"en": "/en/search/autocomplete/", "nl": "/nl/zoeken/suggesties/"}[language]
    results = client.get(address, {"q": prefix}).json()["results"]
    suggested_theme = results[0]
    assert suggested_theme["title"] == theme
    assert suggested_theme["url"].endswith("?theme=eenzaamheid")
    assert suggested_theme["url"].startswith(f"/{language}/")
    assert client.get(suggested_theme["url"]).status_code == 200
    titles = {result["title"] for result in results}
    assert other_language_theme not in titles
    # The cases filed under the theme are suggested by their theme name, in the active language only.
    cases = {page.title for page in cases_filed_under("eenzaamheid", language)}
    assert cases & titles
    other_language = "nl" if language == "en" else "en"
    assert not titles & set(
        Page.objects.filter(locale__language_code=other_language).values_list("title", flat=True)
    )


@pytest.mark.parametrize(
    ("language", "query", "section", "label"),
    [("en", "legal", "legal", "Legal"), ("nl", "juridisch", "legal", "Juridisch")],
)
def test_playbook_chapters_are_found_by_their_section_in_their_own_language(
    in_language, language, query, section, label
):
    chapters = set(PlaybookChapterPage.objects.live().filter(locale__language_code=language, section=section))
    assert chapters
    in_language("nl" if language == "en" else "en")  # the index holds the page's language, not the active one
    assert {chapter.section_name() for chapter in chapters} == {label}
    in_language(language)
    assert chapters <= found(query)


@pytest.mark.parametrize(("language", "query"), [("en", "teachers"), ("nl", "docenten")])
def test_reflection_exercises_are_found_by_their_audience_in_their_own_language(in_language, language, query):
    exercises = set(
        ReflectionExercisePage.objects.live().filter(locale__language_code=language, audience="teacher")
    )
    assert exercises
    in_language(language)
    assert exercises <= found(query)
