from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from portal.open_data import LICENCE_STATEMENT, with_licence_link

from .labels import TaxonomyLabels

FEED_LENGTH = 20


class CaseStudyFeed(Feed):
    """An Atom feed of the newest published case studies of one language."""

    feed_type = Atom1Feed
    # language is left unset: Django then uses the active language, taken from the URL.

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.labels = TaxonomyLabels()

    feed_copyright = LICENCE_STATEMENT  # Atom <rights>

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return with_licence_link(super().__call__(request, *args, **kwargs))

    def title(self):
        return self.index.title

    def subtitle(self):
        return self.index.summary or _("New case studies")

    def link(self):
        return self.index.get_url(self.request)

    def feed_url(self):
        return self.request.path

    def items(self):
        return (
            self.index.published_cases()
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [self.labels.name("theme", theme.key) for theme in item.themes.all()]
