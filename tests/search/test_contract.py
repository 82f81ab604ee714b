"""The search contract: the same fixed corpus and answers on every backend (see corpus.py)."""

from wagtail.models import Locale, Page

from search.queries import query_terms, search_pages

from .corpus import PAGES, QUERIES

TOP = 3


def answers(corpus, language, query):
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).descendant_of(corpus[language])
    outcome = search_pages(query_terms(query), pages=pages)
    return [page.slug for page in outcome.results[:10]]


def test_contract_has_enough_pairs_in_both_languages():
    for language in ("nl", "en"):
        assert len([pair for pair in QUERIES if pair[0] == language]) >= 15
        assert len([page for page in PAGES if page[0] == language]) >= 10
    assert len(QUERIES) >= 30


def test_every_query_finds_its_page_in_its_language_only(corpus, in_language):
    failures = []
    for language, query, expected in QUERIES:
        in_language(language)
        slugs = answers(corpus, language, query)
        if expected is None and slugs:
            failures.append(f"{language} {query!r}: expected nothing, got {slugs}")
        elif expected is not None and expected not in slugs[:TOP]:
            failures.append(f"{language} {query!r}: expected {expected!r} in the top {TOP}, got {slugs}")
    assert not failures, "\n".join(failures)
