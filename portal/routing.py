"""Finding the page for a request path: Wagtail's routing rules, with the path's pages read in
one query instead of two per path segment (the child, then its specific row).

`HomePage.route` hands the path below the site root to `route_below`. It follows the
same rules as Wagtail's `Page.route`: each path segment is the slug of a child of the page
before it; a page class with routing of its own (RoutablePageMixin: feeds, exports, PDFs)
answers the rest of the path itself when one of its sub-routes matches it, and otherwise
the path goes on to its children; the last page must be live. A draft or a page under a
view restriction is refused later, by Wagtail's serving hooks (portal.public).
"""

from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def _routes_itself(page_class, page, remaining):
    """True when `page` (of `page_class`) answers the `remaining` path segments itself."""
    if page_class.route is Page.route:
        return False
    if page_class.route is not RoutablePageMixin.route:
        return True  # routing of its own kind: hand it everything, as Wagtail would
    if not page.live:
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{segment}/" for segment in remaining))
    except Resolver404:
        return False
    return True


def route_below(root, request, components):
    """Wagtail's `root.route(request, components)`, in two queries whatever the depth."""
    children = {
        (page.path[: -page.steplen], page.slug): page
        for page in Page.objects.filter(
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + len(components),
            slug__in=set(components),
        )
    }
    page = root
    for position, segment in enumerate(components):
        child = children.get((page.path, segment))
        if child is None:
            raise Http404
        page = child
        remaining = components[position + 1 :]
        if _routes_itself(page.specific_class or Page, page, remaining):
            return page.specific.route(request, remaining)
    if not page.live:
        raise Http404
    return RouteResult(page if page is root else page.specific)
