"""Everything Kennisbrug keeps between requests: what, under which key, for how long, emptied by what.

| what | where | key | kept for | gone when |
| --- | --- | --- | --- | --- |
| whole anonymous pages | shared cache (Redis) + a copy in each process | `page:<release>:<generation>:<language>:<sha256 of the address>` | PAGE_CACHE_SECONDS | the generation changes |
| menu items (data) | shared cache | `fragment:<release>:<generation>:menu:<host>:<language>` | FRAGMENT_CACHE_SECONDS | the generation changes |
| the footer (HTML, `{% cache %}` in base.html) | shared cache | Django's `template.cache.footer.<hash of generation, language, host>` | FRAGMENT_CACHE_SECONDS | the generation changes |
| chapter and exercise PDFs | shared cache | `pdf:<release>:<generation>:<page>:<language>` | PDF_CACHE_SECONDS | the generation changes |
| HTTP caches in front (CDN, Varnish, nginx) | outside Kennisbrug | the address | `s-maxage` = HTTP_CACHE_SECONDS | a change purges its addresses (portal.frontend_purge) |

**The generation** is one random token in the database (portal.models.ContentGeneration). Every
change the public can see replaces it in the same transaction (portal.signals): publishing,
unpublishing, moving, deleting, scheduling that takes effect, a view restriction, a snippet,
a setting, an image or a document; and a question that joins, changes on or leaves the board
of open questions (its status, text, themes or consents; submissions.board.invalidation calls
`start_new_generation` with the boards). Every request reads it once. So a page in the cache was
rendered from exactly the content that is current, or it is never served again: there is no
window after a publish, not even in another process, and a cache restored from an old
snapshot holds keys whose token the database no longer has. While the database is down the
token mirrored in the shared cache after the last commit is used (nothing can be published
then); with neither, nothing is kept or served from the cache.

**Can a page be stale, and for how long?** From Kennisbrug itself: never. From an HTTP cache in
front: the addresses of a changed page (both languages, its listing, feeds, sitemap) are
purged at once; other pages that show it (a menu label, a linked title) for at most
`s-maxage`. A filtered address of the board of open questions cannot be purged by name, so it
says `s-maxage=0`: a cache in front does not keep it (Kennisbrug's own page cache does). A page made private is purged with every page below it; a moved page and its
subtree are purged at their old addresses as well as their new ones.

**Tested as it runs.** The test suite runs with every cache on (portal.settings.test), each
test starting empty; the tests that measure rendering itself switch them off (`caches_off`),
and tests/perf compares every public address with the caches on and off after random edits.

**What is public.** Only a response that `public_response` marks `Cache-Control: public` is kept:
a GET of a live page Wagtail served past its view-restriction check, or of a view declared
public (`public_view`: sitemap, API), by a visitor without a session cookie, not a preview, with
a 200 answer that sets no cookie and used no CSRF token. Everything else is marked `private,
no-store`. Fragments are read and written only while rendering such a request, and only from
what is in the database: a preview, a draft, a logged-in request or a private page never
fills an entry a visitor gets.

**A failing cache** (Redis down) reads as empty: pages are rendered, slower and correct
(`IGNORE_EXCEPTIONS` in settings; /health/ says which part failed).
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
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control
from django.utils.translation import get_language, get_language_from_path

from portal.models import ContentGeneration
from portal.request_logging import request_id_from

MIRROR_KEY = "generation:mirror"
# Where the generation of this request is kept, so it is read once per request.
GENERATION_ATTRIBUTE = "content_generation"
ENVIRON_GENERATION = "kennisbrug.content_generation"
ENVIRON_LOOKED_UP = "kennisbrug.page_cache_key"
PUBLIC_VIEW_ATTRIBUTE = "public_view"
SERVED_PAGE_ATTRIBUTE = "served_page"
# Set per request by the layer that answers; never part of what is stored.
PER_REQUEST_HEADERS = {"x-request-id", "x-page-cache"}
# Headers a stored page may vary on: the key holds the language, and a session cookie skips the cache.
HANDLED_VARY_HEADERS = {"cookie", "accept-language"}


# The generation -------------------------------------------------------------------------------


def read_generation():
    """The current generation token, from the database; the shared cache's mirror while the
    database cannot answer; None when neither can (then nothing is cached)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT token FROM {ContentGeneration._meta.db_table} WHERE id = 1")  # noqa: S608
            row = cursor.fetchone()
        return row[0] if row else ContentGeneration.objects.get_or_create(pk=1)[0].token
    except DatabaseError:
        if not connection.in_atomic_block:
            connection.close()  # reconnect on the next request instead of reusing a broken link
        return cache.get(MIRROR_KEY)


def request_generation(request):
    """The generation, read once per request (the WSGI layer may have read it already)."""
    if not hasattr(request, GENERATION_ATTRIBUTE):
        generation = request.META.get(ENVIRON_GENERATION) or read_generation()
        setattr(request, GENERATION_ATTRIBUTE, generation)
    return getattr(request, GENERATION_ATTRIBUTE)


def new_generation():
    """Replaces the token; called inside the transaction of the change (portal.signals)."""
    token = ContentGeneration._meta.get_field("token").default()
    ContentGeneration.objects.update_or_create(pk=1, defaults={"token": token})
    return token


def mirror_generation(token):
    """After the commit: the shared cache's copy, for when the database is down; this process's
    copies of the old generation are of no use any more."""
    cache.set(MIRROR_KEY, token, timeout=None)
    local_pages.clear()
    local_unshared.clear()


# This process's copies ------------------------------------------------------------------------


class LocalCopies:
    """The most recently read entries of this process, at most `size_setting` of them, each for
    `seconds_setting` seconds. Keys hold the generation, so a copy is never outdated, only unused."""

    def __init__(self, size_setting, seconds_setting):
        self.size_setting = size_setting
        self.seconds_setting = seconds_setting
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # threaded servers share the process

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


local_pages = LocalCopies("PAGE_CACHE_LOCAL_PAGES", "PAGE_CACHE_SECONDS")
# Addresses whose 200 answer was not public (a form, a search): their next visitors skip a
# shared-cache lookup that would miss anyway. Apart from local_pages, so searches never push
# out the pages that are shared.
local_unshared = LocalCopies("PAGE_CACHE_LOCAL_PAGES", "PAGE_CACHE_SECONDS")


# What is public -------------------------------------------------------------------------------


def is_anonymous(request):
    """No session cookie: nobody is logged in, and no session data can change the page."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def is_public_request(request):
    """A request whose answer may be shared: anonymous, reading, not a preview."""
    return (
        request.method in ("GET", "HEAD")
        and is_anonymous(request)
        and not getattr(request, "is_preview", False)
        and not getattr(request, "is_dummy", False)  # Wagtail's preview request, before is_preview is set
    )


def may_use_cache(request):
    """A public request whose generation is known: caches are read and written for it only."""
    return is_public_request(request) and request_generation(request) is not None


def public_view(view):
    """Declares a view's answer the same for every visitor (the sitemap, the API)."""

    def wrapped(request, *args, **kwargs):
        setattr(request, PUBLIC_VIEW_ATTRIBUTE, True)
        return view(request, *args, **kwargs)

    wrapped.__name__, wrapped.__doc__ = view.__name__, view.__doc__
    return wrapped


def served_page_is_public(request):
    """A live page Wagtail served to a visitor without a session: its view-restriction check let
    the request through, so no restriction applies (a password or a login needs a session)."""
    page = getattr(request, SERVED_PAGE_ATTRIBUTE, None)
    return page is not None and page.live and is_anonymous(request)


def public_response(request, response):
    """Marks `response` public (with `s-maxage` for HTTP caches in front) or `private, no-store`.

    A response that already says how it may be cached (whitenoise's files, never_cache, a
    listing with junk in its address) keeps that.
    """
    if response.has_header("Cache-Control"):
        return response
    shareable = (
        response.status_code == HTTPStatus.OK
        and not response.cookies
        and is_public_request(request)
        and (getattr(request, PUBLIC_VIEW_ATTRIBUTE, False) or served_page_is_public(request))
    )
    if shareable:
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.HTTP_CACHE_SECONDS)
    else:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def cache_control_parts(response):
    return {
        part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }


def response_is_kept(request, response):
    """A response marked public that, on its way out, still holds nothing of one visitor."""
    if request.method != "GET" or response.status_code != HTTPStatus.OK or response.streaming:
        return False
    if (
        response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.META.get("CSRF_COOKIE_USED")
    ):
        return False
    vary = {
        header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()
    }
    parts = cache_control_parts(response)
    return (
        "public" in parts and not parts & {"private", "no-store", "no-cache"} and vary <= HANDLED_VARY_HEADERS
    )


class CacheControlMiddleware:
    """Gives every response its Cache-Control (`public_response`); after the authentication
    middleware, inside the session and CSRF middleware, whose cookies the page cache checks again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return public_response(request, self.get_response(request))


# Whole pages ----------------------------------------------------------------------------------


def page_key(request, generation):
    language = get_language_from_path(request.path_info)
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page:{settings.RELEASE}:{generation}:{language}:{digest}"


def page_cache_key(request):
    """The key of this request's page, or None when it must neither come from nor go into the cache."""
    if (
        settings.PAGE_CACHE_SECONDS <= 0
        or not get_language_from_path(request.path_info)  # elsewhere the language comes from a header
        or not may_use_cache(request)
    ):
        return None
    try:
        return page_key(request, request_generation(request))
    except DisallowedHost:  # Django answers it with 400 further in
        return None


def find_page(key):
    """(content, headers) stored under `key`: this process's copy first, then the shared cache."""
    page = local_pages.get(key)
    if page is None and local_unshared.get(key) is None:
        page = cache.get(key)
        if page is not None:
            local_pages.put(key, page)
    return page


def keep_page(key, response):
    headers = {name: value for name, value in response.items() if name.lower() not in PER_REQUEST_HEADERS}
    page = (response.content, headers)
    cache.set(key, page, settings.PAGE_CACHE_SECONDS)
    local_pages.put(key, page)


def hit_headers(request, headers, content):
    return {
        **headers,
        "Content-Length": str(len(content)),
        "X-Page-Cache": "hit",
        "X-Request-ID": request_id_from(request.META.get("HTTP_X_REQUEST_ID", "")),
    }


class PageCacheMiddleware:
    """Answers public pages from the cache and keeps the ones `response_is_kept` allows.

    First in MIDDLEWARE: a hit skips everything else, and on the way out it sees the final
    headers and cookies of every layer inside it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if ENVIRON_LOOKED_UP in request.META:  # the WSGI layer looked and found nothing
            key, page = request.META[ENVIRON_LOOKED_UP], None
        else:
            key = page_cache_key(request)
            page = None if key is None else find_page(key)
        if key is None:
            return self.get_response(request)
        if page is not None:
            content, headers = page
            body = b"" if request.method == "HEAD" else content
            return HttpResponse(body, headers=hit_headers(request, headers, content))
        response = self.get_response(request)
        if response_is_kept(request, response):
            keep_page(key, response)
            response["X-Page-Cache"] = "miss"
        elif request.method == "GET" and response.status_code == HTTPStatus.OK:
            local_unshared.put(key, True)
        return response


class CachedPageApplication:
    """The WSGI application: answers a page-cache hit before Django builds its request."""

    def __init__(self, django_application):
        self.django_application = django_application

    def __call__(self, environ, start_response):
        request = WSGIRequest(environ)  # reads no body; Django builds its own on a miss
        key = page_cache_key(request)
        page = None if key is None else find_page(key)
        if page is None:
            environ[ENVIRON_LOOKED_UP] = key
            environ[ENVIRON_GENERATION] = getattr(request, GENERATION_ATTRIBUTE, None)
            return self.django_application(environ, start_response)
        content, headers = page
        start_response(
            f"{HTTPStatus.OK.value} {HTTPStatus.OK.phrase}",
            list(hit_headers(request, headers, content).items()),
        )
        return [b"" if request.method == "HEAD" else content]


# Fragments ------------------------------------------------------------------------------------


def fragments_enabled(request):
    """Fragments are read and written only while rendering a public request."""
    return settings.FRAGMENT_CACHE_SECONDS > 0 and request is not None and may_use_cache(request)


def cached_fragment(request, name, parts, build):
    """build()'s result, kept for the generation under `name` and `parts`; built from the
    database only (never from an object a preview holds in memory)."""
    if not fragments_enabled(request):
        return build()
    key = ":".join(["fragment", settings.RELEASE, request_generation(request), name, *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    return value


def fragment_context(request):
    """Template context for `{% cache %}` blocks: whether to use them and their key parts."""
    try:
        enabled = fragments_enabled(request) and bool(request.get_host())
    except DisallowedHost:  # the 400 page for a host that is not ours
        enabled = False
    return {
        "fragment_cache": {
            "enabled": enabled,
            "seconds": settings.FRAGMENT_CACHE_SECONDS,
            "generation": request_generation(request) if enabled else "",
            "release": settings.RELEASE,
            "language": get_language(),
            "host": request.get_host() if enabled else "",
        }
    }


def pdf_key(request, page):
    """The key of a page's PDF, or None when it must not be kept (a preview, a private page)."""
    if settings.PDF_CACHE_SECONDS <= 0 or not may_use_cache(request) or not served_page_is_public(request):
        return None
    return f"pdf:{settings.RELEASE}:{request_generation(request)}:{page.pk}:{get_language()}"
