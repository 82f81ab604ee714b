"""What the anonymous page cache stores, for whom, and what it never stores."""

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.views.decorators.cache import never_cache

import pytest

from portal.page_cache import CacheControlMiddleware, PageCacheMiddleware, public_view

pytestmark = pytest.mark.django_db


def test_second_anonymous_request_is_served_from_cache(client, page_cache):
    first = client.get("/nl/over-ons/")
    second = client.get("/nl/over-ons/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_the_suite_runs_with_the_caches_on_and_each_test_starts_with_them_empty(client):
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "miss"
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "hit"


def test_caches_off_renders_every_time(client, caches_off):
    client.get("/nl/over-ons/")
    assert "X-Page-Cache" not in client.get("/nl/over-ons/")


def test_languages_are_cached_apart(client, page_cache):
    client.get("/nl/")
    english = client.get("/en/")
    assert english["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="en">' in client.get("/en/").content.decode()


def test_query_strings_are_cached_apart(client, page_cache):
    client.get("/nl/?pagina=1")
    assert client.get("/nl/?pagina=2")["X-Page-Cache"] == "miss"
    assert client.get("/nl/?pagina=1")["X-Page-Cache"] == "hit"


def test_head_is_answered_from_a_cached_get(client, page_cache):
    client.get("/nl/")
    assert client.head("/nl/")["X-Page-Cache"] == "hit"


def test_logged_in_editors_never_get_or_fill_the_cache(client, page_cache):
    client.get("/nl/")  # an anonymous copy exists
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    client.force_login(editor)
    response = client.get("/nl/")
    assert "X-Page-Cache" not in response
    assert "userbar" in response.content.decode()
    client.logout()
    client.cookies.clear()
    assert "userbar" not in client.get("/nl/").content.decode()


def test_a_request_with_a_session_cookie_bypasses_the_cache(client, page_cache):
    client.get("/nl/")
    client.cookies["sessionid"] = "anything"
    assert "X-Page-Cache" not in client.get("/nl/")


def test_error_pages_are_not_cached(client, page_cache):
    client.get("/nl/bestaat-niet/")
    assert "X-Page-Cache" not in client.get("/nl/bestaat-niet/")


def run_twice(view, method="get"):
    """Two requests through the page cache and the Cache-Control decision around `view`;
    returns the second response."""
    middleware = PageCacheMiddleware(CacheControlMiddleware(view))
    factory = RequestFactory()
    responses = []
    for _ in range(2):
        request = getattr(factory, method)("/nl/probe/")
        request.LANGUAGE_CODE = "nl"
        responses.append(middleware(request))
    return responses[1]


def plain_view(request):
    return HttpResponse("plain")


def csrf_view(request):
    return HttpResponse(f"form with token {get_token(request)}")


def cookie_view(request):
    response = HttpResponse("cookie")
    response.set_cookie("seen", "1")
    return response


def vary_view(request):
    response = HttpResponse("varies")
    response["Vary"] = "User-Agent"
    return response


def redirect_view(request):
    return HttpResponse(status=302, headers={"Location": "/nl/"})


@pytest.mark.parametrize(
    ("view", "method", "cached"),
    [
        (public_view(plain_view), "get", True),
        (plain_view, "get", False),  # not declared public: private, no-store
        (public_view(plain_view), "post", False),
        (public_view(csrf_view), "get", False),
        (public_view(cookie_view), "get", False),
        (public_view(never_cache(plain_view)), "get", False),
        (public_view(vary_view), "get", False),
        (public_view(redirect_view), "get", False),
    ],
)
def test_only_shareable_responses_are_stored(page_cache, view, method, cached):
    second = run_twice(view, method)
    assert (second.get("X-Page-Cache") == "hit") is cached
