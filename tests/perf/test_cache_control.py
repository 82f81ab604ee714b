"""What every response says about caching, what an HTTP cache in front is told to purge, and
what the caches do when their services fail or a request tries to fill them wrongly."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.contrib.auth import get_user_model

from wagtail.models import Page

import pytest

from playbook.models import PlaybookChapterPage
from portal.models import StandardPage
from submissions.models import Vraagstuk

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/nl/",
    "/en/",
    "/nl/over-ons/",
    "/nl/praktijkvoorbeelden/",
    "/en/case-studies/feed/",
    "/sitemap.xml",
]
NOT_SHARED = ["/nl/vraagstuk/formulier/", "/en/search/?q=playbook", "/nl/praktijkvoorbeelden/?sort=nonsense"]


def parts(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


@pytest.mark.parametrize("url", PUBLIC)
def test_public_pages_may_be_shared_by_a_cache_in_front(client, url, settings):
    response = client.get(url)
    assert response.status_code == 200
    assert {"public", f"s-maxage={settings.HTTP_CACHE_SECONDS}"} <= parts(response)


@pytest.mark.parametrize("url", NOT_SHARED)
def test_forms_searches_and_junk_addresses_are_never_shared(client, url, caches_on):
    response = client.get(url)
    assert {"private", "no-store"} & parts(response), url
    assert "public" not in parts(response)
    assert "X-Page-Cache" not in client.get(url)


def test_the_status_page_is_private(client):
    vraagstuk = Vraagstuk.objects.first()
    token = vraagstuk.new_status_token()
    vraagstuk.save(update_fields=["status_token_hash"])
    response = client.get(f"/nl/vraagstuk/status/{token}/")
    assert response.status_code == 200
    assert {"private", "no-store"} <= parts(response)


def test_a_logged_in_editor_gets_private_pages(client, caches_on):
    editor = get_user_model().objects.create_superuser("redacteur", "r@example.org", "a-long-password-1")
    client.force_login(editor)
    response = client.get("/nl/over-ons/")
    assert "private" in parts(response) and "public" not in parts(response)


def test_a_private_page_is_private_even_when_its_visitor_may_see_it(client, caches_on):
    about = Page.objects.get(url_path="/home-nl/over-ons/")
    about.view_restrictions.create(restriction_type="login")
    editor = get_user_model().objects.create_superuser("lezer", "l@example.org", "a-long-password-1")
    client.force_login(editor)
    response = client.get("/nl/over-ons/")
    assert response.status_code == 200
    assert "public" not in parts(response)
    client.logout()
    client.cookies.clear()
    assert client.get("/nl/over-ons/").status_code == 302


@pytest.mark.parametrize(
    "query", ["?preview=1", "?preview=true&revision=1", "?draft=1", "?%00=%ff", "?page=%2e%2e%2f"]
)
def test_draft_like_and_junk_query_strings_fill_no_entry_for_other_visitors(client, caches_on, query):
    page = PlaybookChapterPage.objects.live().filter(locale__language_code="nl").first()
    page.title = "Nog niet gepubliceerd"
    page.save_revision()  # a draft waits for review
    client.get(page.url + query)
    clean = client.get(page.url).content.decode()
    assert "Nog niet gepubliceerd" not in clean


def test_a_stale_editor_cookie_neither_reads_nor_fills_the_page_cache(client, caches_on):
    client.cookies["sessionid"] = "an-expired-editor-session"
    first = client.get("/nl/over-ons/")
    assert "X-Page-Cache" not in first and "public" not in parts(first)
    client.cookies.clear()
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "miss"


HOST = "127.0.0.1:8000"  # the demo site's hostname and port


class PurgeRecorder(BaseHTTPRequestHandler):
    """An HTTP cache in front, as far as purging goes: it records each PURGE it receives."""

    purged = []

    def do_PURGE(self):
        self.purged.append(f"{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_page_in_both_languages_with_what_lists_it(
    front_cache, django_capture_on_commit_callbacks
):
    chapter = PlaybookChapterPage.objects.live().filter(locale__language_code="nl").order_by("path").first()
    english = chapter.get_translation(chapter.get_translations().first().locale)
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    purged = set(front_cache)
    for page in (chapter, english):
        assert f"{HOST}{page.url}" in purged
        assert f"{HOST}{page.url}pdf/" in purged
        assert f"{HOST}{page.get_parent().url}" in purged  # the draaiboek's contents
    assert {f"{HOST}/sitemap.xml", f"{HOST}/api/v2/pages/"} <= purged
    assert not any("/praktijkvoorbeelden/" in url for url in purged)  # only what the change touches


def test_a_page_made_private_is_purged(front_cache, django_capture_on_commit_callbacks):
    about = Page.objects.get(url_path="/home-nl/over-ons/")
    with django_capture_on_commit_callbacks(execute=True):
        about.view_restrictions.create(restriction_type="login")
    assert f"{HOST}/nl/over-ons/" in front_cache


def test_a_section_made_private_purges_every_page_below_it(front_cache, django_capture_on_commit_callbacks):
    library = Page.objects.get(url_path="/home-nl/praktijkvoorbeelden/")
    cases = list(library.get_children().live())
    assert cases
    with django_capture_on_commit_callbacks(execute=True):
        library.view_restrictions.create(restriction_type="login")
    for case in cases:
        assert f"{HOST}{case.url}" in front_cache


def test_a_move_purges_the_old_addresses_of_the_page_and_its_subtree(
    front_cache, django_capture_on_commit_callbacks
):
    about = Page.objects.get(url_path="/home-nl/over-ons/")
    child = about.add_child(instance=StandardPage(title="Werkwijze", slug="werkwijze"))
    old_addresses = [f"{HOST}{about.url}", f"{HOST}{child.url}"]
    library = Page.objects.get(url_path="/home-nl/praktijkvoorbeelden/")
    destination = Page.objects.get(url_path="/home-nl/draaiboek/")
    with django_capture_on_commit_callbacks(execute=True):
        about.move(destination, pos="last-child")
    about.refresh_from_db()
    child.refresh_from_db()
    assert set(old_addresses) <= set(front_cache)  # where a cache in front still had them
    assert f"{HOST}{about.url}" in front_cache  # where they are now
    assert not any(library.url in url for url in front_cache)


def test_nothing_is_purged_without_a_cache_in_front(settings, django_capture_on_commit_callbacks):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    chapter = PlaybookChapterPage.objects.live().first()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        chapter.save_revision().publish()
    assert callbacks  # the mirror of the generation still runs


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing answers there
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    }
}


def test_with_redis_down_pages_are_rendered_and_health_names_the_cache(client, caches_on, settings):
    settings.CACHES = UNREACHABLE_REDIS
    for url in ("/nl/", "/nl/over-ons/", "/en/case-studies/", "/nl/draaiboek/"):
        assert client.get(url).status_code == 200, url
        assert client.get(url).status_code == 200, url  # nothing half-stored breaks a second visit
    health = client.get("/health/")
    assert health.status_code == 503
    assert json.loads(health.content)["checks"]["cache"] == "fail"
    assert json.loads(health.content)["checks"]["database"] == "ok"


def production_check(**environment):
    env = {
        **{
            name: value
            for name, value in os.environ.items()
            if name not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")
        },
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "production-check-key-" + "x" * 40,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
        **environment,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_with_a_cache_per_worker():
    """Without REDIS_URL every gunicorn worker would keep its own rate-limit counters and caches."""
    alone = production_check()
    assert alone.returncode != 0
    assert "portal.E001" in alone.stderr
    assert "django_ratelimit.E003" in alone.stderr  # django-ratelimit's own check is not silenced
    shared = production_check(REDIS_URL="redis://127.0.0.1:6379/0")
    assert shared.returncode == 0, shared.stderr
