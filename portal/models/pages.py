from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from portal.blocks import ContentBlock

from .mixins import SummaryMixin


class BasePage(SummaryMixin, Page):
    """What every public page of Kennisbrug has: a summary, hreflang alternates in the sitemap."""

    search_fields = [*Page.search_fields, *SummaryMixin.search_fields]
    # Set by portal.page_routes on a page it routed from a route kept for the content
    # generation, which also knew that no view restriction applies to the page.
    has_no_view_restrictions = False

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if self.has_no_view_restrictions:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_sitemap_urls(self, request=None):
        alternates = [
            {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
            for page in self.get_translations(inclusive=True).live().public().select_related("locale")
        ]
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates,
            }
        ]


class HomePage(BasePage):
    body = StreamField(
        ContentBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The introduction below the title: what Kennisbrug offers and where to start."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """About us, the privacy statement, the accessibility statement and similar pages."""

    body = StreamField(
        ContentBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The text of the page: paragraphs, quotes, tips, images and downloads."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
