"""Purging the addresses of a changed page from an HTTP cache in front (CDN, Varnish, nginx).

Kennisbrug's own page cache needs no purging (portal.page_cache); a cache in front keeps what
it was given for `s-maxage` unless told otherwise. When WAGTAILFRONTENDCACHE is configured
(FRONTEND_CACHE_PURGE_URL, see the README), a change purges, through Wagtail's frontend cache
task: the page in every language, its parent in every language (a listing, with its feed and
open-data addresses), the sitemap and the API's page list. Everything else that mentions the
page follows within `s-maxage`.
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


def purge_page_addresses(pages):
    """Purges `pages` (and what lists them) when an HTTP cache in front is configured."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    page_addresses(pages, batch)
    for site in Site.objects.all():
        batch.add_urls(site.root_url + path for path in ALSO_PURGED)
    batch.purge()
