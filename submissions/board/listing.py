"""The board's filters: selections from the URL, counts per value, and pages of questions.

Filters work as in the case library (portal.facets): ?theme=eenzaamheid&help=research, values
within a filter combine with OR, filters with AND, and each value's count is the number of
questions the board would show with that value added (the other filters applied, its own
ignored). Unknown, malformed or excessive values are ignored and said so (`ignored_input`); the
page is then kept by no cache.

The board holds only open questions with publication consent (tens, at most a few hundred), so
they are read once (submissions.board.questions: five queries) and filtered and counted here.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.facets import FacetedListing, ordered_by_label

from ..models.choices import HelpKind, Timing
from .questions import public_questions

PAGE_SIZE = 20
FIXED_CHOICES = {"help": dict(HelpKind.choices), "timing": dict(Timing.choices)}


class BoardListing(FacetedListing):
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
        return self.read_facet_values(query, lambda param, value: value in self.known[param])

    def _check_other_params(self, query):
        if set(query) - {*self.facet_labels, "page"}:
            self.ignored_input = True

    def _paginate(self, query):
        return self.page_of(self.matching_questions, query, PAGE_SIZE)

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
        return [
            self.facet(
                param,
                ordered_by_label(self.known[param])
                if param in {"theme", "place"}
                else self.known[param].items(),
                self._counts(param),
            )
            for param in self.facet_labels
        ]
