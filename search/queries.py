"""Turning what a visitor typed into a safe search, and running it over the live public pages.

The page types are not hard-coded: every live, public page of the active locale is searched, and
the content-type filter and its counts come from the results.
"""

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType

from wagtail.search.query import Fuzzy

from portal.public import public_pages

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
MAX_TERM_LENGTH = 40  # longer "words" are noise, and slow to compare by trigrams
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
WORD = re.compile(r"\w+")
# Lucene-style operator words carry no meaning here; searching for them would only find nothing.
OPERATOR_WORDS = {"AND", "OR", "NOT"}


def clean_query(raw):
    """The text to show back to the visitor (escaped by templates): no control characters, bounded."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(text):
    """Words only: tsquery and Lucene operators, quotes and emoji never reach a backend."""
    words = [word[:MAX_TERM_LENGTH] for word in WORD.findall(text) if word not in OPERATOR_WORDS]
    return words[:MAX_TERMS]


@dataclass
class PageType:
    key: str  # "app_label.model", used in the URL
    label: str
    count: int
    content_type_id: int


class CountedResults:
    """Search results whose total is known from the facet counts: the paginator needs no count query."""

    def __init__(self, results, count):
        self.results = results
        self.total = count

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        return self.results[key]

    def __iter__(self):
        return iter(self.results)


@dataclass
class SearchOutcome:
    results: object = ()  # search results (sliceable, countable) or an empty tuple
    page_types: list[PageType] = field(default_factory=list)
    selected_type: PageType | None = None
    fuzzy: bool = False  # no exact (stemmed) match: these are matches of similar words

    @property
    def total(self):
        return sum(page_type.count for page_type in self.page_types)


def content_type_counts(results):
    if results.supports_facet:
        return results.facet("content_type_id")
    # Backends without facets (the SQLite quick start): count over the (small) result set.
    return Counter(page.content_type_id for page in results)


def page_types_of(counts):
    page_types = []
    for content_type_id, count in counts.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not count:
            continue
        page_types.append(PageType(model._meta.label_lower, model._meta.verbose_name, count, content_type_id))
    return sorted(page_types, key=lambda page_type: (-page_type.count, str(page_type.label)))


def fuzzy_search(pages, query_string):
    """(results, counts per content type) of a typo-tolerant search, or (None, {}) without one."""
    try:
        results = pages.search(Fuzzy(query_string, unaccent=True))
        return results, content_type_counts(results)
    except NotImplementedError:
        # modelsearch's SQLite backend (quick start only) has no fuzzy search.
        return None, {}


def search_pages(terms, type_key="", pages=None):
    """Stemmed search (all words must match); when that finds nothing, a typo-tolerant one."""
    query_string = " ".join(terms)
    pages = public_pages(searchable=True) if pages is None else pages
    results = pages.search(query_string, operator="and")
    counts = content_type_counts(results)
    fuzzy = False
    if not counts:
        results, counts = fuzzy_search(pages, query_string)
        fuzzy = bool(counts)
    outcome = SearchOutcome(page_types=page_types_of(counts), fuzzy=fuzzy)
    outcome.results = CountedResults(results, outcome.total) if counts else ()
    outcome.selected_type = next((t for t in outcome.page_types if t.key == type_key), None)
    if outcome.selected_type:
        typed_pages = pages.filter(content_type_id=outcome.selected_type.content_type_id)
        if fuzzy:
            typed_results = fuzzy_search(typed_pages, query_string)[0]
        else:
            typed_results = typed_pages.search(query_string, operator="and")
        outcome.results = CountedResults(typed_results, outcome.selected_type.count)
    return outcome


def autocomplete_pages(text, limit):
    pages = public_pages(searchable=True)
    try:
        return list(pages.autocomplete(text)[:limit])
    except NotImplementedError:
        return list(pages.search(text)[:limit])


def spelling_suggestion(terms, texts):
    """The query with each unknown word replaced by the most similar word in `texts` (of fuzzy matches)."""
    vocabulary = {word.lower() for text in texts for word in WORD.findall(text)}
    suggested = []
    for term in terms:
        lowered = term.lower()
        close = difflib.get_close_matches(lowered, vocabulary - {lowered}, n=1, cutoff=0.75)
        suggested.append(close[0] if close and lowered not in vocabulary else lowered)
    suggestion = " ".join(suggested)
    return suggestion if suggestion != " ".join(terms).lower() else ""
