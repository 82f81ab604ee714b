"""Anonymous full-page cache: the whole rendered page, per language, path and query string.

Why our own middleware and not wagtail-cache: its latest release (3.0.0) pins
wagtail<8, and its invalidation clears the whole cache anyway.

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

With REDIS_URL every gunicorn worker shares the cache and the generation. Local
memory is per process: a publish reaches only the worker that handled it, so other
workers may serve a page up to PAGE_CACHE_SECONDS old; base.py keeps that short.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

GENERATION_KEY = "pagecache:generation"
# Response headers that make a page differ per visitor in ways the key does not
# cover; the key covers language (from the path) and the session rule covers Cookie.
HANDLED_VARY_HEADERS = {"cookie", "accept-language"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store"}


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, not from 1: if the key is ever evicted, a restarted
        # count must not meet pages cached under an old generation of the same number.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def bump_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): a fresh clock value is always new
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


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


class PageCacheMiddleware:
    """Serve anonymous pages from the cache; store the ones every visitor may share.

    Sits right after WhiteNoise: a hit skips sessions, locale, CSRF, authentication
    and the view; on the way out it sees the final cookies and Vary headers of the
    layers inside it. Views opt out with Django's never_cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = cacheable_language(request)
        if language is None:
            return self.get_response(request)
        key = page_cache_key(request, current_generation(), language)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            # HEAD gets the headers of the cached GET (Content-Length included) and no body.
            response = HttpResponse(b"" if request.method == "HEAD" else content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if response_is_shareable(request, response):
            cache.set(key, (response.content, dict(response.items())), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response
