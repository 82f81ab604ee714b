"""Cached pieces of every page: site lookup, site settings, menu, footer, language versions;
and, through page_fragment() and cached_fragment(), what the apps derive from content (facet
counts, a case's facts and related cases, a chapter's neighbours and linked pages).

Without them each page pays about ten queries for things that change only when an
editor publishes. They are cached under the same generation as whole pages
(portal.page_cache), so every content change that invalidates pages invalidates
these too. FRAGMENT_CACHE_SECONDS = 0 switches them off (the test settings do:
tests roll back content the cache would still remember).

Each process also keeps its most-read fragments (FRAGMENT_CACHE_LOCAL_ENTRIES), so a page
view needs no network round trip per fragment. The copies are pickled, as in the shared
cache: every request unpickles its own objects and can change them without touching
the next request's. A key holds its generation, so a publish needs no clearing here:
other processes see it when they re-read the generation (portal.page_cache).
"""

import pickle

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Site

from portal.models import SiteSettings
from portal.page_cache import LocalCopies, current_generation

MISSING = "<none>"  # stands for a cached None, which cache.get cannot tell from a miss

local_fragments = LocalCopies("FRAGMENT_CACHE_LOCAL_ENTRIES", "FRAGMENT_CACHE_SECONDS")


def request_generation(request):
    """The cache generation, read once per request."""
    if request is None:
        return current_generation()
    if not hasattr(request, "cache_generation"):
        request.cache_generation = current_generation()
    return request.cache_generation


def fragment_key(request, name, parts):
    return ":".join(["fragment", str(request_generation(request)), name, *map(str, parts)])


def read_fragment(key):
    """The value stored under `key`, this process's copy first; None when there is none."""
    stored = local_fragments.get(key)
    if stored is not None:
        return pickle.loads(stored)  # noqa: S301 (written by this process, below)
    try:
        value = cache.get(key)
    except (AttributeError, ImportError, pickle.UnpicklingError):
        # Written by another release whose classes this code no longer has (RELEASE unset):
        # built again, as any missing fragment is.
        return None
    if value is not None:
        local_fragments.put(key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    return value


def write_fragment(key, value):
    cache.set(key, value, settings.FRAGMENT_CACHE_SECONDS)
    local_fragments.put(key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def cached_fragment(request, name, parts, build):
    """build()'s result, computed once per content generation and key `parts`."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0:
        return build()
    key = fragment_key(request, name, parts)
    value = read_fragment(key)
    if value is None:
        value = build()
        write_fragment(key, MISSING if value is None else value)
    return None if value == MISSING else value


def page_fragment(request, name, page, build):
    """build()'s result for `page` in the active language (the pages it links to, its facts),
    kept for the content generation: links between pages change only when content is published."""
    return cached_fragment(request, name, [page.pk, get_language()], build)


class CachedSiteMiddleware:
    """Primes Wagtail's per-request caches of the Site, SiteSettings and site root paths from ours.

    Wagtail looks both up once per request (Site.find_for_request keeps the site in
    request._wagtail_site, BaseSiteSetting.for_request in an attribute it names), and
    the site root paths too (in request._wagtail_cached_site_root_paths).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_SECONDS > 0:
            address = [request.get_host(), request.get_port()]
            site = cached_fragment(request, "site", address, lambda: Site.find_for_request(request))
            request._wagtail_site = site
            if site is not None:
                site_settings = cached_fragment(
                    request, "sitesettings", [site.pk], lambda: SiteSettings.for_site(site)
                )
                site_settings._request = request  # as for_request does, for page URLs
                setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
            # Every page address is built from these; Wagtail keeps them in the shared cache
            # (a round trip per request) and then on the request, where they are put now.
            request._wagtail_cached_site_root_paths = cached_fragment(
                request, "site-root-paths", [], Site.get_site_root_paths
            )
        return self.get_response(request)
