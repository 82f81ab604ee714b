"""Purging the addresses of a changed page from an HTTP cache in front (CDN, Varnish, nginx).

Kennisbrug's own page cache needs no purging (portal.page_cache); a cache in front keeps what
it was given for `s-maxage` unless told otherwise. When WAGTAILFRONTENDCACHE is configured
(FRONTEND_CACHE_PURGE_URL, see the README), a change purges, through Wagtail's frontend cache
task: the page in every language, its parent in every language (a listing, with its feed and
open-data addresses), the sitemap and the API's page list. Everything else that mentions the
page follows within `s-maxage`.

Two changes reach below the page itself: a view restriction purges every page under the
restricted one (they all became private at once), and a move purges the page and every page
under it at their old addresses, read before the move (a cache in front would otherwise go on
serving them there, even when the move put them under a private section).
"""

from django.conf import settings

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

ALSO_PURGED = ["/sitemap.xml", "/api/v2/pages/"]


def page_addresses(pages, batch):
    for page in pages:
        translations = Page.objects.filter(translation_key=page.translation_key).specific()
        for translation in translations:
            batch.add_page(translation)
            parent = translation.get_parent()
            if parent is not None and not parent.is_root():
                batch.add_page(parent.specific)


def front_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_batch(pages):
    """The addresses of `pages` and of what lists them, as they are now."""
    batch = PurgeBatch()
    page_addresses(pages, batch)
    for site in Site.objects.all():
        batch.add_urls(site.root_url + path for path in ALSO_PURGED)
    return batch


def purge_page_addresses(pages):
    """Purges `pages` (and what lists them) when an HTTP cache in front is configured."""
    if front_cache_configured():
        purge_batch(pages).purge()


def subtree(page):
    """`page` and every live page below it."""
    return list(page.get_descendants(inclusive=True).live().specific())
