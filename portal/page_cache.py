"""Anonymous full-page cache: the whole rendered page, per language, path and query string.

Why our own and not wagtail-cache: its latest release (3.0.0) pins wagtail<8, and
its invalidation clears the whole cache anyway.

Invalidation uses a cache *generation*: one number stored in the cache and made
part of every key. Publishing, unpublishing, moving or deleting a page, and saving
or deleting a snippet or site setting (taxonomies, menu, footer) bump it
(portal.signals), which orphans every cached page at once; orphans expire with
their timeout. The trade-off: one edit empties the cache for all pages, not only
the pages it affects. That is always correct (a menu or a taxonomy label appears
on many pages, a moved page changes breadcrumbs and links elsewhere), needs no map
of which page shows what, and costs one render per page after an edit, which is
cheap at the rate editors publish.

Never cached: requests that carry a session cookie (logged-in editors, anyone
with session data: their pages vary on Cookie), anything but GET 200, responses
that render a CSRF token, set a cookie, use the session, say private/no-cache/
no-store (Django's never_cache), or vary on anything but Cookie and language.

Two layers: the shared cache (Redis with REDIS_URL: every gunicorn worker shares
pages and the generation) and a small copy of the most-read pages in each
process. A hit on the copy answers without a network round trip; that is what
lets cached pages come close to a static file (bench/README.md). The price is a
short delay: each process re-reads the shared generation at most every
PAGE_CACHE_GENERATION_SECONDS, so after a publish another worker may serve the
previous version for up to that long. The worker that handled the publish sees it
at once.

Hits are answered twice over, by the same lookup: by CachedPageApplication in
front of Django in production (portal.wsgi; a hit skips building the request,
every middleware and the view) and by PageCacheMiddleware, first in MIDDLEWARE,
for servers that do not use portal.wsgi (runserver, the test client). The
middleware is also the one that stores pages: only there are the session, the
user and the CSRF state known.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

from portal.request_logging import request_id_from

# Response headers that make a page differ per visitor in ways the key does not
# cover; the key covers language (from the path) and the session rule covers Cookie.
HANDLED_VARY_HEADERS = {"cookie", "accept-language"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store"}
# Set per request by the layer that answers; never part of what is stored.
PER_REQUEST_HEADERS = {"x-request-id", "x-page-cache"}
# CachedPageApplication's finding, handed to PageCacheMiddleware so a miss is not looked up twice:
# the key to store the page under (None: not a page for the cache).
LOOKED_UP_KEY = "kennisbrug.page_cache_key"


class LocalGeneration:
    """This process's copy of the shared generation, re-read when it is older than allowed."""

    def __init__(self):
        self.value = None
        self.read_at = 0.0

    def get(self):
        now = time.monotonic()
        if self.value is None or now - self.read_at >= settings.PAGE_CACHE_GENERATION_SECONDS:
            self.value, self.read_at = shared_generation(), now
        return self.value

    def forget(self):
        self.value = None


class LocalCopies:
    """The most recently read entries of this process, at most `size_setting` of them.

    Each copy lives `seconds_setting` seconds; both are read from settings on use.
    """

    def __init__(self, size_setting, seconds_setting):
        self.size_setting = size_setting
        self.seconds_setting = seconds_setting
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # runserver and threaded workers share the process

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            expires_at, value = entry
            if expires_at < time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return value

    def put(self, key, value):
        limit = getattr(settings, self.size_setting)
        if limit <= 0:
            return
        with self.lock:
            self.entries[key] = (time.monotonic() + getattr(settings, self.seconds_setting), value)
            self.entries.move_to_end(key)
            while len(self.entries) > limit:
                self.entries.popitem(last=False)

    def clear(self):
        with self.lock:
            self.entries.clear()


local_generation = LocalGeneration()
local_pages = LocalCopies("PAGE_CACHE_LOCAL_PAGES", "PAGE_CACHE_SECONDS")
# Addresses whose page came back 200 but not for sharing (a form with its CSRF token, a counted
# search): their next visitors skip the shared-cache lookup that would miss anyway. Kept apart
# from local_pages, so a stream of searches never pushes out the pages that are shared.
local_unshared = LocalCopies("PAGE_CACHE_LOCAL_PAGES", "PAGE_CACHE_SECONDS")


def generation_key():
    """One generation per release of the code: after a deploy no page or fragment rendered
    by the previous templates is served (settings.RELEASE, e.g. the commit)."""
    return f"pagecache:generation:{settings.RELEASE}"


def shared_generation():
    key = generation_key()
    generation = cache.get(key)
    if generation is None:
        # Start from the clock, not from 1: if the key is ever evicted, a restarted
        # count must not meet pages cached under an old generation of the same number.
        cache.add(key, time.time_ns(), timeout=None)
        generation = cache.get(key)
    return generation


def current_generation():
    return local_generation.get()


def bump_generation():
    try:
        cache.incr(generation_key())
    except ValueError:  # not set yet (or evicted): a fresh clock value is always new
        cache.set(generation_key(), time.time_ns(), timeout=None)
    local_generation.forget()
    local_pages.clear()
    local_unshared.clear()


def page_cache_key(request, generation, language):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"pagecache:{generation}:{language}:{digest}"


def cacheable_language(request):
    """The language of an anonymous GET/HEAD for a /nl/ or /en/ address, else None.

    No session cookie means nobody is logged in. Only language-prefixed addresses:
    elsewhere LocaleMiddleware picks the language from Accept-Language.
    """
    if (
        settings.PAGE_CACHE_SECONDS <= 0
        or request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    ):
        return None
    return get_language_from_path(request.path_info)


def cached_page_key(request):
    """The key this request's page is stored under, or None when it must not come from the cache."""
    language = cacheable_language(request)
    if language is None:
        return None
    try:
        return page_cache_key(request, current_generation(), language)
    except DisallowedHost:  # Django answers it with 400 further in
        return None


def find_cached_page(key):
    """(content, headers) stored under key: this process's copy first, then the shared cache."""
    page = local_pages.get(key)
    if page is None and local_unshared.get(key) is None:
        page = cache.get(key)
        if page is not None:
            local_pages.put(key, page)
    return page


def store_page(key, response):
    headers = {name: value for name, value in response.items() if name.lower() not in PER_REQUEST_HEADERS}
    page = (response.content, headers)
    cache.set(key, page, settings.PAGE_CACHE_SECONDS)
    local_pages.put(key, page)


def response_is_shareable(request, response):
    """A response every anonymous visitor may get: no CSRF token, cookie or per-user content."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if (
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.META.get("CSRF_COOKIE_USED")
    ):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or not session.is_empty()):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & UNCACHEABLE_CACHE_CONTROL or "max-age=0" in response.get("Cache-Control", ""):
        return False
    vary = {
        header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()
    }
    return vary <= HANDLED_VARY_HEADERS


def hit_headers(request, headers, content):
    """The stored headers plus what belongs to this request alone."""
    return {
        **headers,
        "Content-Length": str(len(content)),
        "X-Page-Cache": "hit",
        "X-Request-ID": request_id_from(request.META.get("HTTP_X_REQUEST_ID", "")),
    }


class PageCacheMiddleware:
    """Serve anonymous pages from the cache; store the ones every visitor may share.

    First in MIDDLEWARE: a hit skips everything else, and on the way out it sees
    the final headers (security headers, CSP), cookies and Vary of every layer
    inside it, so what it stores is the complete response. Views opt out with
    Django's never_cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if LOOKED_UP_KEY in request.META:  # CachedPageApplication looked already and found nothing
            key, page = request.META[LOOKED_UP_KEY], None
        else:
            key = cached_page_key(request)
            page = None if key is None else find_cached_page(key)
        if key is None:
            return self.get_response(request)
        if page is not None:
            content, headers = page
            # HEAD gets the headers of the cached GET (Content-Length included) and no body.
            body = b"" if request.method == "HEAD" else content
            return HttpResponse(body, headers=hit_headers(request, headers, content))
        response = self.get_response(request)
        if response_is_shareable(request, response):
            store_page(key, response)
            response["X-Page-Cache"] = "miss"
        elif request.method == "GET" and response.status_code == HTTPStatus.OK:
            local_unshared.put(key, True)
        return response


class CachedPageApplication:
    """WSGI application that answers cache hits itself and hands everything else to Django."""

    def __init__(self, django_application):
        self.django_application = django_application

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)  # reads no body; Django builds its own on a miss
        key = cached_page_key(request)
        page = None if key is None else find_cached_page(key)
        if page is None:
            environ[LOOKED_UP_KEY] = key
            return self.django_application(environ, start_response)
        content, headers = page
        start_response(
            f"{HTTPStatus.OK.value} {HTTPStatus.OK.phrase}",
            list(hit_headers(request, headers, content).items()),
        )
        return [b"" if request.method == "HEAD" else content]
