"""The board's filters: selections from the URL, counts per value, and pages of questions.

As in the case library (casestudies.facets): filters use language-independent keys
(?theme=eenzaamheid&help=research), values within a filter combine with OR, filters with AND,
and each value's count is the number of questions the board would show with that value added
(the other filters applied, its own ignored). Unknown, malformed or excessive values are
ignored and said so (`ignored_input`); the page is then kept by no cache.

The board holds only open questions with publication consent (tens, at most a few hundred), so
they are read once (submissions.board.questions: five queries) and filtered and counted here.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.pagination import requested_page

from ..models.choices import HelpKind, Timing
from .questions import public_questions

PAGE_SIZE = 20
MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 80
FIXED_CHOICES = {"help": dict(HelpKind.choices), "timing": dict(Timing.choices)}


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


class BoardListing:
    facet_labels = {
        "theme": _("Theme"),
        "place": _("Place"),
        "help": _("Kind of help wanted"),
        "timing": _("Earliest period"),
    }

    def __init__(self, request, language):
        self.request = request
        self.ignored_input = False
        self.questions = public_questions(language)
        self.known = self._known_values()
        self.selected = self._read_selection(request.GET)
        self._check_other_params(request.GET)
        self.page = self._paginate(request.GET)

    def _known_values(self):
        """{param: {key: label}}: themes and places of questions on the board; fixed choices."""
        known = {
            "theme": {},
            "place": {},
            **{param: dict(choices) for param, choices in FIXED_CHOICES.items()},
        }
        for question in self.questions:
            known["theme"].update(question.themes)
            if question.place[0]:
                known["place"][question.place[0]] = question.place[1]
        return known

    # Reading the request ------------------------------------------------------------------

    def _read_selection(self, query):
        selected = {}
        for param in self.facet_labels:
            values = query.getlist(param)
            if len(values) > MAX_VALUES_PER_FACET:
                self.ignored_input = True
            accepted = set()
            for value in values[:MAX_VALUES_PER_FACET]:
                value = value.strip()
                if len(value) <= MAX_VALUE_LENGTH and value in self.known[param]:
                    accepted.add(value)
                elif value:
                    self.ignored_input = True
            if accepted:
                selected[param] = accepted
        return selected

    def _check_other_params(self, query):
        if set(query) - {*self.facet_labels, "page"}:
            self.ignored_input = True

    def _paginate(self, query):
        paginator = Paginator(self.matching_questions, PAGE_SIZE, allow_empty_first_page=True)
        number = requested_page(query.get("page", "1"))
        if number is None:
            number, self.ignored_input = 1, True
        return paginator.get_page(min(max(number, 1), paginator.num_pages))

    # Filtering and counting ---------------------------------------------------------------

    def _matches(self, question, selected, leave_out=None):
        return all(question.keys(param) & values for param, values in selected.items() if param != leave_out)

    @cached_property
    def matching_questions(self):
        return [question for question in self.questions if self._matches(question, self.selected)]

    def _counts(self, param):
        counts = {}
        for question in self.questions:
            if self._matches(question, self.selected, leave_out=param):
                for key in question.keys(param):
                    counts[key] = counts.get(key, 0) + 1
        return counts

    @cached_property
    def facets(self):
        facets = []
        for param, label in self.facet_labels.items():
            counts, selected = self._counts(param), self.selected.get(param, set())
            known = self.known[param]
            keys = (
                sorted(known, key=lambda key: str(known[key]).casefold())
                if param in {"theme", "place"}
                else known
            )
            values = [
                FacetValue(key, known[key], counts.get(key, 0), key in selected, self._toggle_url(param, key))
                for key in keys
                if counts.get(key) or key in selected
            ]
            facets.append(Facet(param, label, values))
        return facets

    # URLs ------------------------------------------------------------------------------------

    def query_string(self, selected=None, page=None):
        """A canonical query string: filters in a fixed order, values sorted."""
        selected = self.selected if selected is None else selected
        pairs = [(param, value) for param in self.facet_labels for value in sorted(selected.get(param, ()))]
        if page and page > 1:
            pairs.append(("page", page))
        return "?" + urlencode(pairs) if pairs else "?"

    def _toggle_url(self, param, value):
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
        page = self.page
        if page.paginator.num_pages < 2:
            return None
        return {
            "previous": self.query_string(page=page.number - 1) if page.has_previous() else None,
            "next": self.query_string(page=page.number + 1) if page.has_next() else None,
        }
