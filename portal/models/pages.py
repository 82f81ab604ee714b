from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import ContentBlock
from portal.public import view_restrictions_of
from portal.routing import route_below
from portal.statement_blocks import StandardPageBlock

from .mixins import SummaryMixin


class BasePage(SummaryMixin, Page):
    """What every public page of Kennisbrug has: a summary."""

    search_fields = [*Page.search_fields, *SummaryMixin.search_fields]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        return view_restrictions_of(self)


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

    def route(self, request, path_components):
        """Every public address starts at a site's home page (portal.routing)."""
        return route_below(self, request, path_components)

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """About us, the privacy statement, the accessibility statement and similar pages."""

    body = StreamField(
        StandardPageBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The text of the page: paragraphs, quotes, tips, images and downloads; in statements also "
            "retention periods and the data-protection contact, taken from the site's configuration."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
