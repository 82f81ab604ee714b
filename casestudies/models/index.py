from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.models import BasePage
from portal.open_data import LICENCE, LICENCE_NAME, LICENCE_URL, with_licence_link
from portal.public import public_pages

from ..catalogue import catalogue_csv, catalogue_rows
from ..facets import CaseListing
from ..feeds import CaseStudyFeed
from .case_study import CaseStudyPage

OPEN_DATA_ROUTES = {"feed": "feed", "csv": "catalogue_csv", "json": "catalogue_json"}


class CaseStudyIndexPage(RoutablePageMixin, BasePage):
    """The case study library of one language: facets, a feed and the open-data downloads."""

    content_panels = [*BasePage.content_panels, FieldPanel("summary")]
    search_fields = BasePage.search_fields

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case study library")
        verbose_name_plural = _("case study libraries")

    def published_cases(self):
        """Live, public case studies of this language tree: the only ones anything publishes."""
        return public_pages(CaseStudyPage.objects.child_of(self), any_language=True)

    @path("")
    def listing(self, request):
        listing = CaseListing(request, library=self)
        response = self.render(
            request, context_overrides={"listing": listing, "open_data": self.open_data_urls(request)}
        )
        if listing.ignored_input:
            # Addresses with junk in them are answered but not kept in the page cache,
            # so made-up query strings cannot crowd out real pages.
            add_never_cache_headers(response)
        return response

    def get_cached_paths(self):
        """The addresses an HTTP cache in front holds for this library (portal.frontend_purge)."""
        return ["/", *(self.reverse_subpage(route) for route in OPEN_DATA_ROUTES.values())]

    def open_data_urls(self, request):
        url = self.get_url(request)
        urls = {name: url + self.reverse_subpage(route) for name, route in OPEN_DATA_ROUTES.items()}
        return {**urls, "licence_name": LICENCE_NAME, "licence_url": LICENCE_URL}

    @path("feed/", name="feed")
    def feed(self, request):
        return CaseStudyFeed(self)(request)

    def exported_listing(self, request):
        """The listing at this address: a download holds the cases it shows (every page of
        them), so the visitor's filters stay. Junk in the address is ignored, as by the listing."""
        return CaseListing(request, library=self)

    @path("export/csv/", name="catalogue_csv")
    def catalogue_as_csv(self, request):
        listing = self.exported_listing(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="case-studies-{self.locale.language_code}.csv"'
        )
        catalogue_csv(catalogue_rows(listing.matching_cases(), request), response)
        return open_data_response(response, listing)

    @path("export/json/", name="catalogue_json")
    def catalogue_as_json(self, request):
        listing = self.exported_listing(request)
        response = JsonResponse(
            {
                "language": self.locale.language_code,
                "licence": LICENCE,
                "filters": {param: sorted(values) for param, values in listing.selected.items()},
                "cases": catalogue_rows(listing.matching_cases(), request),
            },
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
        response["Content-Disposition"] = f'inline; filename="case-studies-{self.locale.language_code}.json"'
        return open_data_response(response, listing)


def open_data_response(response, listing):
    """Names the licence; an address with junk in it is answered but not kept by a cache."""
    if listing.ignored_input:
        add_never_cache_headers(response)
    return with_licence_link(response)
