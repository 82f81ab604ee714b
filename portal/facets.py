"""What every faceted listing of the site shares (the case library, the board of open questions):
reading the filters from the URL, facets with counts, canonical addresses and pages.

Filters use language-independent keys (?theme=eenzaamheid&theme=vergrijzing), so an address
means the same in Dutch and English. Values within a facet combine with OR, facets with AND.
Unknown, malformed or excessive values are left out and `ignored_input` says so (the page then
tells the visitor, and no cache keeps it). A listing says which facets it has (`facet_labels`),
which values are valid, how it counts, and any query options of its own (`option_pairs`).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator

from .pagination import requested_page

MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 80


@dataclass
class FacetValue:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    url: str = ""


@dataclass
class Facet:
    param: str
    label: str
    values: list = field(default_factory=list)

    @property
    def selected_values(self):
        return [value for value in self.values if value.selected]


def ordered_by_label(known):
    """(key, label) pairs in the reader's alphabetical order of the labels."""
    return sorted(known.items(), key=lambda item: str(item[1]).casefold())


class FacetedListing:
    """Sets `selected` ({param: set of keys}) and `ignored_input`; see the module's docstring."""

    facet_labels = {}
    ignored_input = False

    def read_facet_values(self, query, is_valid):
        """{param: accepted keys} from `query`; `is_valid(param, value)` judges each value."""
        selected = {}
        for param in self.facet_labels:
            values = query.getlist(param)
            if len(values) > MAX_VALUES_PER_FACET:
                self.ignored_input = True
            accepted = set()
            for value in values[:MAX_VALUES_PER_FACET]:
                value = value.strip()
                if len(value) <= MAX_VALUE_LENGTH and is_valid(param, value):
                    accepted.add(value)
                elif value:
                    self.ignored_input = True
            if accepted:
                selected[param] = accepted
        return selected

    def facet(self, param, ordered_values, counts):
        """The facet `param` with each value that has results, or is selected (so it can be removed)."""
        chosen = self.selected.get(param, set())
        values = [
            FacetValue(value, label, counts.get(value, 0), value in chosen, self.toggle_url(param, value))
            for value, label in ordered_values
            if counts.get(value) or value in chosen
        ]
        return Facet(param, self.facet_labels[param], values)

    def page_of(self, items, query, per_page):
        """The requested page of `items`; a page number that is no number is ignored input."""
        paginator = Paginator(items, per_page, allow_empty_first_page=True)
        number = requested_page(query.get("page", "1"))
        if number is None:
            number, self.ignored_input = 1, True
        return paginator.get_page(min(max(number, 1), paginator.num_pages))

    # Addresses -------------------------------------------------------------------------------

    def option_pairs(self, **options):
        """Query pairs beyond the facets (a sort order, say), defaults left out."""
        return []

    def query_string(self, selected=None, page=None, **options):
        """A canonical query string: facets in a fixed order, values sorted, defaults left out."""
        selected = self.selected if selected is None else selected
        pairs = [(param, value) for param in self.facet_labels for value in sorted(selected.get(param, ()))]
        pairs += self.option_pairs(**options)
        if page and page > 1:
            pairs.append(("page", page))
        return "?" + urlencode(pairs) if pairs else "?"

    def toggle_url(self, param, value):
        selected = {name: set(values) for name, values in self.selected.items()}
        selected.setdefault(param, set()).symmetric_difference_update({value})
        return self.query_string({name: values for name, values in selected.items() if values})

    @property
    def active_filters(self):
        return [
            {"facet": facet.label, "label": value.label, "url": value.url}
            for facet in self.facets
            for value in facet.selected_values
        ]

    @property
    def is_filtered(self):
        return bool(self.selected)

    @property
    def clear_url(self):
        return self.query_string(selected={})

    @property
    def pagination(self):
        """Links to the previous, next and nearby pages; None when everything fits on one."""
        page = self.page
        if page.paginator.num_pages < 2:
            return None
        numbers = range(max(1, page.number - 3), min(page.paginator.num_pages, page.number + 3) + 1)
        return {
            "previous": self.query_string(page=page.number - 1) if page.has_previous() else None,
            "next": self.query_string(page=page.number + 1) if page.has_next() else None,
            "pages": [
                {"number": n, "url": self.query_string(page=n), "current": n == page.number} for n in numbers
            ],
        }
