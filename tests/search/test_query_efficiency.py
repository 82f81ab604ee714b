"""What keeps search fast at 10,000 pages (bench/search_bench.py) without changing its answers.

On PostgreSQL (search.backends.database): results are still ranked over every match, the matched
vector is filtered on but not selected, the index answers full-text and autocomplete queries, and
the index vectors are stored where ranking reads them cheaply (the search app's migration 0003).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from portal.public import public_pages
from search.models import SearchTerm
from search.passages import highlighted_passage
from search.queries import query_terms, search_pages
from tests.builders import home

from .conftest import add_page

pytestmark = pytest.mark.django_db
# The conditions modelsearch writes; the search app's indexes are built on these expressions.
FULL_TEXT_MATCH = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
AUTOCOMPLETE_MATCH = '"wagtailsearch_indexentry"."autocomplete" @@'


@pytest.fixture
def heron_pages():
    """The best match is created first, so ordering by anything but relevance puts it last, and
    only its body tells it apart, so ranking on titles alone would not find it either."""
    best = add_page(
        home("nl"),
        "nl",
        "vogels",
        "Vogels langs de gracht",
        "De reiger broedt in kolonies; een reiger vist in de gracht.",
        "Wie een reiger ziet, ziet vaak meer reigers.",
    )
    others = [
        add_page(
            home("nl"),
            "nl",
            f"wandeling-{number}",
            f"Wandeling {number}",
            "Een wandeling door het park.",
            "Onderweg zagen we ook een reiger.",
        )
        for number in range(30)
    ]
    return best, others


def found(query, language="nl"):
    with translation.override(language):
        return list(search_pages(query_terms(query)).results)


def test_the_best_match_comes_first_even_when_it_is_last_in_the_match_list(heron_pages):
    best, others = heron_pages
    results = found("reiger")
    assert len(results) == len(others) + 1
    assert results[0].pk == best.pk
    with translation.override("nl"):
        second_page = list(search_pages(["reiger"]).results[10:20])
    assert best.pk not in [page.pk for page in second_page]


def test_the_matched_vector_is_not_selected(heron_pages):
    with CaptureQueriesContext(connection) as queries:
        found("reiger")
    ranking = [query["sql"] for query in queries.captured_queries if "ts_rank" in query["sql"]]
    assert ranking, "no ranking query ran"
    assert all(FULL_TEXT_MATCH in sql for sql in ranking)
    assert not [sql for sql in ranking if 'AS "_vector_"' in sql]


def test_autocomplete_still_completes_titles_and_selects_no_vector(heron_pages):
    with translation.override("nl"), CaptureQueriesContext(connection) as queries:
        titles = [page.title for page in public_pages(searchable=True).autocomplete("voge")[:8]]
    assert titles == ["Vogels langs de gracht"]
    assert [query for query in queries.captured_queries if AUTOCOMPLETE_MATCH in query["sql"]]
    assert not [query for query in queries.captured_queries if 'AS "_vector_"' in query["sql"]]


@pytest.mark.parametrize(
    ("condition", "index_name"),
    [
        (f"{FULL_TEXT_MATCH} to_tsquery('kb_dutch', 'reiger')", "kb_search_title_body_gin"),
        (f"{AUTOCOMPLETE_MATCH} to_tsquery('kb_simple', 'reig:*')", "kb_search_autocomplete_gin"),
    ],
    ids=["full text", "autocomplete"],
)
def test_the_conditions_searches_use_are_answered_by_an_index(condition, index_name):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the small test table would be read whole anyway
        cursor.execute(f"EXPLAIN SELECT object_id FROM wagtailsearch_indexentry WHERE {condition}")  # noqa: S608
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index_name in plan


def test_index_vectors_are_kept_in_the_row_with_fast_compression():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage, attcompression FROM pg_attribute"
            " WHERE attrelid = 'wagtailsearch_indexentry'::regclass AND attname IN ('title', 'autocomplete', 'body')"
        )
        columns = {name: (storage, compression) for name, storage, compression in cursor.fetchall()}
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        lz4 = cursor.fetchone()[0]
    assert set(columns) == {"title", "autocomplete", "body"}
    for storage, compression in columns.values():
        assert storage == "m"  # MAIN: compressed in the row; the plain texts move out first
        assert compression == ("l" if lz4 else "")


def test_search_counts_add_up_per_text_language_and_day():
    SearchTerm.record("Reiger", "nl", found=True)
    SearchTerm.record("reiger", "nl", found=False)
    SearchTerm.record("reiger!", "nl", found=True)
    SearchTerm.record("reiger", "en", found=False)
    counts = {(t.query, t.language): (t.searches, t.zero_result_searches) for t in SearchTerm.objects.all()}
    assert counts == {("reiger", "nl"): (3, 1), ("reiger", "en"): (1, 1)}


def test_accented_and_plain_words_are_both_marked_in_passages():
    passage = highlighted_passage("Het Café is open: een reünie in het cafe.", ["cafe", "reunie"], "nl")
    assert "<mark>Café</mark>" in passage
    assert "<mark>reünie</mark>" in passage
    assert "<mark>cafe</mark>" in passage
