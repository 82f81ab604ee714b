"""The faceted case listing: filters from the URL, counts per value, sorting and pages.

Filters use language-independent keys (?theme=eenzaamheid&theme=vergrijzing&year=2019),
so a URL means the same in Dutch and English. Values within a facet combine with OR,
facets with AND. Each value's count is the number of cases the listing would show
with that value added (the other facets' selections applied, its own ignored).

PostgreSQL computes the counts (casestudies/facet_counts.py): one query for every
facet, however many cases there are, and one for the page of results. The counts
are never kept apart from the page: a listing address is kept whole by the page cache
(portal.page_cache).
"""

import re

from django.db import connection
from django.db.models import F, Prefetch
from django.db.models.functions import Collate, Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.images import get_image_model

from portal.facets import FacetedListing, FacetValue, ordered_by_label
from portal.models import CSLIntensity, EducationFormat, InstitutionType

from .facet_counts import THEMES, case_ids_with, count_facets, known_keys

PAGE_SIZE = 12
CARD_IMAGE_FILTER = "fill-480x270"
YEAR_PATTERN = re.compile(r"^\d{4}$")
SORTS = {"newest": _("Newest first"), "title": _("A-Z")}
KEYED_FACETS = ("theme", "place")  # values are taxonomy keys; the others have fixed choices
CHOICES = {
    "institution_type": dict(InstitutionType.choices),
    "format": dict(EducationFormat.choices),
    "intensity": dict(CSLIntensity.choices),
}


class CaseListing(FacetedListing):
    facet_labels = {
        "theme": _("Theme"),
        "place": _("Place"),
        "institution_type": _("Type of institution"),
        "format": _("Education format"),
        "intensity": _("Service-learning intensity"),
        "year": _("Year"),
    }

    def __init__(self, request, library):
        """Lists the published cases of `library` (the index page); nothing else."""
        self.request = request
        self.library = library
        self.ignored_input = False
        self.selected = self._read_selection(request.GET)
        self.sort = self._read_sort(request.GET)
        counted = count_facets(self.cases, self.selected)
        self.counts = counted.counts
        self.theme_names, self.place_names = counted.names["theme"], counted.names["place"]
        self.known = self._known_values()
        self.page = self._paginate(request.GET, counted.total)

    @cached_property
    def cases(self):
        """The published cases of the library."""
        return self.library.published_cases()

    def _known_values(self):
        """Every value a facet can take, with its label, in display order."""
        years = sorted(self.counts["year"], reverse=True)
        return {
            "theme": self.theme_names,
            "place": self.place_names,
            **CHOICES,
            "year": {year: year for year in years},
        }

    # Reading the request ------------------------------------------------------------

    def _read_selection(self, query):
        """Valid values per facet; anything unknown, malformed or excessive is ignored."""
        selected = self.read_facet_values(query, self._is_valid)
        self._drop_unknown_keys(selected)
        return selected

    def _is_valid(self, param, value):
        if param == "year":
            # A well-formed year nobody worked in is a valid filter with no results.
            return bool(YEAR_PATTERN.match(value)) and 1900 <= int(value) <= 2100
        if param in KEYED_FACETS:
            return bool(value)  # checked against the cases by _drop_unknown_keys
        return value in CHOICES[param]

    def _drop_unknown_keys(self, selected):
        """A theme or place is known when a published case of this language has it (one query)."""
        if not any(selected.get(param) for param in KEYED_FACETS):
            return
        themes, places = selected.get("theme", set()), selected.get("place", set())
        known = known_keys(self.cases, themes, places)
        for param in KEYED_FACETS:
            values = selected.get(param, set())
            unknown = {value for value in values if (param, value) not in known}
            if unknown:
                self.ignored_input = True
                values -= unknown
                if not values:
                    del selected[param]

    def _read_sort(self, query):
        sort = query.get("sort", "newest")
        if sort not in SORTS:
            self.ignored_input = True
            return "newest"
        return sort

    # Filtering, counting, sorting ---------------------------------------------------------

    def matching_cases(self):
        """The cases with every selected facet (AND), each facet with any selected value (OR)."""
        cases = self.cases
        for param, values in self.selected.items():
            cases = cases.filter(pk__in=case_ids_with(param, values))
        if self.sort == "title":
            # Code-point order of the lower-cased title, as sorting on str.casefold() in Python was
            # (they differ only for a few letters such as ß); pk keeps ties in a fixed order.
            # Byte order of the lower-cased title, as Python sorts; SQLite's BINARY is the same.
            collation = "C" if connection.vendor == "postgresql" else "BINARY"
            return cases.order_by(Collate(Lower("title"), collation), "pk")
        return cases.order_by(F("start_date").desc(nulls_last=True), "-first_published_at", "-pk")

    @cached_property
    def facets(self):
        facets = []
        for param in self.facet_labels:
            known = self.known[param]
            ordered = ordered_by_label(known) if param in KEYED_FACETS else list(known.items())
            facet = self.facet(param, ordered, self.counts[param])
            if param == "year":  # a selected year no case ran in still shows, so it can be removed
                facet.values += [
                    FacetValue(year, year, 0, True, self.toggle_url(param, year))
                    for year in sorted(self.selected.get(param, set()) - set(known), reverse=True)
                ]
            facets.append(facet)
        return facets

    # URLs ------------------------------------------------------------------------------------

    def option_pairs(self, sort=None):
        sort = sort or self.sort
        return [("sort", sort)] if sort != "newest" else []

    @property
    def sort_options(self):
        return [
            {
                "value": value,
                "label": label,
                "selected": value == self.sort,
                "url": self.query_string(sort=value),
            }
            for value, label in SORTS.items()
        ]

    @property
    def download_query(self):
        """The selection as a query string for the CSV and JSON downloads ("" when unfiltered):
        a download holds every case the listing shows, on all its pages."""
        query = self.query_string(sort="newest")
        return "" if query == "?" else query

    # The page of results ---------------------------------------------------------------------

    def _paginate(self, query, total):
        # Page numbers only (the total was counted with the facets): `cards` asks for one page of cases.
        return self.page_of(range(total), query, PAGE_SIZE)

    @property
    def has_results(self):
        return self.page.paginator.count > 0

    @cached_property
    def cards(self):
        """The cases on this page with their cover renditions and theme keys: three queries."""
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_FILTER)
        start = (self.page.number - 1) * PAGE_SIZE
        cases = list(
            self.matching_cases()
            .select_related("hero_image", "place")
            .prefetch_related(Prefetch("hero_image__renditions", queryset=renditions))[
                start : start + PAGE_SIZE
            ]
        )
        themes = {}
        for pk, key in THEMES.objects.filter(casestudypage__in=[case.pk for case in cases]).values_list(
            "casestudypage_id", "theme__key"
        ):
            themes.setdefault(pk, set()).add(key)
        return [
            {
                "page": case,
                "place": self.place_names.get(case.place.key, "") if case.place and case.place.key else "",
                # A theme the counts do not name yet (counted just before it was published) is left out.
                "themes": sorted(
                    self.theme_names[key] for key in themes.get(case.pk, ()) if key in self.theme_names
                ),
                "years": [str(year) for year in case.years],
                "format": self.known["format"].get(case.education_format, ""),
            }
            for case in cases
        ]
