"""Page routes kept for the content generation (portal.page_routes): fewer queries, never a stale page."""

import sys

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from playbook.models import PlaybookChapterPage
from portal.fragment_cache import (
    cached_fragment,
    fragment_key,
    local_fragments,
    read_fragment,
    write_fragment,
)

from .pages import new_dutch_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_cache")]


def kept_routes():
    return [key for key, _entry in local_fragments.entries.items() if ":route:" in key]


def queries_of(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return [query["sql"] for query in queries.captured_queries]


def test_a_kept_route_costs_no_query(client):
    client.get("/nl/over-ons/")  # walks the tree and keeps the route
    queries = queries_of(client, "/nl/over-ons/")
    assert queries == []
    response = client.get("/nl/over-ons/")
    assert response.context["page"].url_path == "/home-nl/over-ons/"
    assert f">{response.context['page'].title}</h1>" in response.content.decode()


def test_each_language_keeps_its_own_route(client):
    client.get("/nl/")
    client.get("/en/")
    dutch, english = client.get("/nl/"), client.get("/en/")
    assert '<html lang="nl"' in dutch.content.decode()
    assert '<html lang="en"' in english.content.decode()
    assert dutch.context["page"].locale.language_code == "nl"
    assert english.context["page"].locale.language_code == "en"


def test_addresses_that_lead_nowhere_are_not_kept(client):
    for path in ("/nl/bestaat-niet/", "/nl/over-ons/ook-niet/", "/en/nothing/here/"):
        assert client.get(path).status_code == 404
    assert kept_routes() == []


def test_a_renamed_page_leaves_its_old_address(client):
    page = new_dutch_page("oude-naam", "Oude naam")
    client.get("/nl/oude-naam/")
    page.slug = "nieuwe-naam"
    page.save_revision().publish()
    assert client.get("/nl/oude-naam/").status_code in (301, 404)  # Wagtail may keep a redirect
    assert client.get("/nl/nieuwe-naam/").status_code == 200


def test_an_unpublished_page_is_not_served_from_its_kept_route(client):
    page = new_dutch_page("even-zichtbaar", "Even zichtbaar")
    client.get("/nl/even-zichtbaar/")
    page.unpublish()
    assert client.get("/nl/even-zichtbaar/").status_code == 404


def test_a_moved_page_answers_at_its_new_address(client):
    page = new_dutch_page("verhuisd", "Verhuisd")
    client.get("/nl/verhuisd/")
    page.move(Page.objects.get(url_path="/home-nl/over-ons/"), pos="last-child")
    assert client.get("/nl/over-ons/verhuisd/").status_code == 200
    assert client.get("/nl/verhuisd/").status_code in (301, 404)


def test_a_deleted_page_is_gone(client):
    page = new_dutch_page("weg", "Weg")
    client.get("/nl/weg/")
    page.delete()
    assert client.get("/nl/weg/").status_code == 404


@pytest.mark.parametrize("restrict", ["page", "parent"])
def test_a_page_made_private_asks_for_the_password(client, restrict):
    parent = new_dutch_page("besloten-deel", "Besloten deel")
    page = new_dutch_page("verslag", "Vertrouwelijk verslag", parent=parent)
    path = "/nl/besloten-deel/verslag/"
    assert "Vertrouwelijk verslag" in client.get(path).content.decode()
    assert "Vertrouwelijk verslag" in client.get(path).content.decode()  # from the kept route
    PageViewRestriction.objects.create(
        page=page if restrict == "page" else parent,
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim-2026",
    )
    for _ in range(2):  # once while the route is kept again, once from it
        response = client.get(path)
        assert "Vertrouwelijk verslag" not in response.content.decode()
        assert 'name="password"' in response.content.decode()


def test_routable_pages_resolve_their_own_addresses_from_a_kept_route(client):
    chapter = PlaybookChapterPage.objects.live().filter(locale__language_code="nl").order_by("path").first()
    for _ in range(2):
        assert client.get(chapter.url).status_code == 200
        pdf = client.get(chapter.url + "pdf/")
        assert pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert client.get(chapter.url + "bestaat-niet/").status_code == 404


def test_kept_fragments_are_copies(rf):
    """Every request gets its own objects: a change made while rendering stays in that request."""
    request = rf.get("/nl/")
    key = fragment_key(request, "test-copy", ["x"])
    write_fragment(key, {"items": ["a"]})
    first = read_fragment(key)
    first["items"].append("changed")
    assert read_fragment(key) == {"items": ["a"]}


class Vanishing:
    """Stands for a class of an earlier release that this code no longer has."""


def test_a_fragment_this_code_cannot_read_is_built_again(rf, monkeypatch):
    request = rf.get("/nl/")
    cache.set(fragment_key(request, "test-release", ["x"]), Vanishing())
    monkeypatch.delattr(sys.modules[__name__], "Vanishing")
    assert cached_fragment(request, "test-release", ["x"], lambda: "built again") == "built again"
