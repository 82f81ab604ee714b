"""PostgreSQL full-text search with the text search configuration of each object's language.

modelsearch's PostgreSQL backend uses one configuration (SEARCH_CONFIG) for everything, which
stems either Dutch or English wrongly. This subclass indexes every object with the configuration
of its locale and queries with the configuration of the active language. The configurations
(kb_dutch, kb_english, kb_simple) add `unaccent` to PostgreSQL's snowball stemmers; the search
app's migration creates them together with the pg_trgm and unaccent extensions.

It relies on modelsearch 1.3 internals: ObjectIndexer reads `backend.config` when it builds
vectors, PostgresIndex.add_items creates those indexers, query compilers ask `get_config`, and
their `search` builds the query from `build_tsquery`, `get_search_vectors`,
`_build_rank_expression` and `_apply_ordering_and_scoring` (see UnselectedVectorMixin).
"""

import copy
from functools import reduce
from itertools import groupby

from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection
from django.db.models import F, TextField, Value
from django.utils import translation

from modelsearch.backends.database import SearchBackend as modelsearch_database_backend
from modelsearch.backends.database.postgres.postgres import (
    FUnaccent,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from wagtail.models import Locale

from . import AUTOCOMPLETE_TEXT_SEARCH_CONFIG, TEXT_SEARCH_CONFIGS


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        language_of_locale = dict(Locale.objects.values_list("pk", "language_code"))

        def config_of(obj):
            # Objects without a locale (images, documents) are indexed in the default language.
            return self.backend.config_for_language(language_of_locale.get(getattr(obj, "locale_id", None)))

        for config, group in groupby(sorted(objs, key=config_of), key=config_of):
            language_backend = copy.copy(self.backend)
            language_backend.config = config
            PostgresIndex(language_backend).add_items(model, list(group))


class UnselectedVectorMixin:
    """modelsearch's full-text search, without selecting the vector it matches.

    modelsearch annotates the queryset with the matched vector (`title || body`) to filter on it,
    so PostgreSQL builds that concatenation for every match, before the sort and LIMIT, and sends
    it along with every result: ~10 ms for 800 matches at 10,000 pages. An alias filters and ranks
    the same way without selecting it.
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        match_all = isinstance(self.query, MatchAll) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        )
        if match_all or isinstance(self.query, Fuzzy):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        combined_vector = reduce(
            lambda left, right: left._combine(right, "||", False), [vector for vector, _boost in vectors]
        )
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class LocalisedQueryCompiler(UnselectedVectorMixin, PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())

    def _build_fuzzy_queryset(self, config, backend):
        """Typo-tolerant matching of titles, answered by the search app's trigram index.

        modelsearch's version computes word_similarity() against every indexed title and body:
        seconds at 10,000 pages, and still ~1 ms per candidate for long bodies. Here candidates
        are found with the indexable operator (`<%`, same threshold) on titles only, where a
        misspelt word most often means a page, and ranked by that similarity.
        """
        if not getattr(self.query, "unaccent", False) or backend.fuzzy_algorithm != "trigram":
            return super()._build_fuzzy_queryset(config, backend)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)",
                [str(backend.fuzzy_similarity_threshold)],
            )
        query_text = FUnaccent(Value(self.query.query_string, output_field=TextField()))
        title_text = FUnaccent(F("index_entries__title_text"))
        queryset = (
            self.queryset.alias(_fuzzy_title_text=title_text)
            .filter(_fuzzy_title_text__trigram_word_similar=query_text)
            .annotate(_fuzzy_similarity=TrigramWordSimilarity(query_text, title_text))
        )
        return queryset, F("_fuzzy_similarity")


class AutocompleteQueryCompiler(UnselectedVectorMixin, PostgresAutocompleteQueryCompiler):
    """Prefix matching on the (unstemmed) autocomplete vector, which the search app's GIN index answers."""


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    """Set SEARCH_CONFIGS ({language code: config}) and AUTOCOMPLETE_SEARCH_CONFIG to override."""

    index_class = LocalisedPostgresIndex
    query_compiler_class = LocalisedQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler

    def __init__(self, params):
        # modelsearch's default (0.3) lets half-similar words through: noise, and many candidates to
        # rank. A typo of one or two letters in a word of six or more letters scores 0.6 or more.
        super().__init__({"FUZZY_SIMILARITY_THRESHOLD": 0.5, **params})
        self.configs = params.get("SEARCH_CONFIGS", TEXT_SEARCH_CONFIGS)
        self.config = self.config_for_language(settings.LANGUAGE_CODE)
        # Autocomplete matches word prefixes, so it must not stem; it still ignores accents.
        self.autocomplete_config = params.get("AUTOCOMPLETE_SEARCH_CONFIG", AUTOCOMPLETE_TEXT_SEARCH_CONFIG)

    def config_for_language(self, language_code):
        language = (language_code or settings.LANGUAGE_CODE).split("-")[0].lower()
        return self.configs.get(language) or self.configs[settings.LANGUAGE_CODE]


def SearchBackend(params):
    """PostgreSQL gets the per-language backend; SQLite (quick start) keeps modelsearch's own."""
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    return modelsearch_database_backend(params)
