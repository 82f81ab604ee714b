from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    """Every live public page of every language tree, each with its hreflang alternates."""

    def items(self):
        home = self.get_wagtail_site().root_page
        roots = home.get_translations(inclusive=True)
        trees = Page.objects.none()
        for root in roots:
            trees |= Page.objects.descendant_of(root, inclusive=True)
        return trees.live().public().order_by("path").defer_streamfields().specific()
