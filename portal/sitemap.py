from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.public import public_pages


class BilingualSitemap(Sitemap):
    """Every public page of every language tree, each with its hreflang alternates.

    Two queries however many pages there are: the pages (with their locale) and the site
    root paths Wagtail builds every address from.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path)
        pages = list(public_pages(Page.objects.filter(in_trees), any_language=True).select_related("locale"))
        self.alternates = defaultdict(list)
        for page in pages:
            self.alternates[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": page.get_full_url(self.request)}
            )
        return sorted(pages, key=lambda page: page.path)

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "location": item.get_full_url(self.request),
                "lastmod": item.last_published_at or item.latest_revision_created_at,
                "alternates": self.alternates[item.translation_key],
            }
            for item in self.paginator.page(page).object_list
        ]
        last_mods = {url["lastmod"] for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
