"""Every public page renders in at most QUERY_BUDGET queries with every cache off.

What a newly published page, a logged-in editor or a crawler walking facet combinations
costs the database: no page, fragment or PDF cache helps (the `caches_off` fixture).
"""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest

from .budgets import (
    LANGUAGES,
    QUERY_BUDGET,
    SEARCH_WORD,
    count_queries,
    over_budget_message,
    page_types,
    public_routes,
)

# Every cache off: these tests measure what rendering itself costs the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("caches_off")]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", page_types(), ids=lambda model: model._meta.label)
def test_page_type_renders_within_budget(client, page_type, language):
    page = (
        Page.objects.type(page_type)
        .live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    assert page is not None, (
        f"no live {page_type._meta.label} in '{language}' in the demo content: "
        "add one so its query budget is measured"
    )
    path = page.get_url()
    response, queries = count_queries(client, path)
    assert response.status_code == 200, path
    assert len(queries) <= QUERY_BUDGET, over_budget_message(path, queries)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("route", public_routes())
def test_public_route_renders_within_budget(client, route, language):
    with translation.override(language):
        path = reverse(route)
    if route == "search:search":
        path = f"{path}?q={SEARCH_WORD}"
    response, queries = count_queries(client, path)
    assert response.status_code < 500, path
    assert len(queries) <= QUERY_BUDGET, over_budget_message(path, queries)
