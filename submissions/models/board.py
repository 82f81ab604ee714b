"""The public board of open questions: a page editors place in each language tree.

What it lists is decided in submissions.board (which questions, what of them is shown); this
page gives it an address in both languages, a preview, a feed and a place in the sitemap.
"""

from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.models import BasePage
from portal.page_cache import is_public_request

from ..board.feed import BoardFeed
from ..board.listing import BoardListing


class BoardPage(RoutablePageMixin, BasePage):
    """Open questions waiting for students, in the visitor's language, with filters and a feed."""

    content_panels = [*BasePage.content_panels, FieldPanel("summary")]
    search_fields = BasePage.search_fields

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("board of open questions")
        verbose_name_plural = _("boards of open questions")

    @path("")
    def listing(self, request):
        listing = BoardListing(request, language=self.locale.language_code)
        response = self.render(
            request, context_overrides={"listing": listing, "feed_url": self.feed_url(request)}
        )
        if listing.ignored_input:
            # Junk in the address is answered but kept by no cache (as in the case library).
            add_never_cache_headers(response)
        elif request.GET and is_public_request(request):
            # A filtered address cannot be purged by name from an HTTP cache in front: such a cache
            # must not keep it, so a question that left the board is gone from it at once.
            # Kennisbrug's own page cache keeps it under the content generation (portal.page_cache).
            patch_cache_control(response, public=True, max_age=0, s_maxage=0)
        return response

    @path("feed/", name="feed")
    def feed(self, request):
        return BoardFeed(self)(request)

    def feed_url(self, request):
        url = self.get_url(request)
        return url + self.reverse_subpage("feed") if url else ""

    def get_cached_paths(self):
        """The addresses an HTTP cache in front holds for this board (portal.frontend_purge)."""
        return ["/", self.reverse_subpage("feed")]
