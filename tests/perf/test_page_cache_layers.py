"""The two ways a cached page is answered (WSGI entry and middleware) and the per-process copies."""

import io
import os
import subprocess
import sys

from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

import pytest

from portal.models import ContentGeneration, StandardPage
from portal.page_cache import CachedPageApplication, local_pages, new_generation, page_cache_key

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
)


def wsgi_get(application, path, method="GET", **extra):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **extra,
    }
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = dict(headers)

    body = application(environ, start_response)
    try:
        answer["body"] = b"".join(body)
    finally:
        getattr(body, "close", lambda: None)()
    return answer


@pytest.fixture
def application():
    # As Django's test client does: a request must not close the test's connection and transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield CachedPageApplication(WSGIHandler())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def process_copies(settings, page_cache):
    settings.PAGE_CACHE_LOCAL_PAGES = 3


def test_the_wsgi_entry_answers_a_stored_page_with_the_full_headers(application, page_cache):
    first = wsgi_get(application, "/nl/over-ons/")
    second = wsgi_get(application, "/nl/over-ons/")
    assert first["headers"]["X-Page-Cache"] == "miss"
    assert second["status"] == "200 OK"
    assert second["headers"]["X-Page-Cache"] == "hit"
    assert second["body"] == first["body"]
    for header in SECURITY_HEADERS:
        assert second["headers"][header] == first["headers"][header]
    assert second["headers"]["Content-Length"] == str(len(first["body"]))


def test_each_hit_gets_its_own_request_id(application, page_cache):
    wsgi_get(application, "/nl/")
    ids = {wsgi_get(application, "/nl/")["headers"]["X-Request-ID"] for _ in range(3)}
    assert len(ids) == 3
    forwarded = wsgi_get(application, "/nl/", HTTP_X_REQUEST_ID="proxy-id-12345678")
    assert forwarded["headers"]["X-Request-ID"] == "proxy-id-12345678"


def test_head_gets_the_headers_of_the_cached_get_and_no_body(application, page_cache):
    page = wsgi_get(application, "/nl/")
    head = wsgi_get(application, "/nl/", method="HEAD")
    assert head["headers"]["X-Page-Cache"] == "hit"
    assert head["body"] == b""
    assert head["headers"]["Content-Length"] == str(len(page["body"]))


@pytest.mark.parametrize(
    ("path", "extra"),
    [
        ("/nl/", {"HTTP_COOKIE": "sessionid=anything"}),
        ("/nl/", {"REQUEST_METHOD": "POST"}),
        ("/nl/", {"HTTP_HOST": "elsewhere.example"}),
        ("/static/css/kennisbrug.css", {}),
        ("/", {}),
    ],
)
def test_the_wsgi_entry_leaves_everything_else_to_django(application, page_cache, path, extra):
    wsgi_get(application, path)
    again = wsgi_get(application, path, **extra)
    assert again["headers"].get("X-Page-Cache") != "hit"


def test_a_host_django_refuses_is_refused_not_served(application, page_cache):
    wsgi_get(application, "/nl/")
    assert wsgi_get(application, "/nl/", HTTP_HOST="elsewhere.example")["status"].startswith("400")


def test_a_process_copy_answers_without_the_shared_cache(application, process_copies):
    first = wsgi_get(application, "/nl/over-ons/")
    cache.clear()  # only this process's copy is left
    second = wsgi_get(application, "/nl/over-ons/")
    assert second["headers"]["X-Page-Cache"] == "hit"
    assert second["body"] == first["body"]


def test_a_change_in_another_process_is_seen_at_once(application, process_copies):
    wsgi_get(application, "/nl/over-ons/")
    # What a publish in another worker leaves: a new token in the database, nothing in this process.
    ContentGeneration.objects.filter(pk=1).update(token="from-another-worker")
    assert wsgi_get(application, "/nl/over-ons/")["headers"]["X-Page-Cache"] == "miss"


def test_a_restored_cache_cannot_bring_back_an_old_generation(application, page_cache):
    """A cache restored from an old snapshot (or a failover to a lagging replica) holds pages
    under a token the database no longer has: they are never served as current."""
    wsgi_get(application, "/nl/over-ons/")
    snapshot = dict(cache._cache), dict(cache._expire_info)  # the shared cache as it is now
    old_token = ContentGeneration.objects.get(pk=1).token
    about = StandardPage.objects.get(url_path="/home-nl/over-ons/")
    about.title = "Wie wij vandaag zijn"
    about.save_revision().publish()
    assert "Wie wij vandaag zijn" in wsgi_get(application, "/nl/over-ons/")["body"].decode()
    cache.clear()
    cache._cache.update(snapshot[0])
    cache._expire_info.update(snapshot[1])
    cache.set("generation:mirror", old_token)
    local_pages.clear()  # a restarted worker
    assert "Wie wij vandaag zijn" in wsgi_get(application, "/nl/over-ons/")["body"].decode()


def test_the_process_copies_are_bounded(application, process_copies):
    for path in ("/nl/", "/en/", "/nl/over-ons/", "/en/over-ons/", "/nl/toegankelijkheid/"):
        wsgi_get(application, path)
    assert len(local_pages.entries) == 3
    cache.clear()
    assert wsgi_get(application, "/nl/")["headers"].get("X-Page-Cache") != "hit"  # the oldest went first
    assert wsgi_get(application, "/nl/toegankelijkheid/")["headers"]["X-Page-Cache"] == "hit"


def test_stored_pages_carry_no_request_id(page_cache, client):
    client.get("/nl/", HTTP_X_REQUEST_ID="proxy-id-12345678")
    _, headers = cache.get(page_cache_key(RequestFactory().get("/nl/")))
    assert "Content-Security-Policy" in headers
    assert "X-Request-ID" not in headers and "X-Page-Cache" not in headers


@pytest.fixture
def page_reads(monkeypatch):
    """The page keys read from the shared cache (the generation's own key left out)."""
    reads = []
    shared_get = cache.get

    def counting_get(key, *args, **kwargs):
        if key.startswith("page:"):
            reads.append(key)
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)
    return reads


def test_a_miss_is_looked_up_once(application, page_cache, page_reads):
    """The middleware takes the WSGI entry's finding instead of asking the shared cache again."""
    first = wsgi_get(application, "/nl/over-ons/")
    assert first["headers"]["X-Page-Cache"] == "miss"
    assert len(page_reads) == 1
    assert wsgi_get(application, "/nl/over-ons/")["headers"]["X-Page-Cache"] == "hit"


def test_pages_not_for_sharing_skip_the_shared_cache_next_time(application, process_copies, page_reads):
    """The intake form carries a CSRF token: once seen, its address is not looked up again."""
    for _ in range(3):
        response = wsgi_get(application, "/nl/vraagstuk/formulier/")
        assert response["status"] == "200 OK"
        assert "X-Page-Cache" not in response["headers"]
    assert len(page_reads) == 1
    new_generation()  # a publish: the new generation is looked up afresh
    wsgi_get(application, "/nl/vraagstuk/formulier/")
    assert len(page_reads) == 2


def test_a_head_request_does_not_keep_a_shared_page_from_the_cache(application, process_copies):
    assert wsgi_get(application, "/nl/over-ons/", method="HEAD")["status"] == "200 OK"
    assert wsgi_get(application, "/nl/over-ons/")["headers"]["X-Page-Cache"] == "miss"
    local_pages.clear()  # as if this process had let its copy go: the shared cache still has it
    assert wsgi_get(application, "/nl/over-ons/")["headers"]["X-Page-Cache"] == "hit"


def test_the_wsgi_module_loads_in_a_fresh_process():
    """gunicorn imports portal.wsgi before anything else has loaded Django's apps."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "wsgi-import-check-" + "x" * 40,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi; print(type(portal.wsgi.application).__name__)"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == "CachedPageApplication", result.stderr
