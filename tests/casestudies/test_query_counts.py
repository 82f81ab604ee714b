"""The listing and the detail page cost the same number of SQL queries with 10 and with
5,000 cases (the benchmark's number), and at most 12.

Measured as production runs without the page cache: portal's fragment caches (site,
settings, routes, menu, footer, language versions, facet counts, pages of results) are on, as
in production; and once more with them off, where a query per case would show. Each count
follows a warm-up request for the same URL, which fills those caches and Wagtail's
per-process ones (site root paths, ContentTypes); none of them depends on the number
of cases, so the second request is the steady state every visitor meets.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from casestudies.factories import CaseStudyPageFactory
from portal.page_cache import bump_generation

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12
FILTERED = "?intensity=low&intensity=medium&intensity=intensive&sort=title"


def steady_queries(client, url):
    assert client.get(url).status_code == 200  # warm-up, see the module docstring
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def measure(client, library, detail_url):
    return {
        "listing": steady_queries(client, library.url),
        "filtered": steady_queries(client, library.url + FILTERED),
        # With 10 cases there is one page, so page 2 shows the last page: the same work.
        "page 2": steady_queries(client, library.url + "?sort=title&page=2"),
        "detail": steady_queries(client, detail_url),
    }


def test_query_counts_do_not_grow_with_the_number_of_cases(client, library, fragment_cache, settings):
    cases = CaseStudyPageFactory.create_batch(10, parent=library)
    detail_url = cases[0].url
    small = measure(client, library, detail_url)
    settings.FRAGMENT_CACHE_SECONDS = 0  # every query counted: a kept fragment would hide an N+1
    small_cold = measure(client, library, detail_url)
    settings.FRAGMENT_CACHE_SECONDS = 300

    # The listing and the detail page do not search: the 4,990 new cases skip the search index.
    search_backends = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in search_backends.items()
    }
    for batch in (990, 1000, 1000, 1000, 1000):
        CaseStudyPageFactory.create_batch(batch, parent=library)
        # Fresh planner statistics: planned for the near-empty test tables, each new page's tree
        # lookups scan all pages before it, and the 4,990 pages take minutes instead of seconds.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    settings.WAGTAILSEARCH_BACKENDS = search_backends
    bump_generation()  # the factory sets pages live without publishing; a publish does this
    large = measure(client, library, detail_url)
    settings.FRAGMENT_CACHE_SECONDS = 0
    large_cold = measure(client, library, detail_url)

    print(f"queries with 10 and with 5,000 cases: {small} / {large}; cold: {small_cold} / {large_cold}")
    assert large == small
    assert large_cold == small_cold
    assert max(large.values()) <= QUERY_BUDGET, large
