"""The listing and the detail page cost the same number of SQL queries with 10 and with
1,000 cases, within the query budget (tests/perf/budgets.py).

Measured with every cache off (the `caches_off` fixture), where a query per case would show. Each
count follows a warm-up request for the same URL, which fills Wagtail's per-process caches
(site root paths, ContentTypes); none of them depends on the number of cases, so the second
request is the steady state every visitor of an uncached page meets.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from casestudies.factories import CaseStudyPageFactory
from tests.perf.budgets import QUERY_BUDGET

# Every cache off: these tests measure what rendering itself costs the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("caches_off")]

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


def test_query_counts_do_not_grow_with_the_number_of_cases(client, library, settings):
    cases = CaseStudyPageFactory.create_batch(10, parent=library)
    detail_url = cases[0].url
    small = measure(client, library, detail_url)

    # The listing and the detail page do not search: the 990 new cases skip the search index.
    search_backends = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in search_backends.items()
    }
    for batch in (490, 500):
        CaseStudyPageFactory.create_batch(batch, parent=library)
        # Fresh planner statistics: planned for the near-empty test tables, each new page's tree
        # lookups scan all pages before it, and the 990 pages take minutes instead of seconds.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    settings.WAGTAILSEARCH_BACKENDS = search_backends
    large = measure(client, library, detail_url)

    print(f"queries with 10 and with 1,000 cases: {small} / {large}")
    assert large == small
    assert max(large.values()) <= QUERY_BUDGET, large
