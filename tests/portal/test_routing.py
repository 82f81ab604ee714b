"""portal.routing and portal.public.view_restrictions_of give what Wagtail's own routing and
restriction lookup give, for every page of the demo tree, its sub-routes, pages that are not
live, aliases and junk paths, in fewer queries."""

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from portal.models import HomePage
from portal.public import view_restrictions_of

pytestmark = pytest.mark.django_db

SUB_ROUTES = ["", "feed", "export.csv", "export.json", "pdf", "feed/extra", "does-not-exist"]


def wagtail_route(home, request, components):
    """Wagtail's own Page.route from the home page down (what HomePage.route replaces)."""
    try:
        page, args, kwargs = Page.route(home, request, components)
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return (page.pk, type(page), view, args[1:], kwargs)


def kennisbrug_route(home, request, components):
    try:
        page, args, kwargs = home.route(request, components)
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return (page.pk, type(page), view, args[1:], kwargs)


def paths_below(home):
    """Path components of every page below `home`, with sub-routes and junk appended."""
    for page in Page.objects.descendant_of(home, inclusive=True):
        components = [segment for segment in page.url_path[len(home.url_path) :].split("/") if segment]
        for extra in SUB_ROUTES:
            yield components + ([extra] if extra else [])
        yield ["no-such-page", *components]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_path_routes_as_wagtail_routes_it(language):
    home = HomePage.objects.get(locale__language_code=language)
    request = RequestFactory().get("/")
    checked = 0
    for components in paths_below(home):
        assert kennisbrug_route(home, request, components) == wagtail_route(home, request, components), (
            components
        )
        checked += 1
    assert checked > 100


def test_pages_that_are_not_live_and_their_children_route_as_in_wagtail():
    home = HomePage.objects.get(locale__language_code="nl")
    request = RequestFactory().get("/")
    section = Page.objects.child_of(home).filter(numchild__gt=0).first()
    child = Page.objects.child_of(section).first()
    Page.objects.filter(pk__in=[section.pk, child.pk]).update(live=False)
    for page in (section, child):
        components = [s for s in page.url_path[len(home.url_path) :].split("/") if s]
        assert (
            kennisbrug_route(home, request, components) == wagtail_route(home, request, components) == "404"
        )
    grandchildren = [s for s in child.url_path[len(home.url_path) :].split("/") if s][:-1]
    assert kennisbrug_route(home, request, grandchildren) == wagtail_route(home, request, grandchildren)


def test_a_deep_page_costs_two_queries_to_route():
    home = HomePage.objects.get(locale__language_code="nl")
    deepest = Page.objects.descendant_of(home).live().order_by("-depth").first()
    components = [s for s in deepest.url_path[len(home.url_path) :].split("/") if s]
    assert len(components) >= 2
    with CaptureQueriesContext(connection) as queries:
        page, _args, _kwargs = home.route(RequestFactory().get("/"), components)
    assert page.pk == deepest.pk
    assert len(queries) <= 2 + 1, [query["sql"] for query in queries]  # + the routable page's own


def restriction_ids(restrictions):
    return sorted(restriction.pk for restriction in restrictions)


def test_view_restrictions_match_wagtails_for_every_page_and_alias():
    home = HomePage.objects.get(locale__language_code="nl")
    section = Page.objects.child_of(home).filter(numchild__gt=0).first().specific
    leaf = Page.objects.child_of(section).first().specific
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    other_section = Page.objects.child_of(home).exclude(pk=section.pk).first().specific
    alias = leaf.create_alias(parent=other_section, update_slug=f"{leaf.slug}-alias")
    source_restriction = PageViewRestriction.objects.create(
        page=leaf, restriction_type=PageViewRestriction.LOGIN
    )

    for page in Page.objects.all().specific():
        assert restriction_ids(view_restrictions_of(page)) == restriction_ids(
            Page.get_view_restrictions(page)
        ), page.url_path
    assert source_restriction.pk in restriction_ids(view_restrictions_of(alias))
    with CaptureQueriesContext(connection) as queries:
        list(view_restrictions_of(alias))
    assert len(queries) == 1
