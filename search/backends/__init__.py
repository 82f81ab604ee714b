"""Search backends that match Dutch content with Dutch rules and English content with English rules.

Set one of these module paths as `BACKEND` in `WAGTAILSEARCH_BACKENDS`:
- `search.backends.database`: PostgreSQL full-text search per locale (other databases fall back
  to modelsearch's own database backend, e.g. SQLite for the quick start);
- `search.backends.elasticsearch`: Elasticsearch 9 with a Dutch and an English analyser.

Both lean on modelsearch internals; modelsearch is pinned in pyproject.toml and
tests/search/test_language_matching.py and test_elasticsearch_mapping.py guard the behaviour.
"""

# The text search configurations the search app's migration creates (unaccent + snowball stemmer).
TEXT_SEARCH_CONFIGS = {"nl": "kb_dutch", "en": "kb_english"}
AUTOCOMPLETE_TEXT_SEARCH_CONFIG = "kb_simple"
