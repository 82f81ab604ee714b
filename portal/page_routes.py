"""Wagtail's page routing, remembered for the content generation.

To find the page for /nl/praktijkvoorbeelden/buurtcampus/ Wagtail walks the tree: the
active locale, the site's root page in that locale, one query per path segment, the
specific page, then the view restrictions of the page and its ancestors. That is 5 to
8 queries before the page renders. Where a path leads changes only when content is
published, unpublished, moved or deleted, and each of those bumps the cache generation
(portal.signals), so the route is kept as a fragment of it: the live page itself (its
content is the published one, which changes only with a publish, too), how many path
segments the tree used (a routable page resolves the rest itself) and whether a view
restriction applies. A remembered route costs no query at all.

Addresses that lead nowhere are not remembered: a stream of made-up addresses must not
fill the cache. Restricted pages keep Wagtail's own check on every request.
"""

import copy

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from portal.fragment_cache import fragment_key, read_fragment, write_fragment


def known_route(page, site):
    """What is kept of a route to `page`: (page, path segments it used, whether it is restricted)."""
    kept = copy.copy(page)
    kept.__dict__.pop("_cached_parent_obj", None)  # set by the tree walk; not worth keeping
    kept.locale = page.locale  # every template reads it: kept along, so no query asks for it
    segments_used = page.depth - site.root_page.depth  # a site root and its translations are siblings
    return (kept, segments_used, page.get_view_restrictions().exists())


def follow_known_route(request, route, segments):
    """Wagtail's route result for a remembered route, or None when it leads nowhere now."""
    page, segments_used, restricted = route
    # Read by BasePage.get_view_restrictions: checked for this generation when the route was kept.
    page.has_no_view_restrictions = not restricted
    try:
        return page.route(request, segments[segments_used:])
    except Http404:
        return None


class CachedPageRouteMiddleware:
    """Hands Wagtail's serve view a remembered route (Wagtail keeps a request's route in
    request._wagtail_route_for_request and looks no further when it is there)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or settings.FRAGMENT_CACHE_SECONDS <= 0:
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        segments = [segment for segment in path.split("/") if segment]
        key = fragment_key(request, "route", [site.pk, get_language(), path])
        route = read_fragment(key)
        if route is not None:
            result = follow_known_route(request, route, segments)
            if result is not None:
                request._wagtail_route_for_request = result
            return None
        result = Page.route_for_request(request, path)  # Wagtail keeps it on the request
        if result is not None:
            write_fragment(key, known_route(result.page, site))
        return None
