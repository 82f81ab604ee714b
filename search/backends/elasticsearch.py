"""Wagtail's elasticsearch9 backend with a Dutch and an English analyser.

Every full-text field (and the `_all_text` catch-all fields) gets one sub-field per language,
`<field>.nl` analysed with Dutch rules and `<field>.en` with English rules. Queries read the
sub-field of the active language; the search view filters on the active locale, so Dutch pages
are matched with Dutch stemming and English pages with English stemming, in one index.

Autocomplete keeps Wagtail's language-neutral edge n-gram field. The URL comes from
ELASTICSEARCH_URL; credentials in it become basic auth (Wagtail does this). modelsearch is pinned:
tests/search/test_elasticsearch_mapping.py checks the generated mapping and query offline.
"""

from django.conf import settings
from django.utils import translation

from modelsearch.backends.elasticsearchbase import Field
from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

LANGUAGE_ANALYSERS = {"nl": "kb_dutch", "en": "kb_english"}

ANALYSIS_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "kb_dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "kb_dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "kb_english_stop": {"type": "stop", "stopwords": "_english_"},
                "kb_english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "kb_english_stemmer": {"type": "stemmer", "language": "english"},
            },
            "analyzer": {
                # Case- and accent-insensitive: lowercase and asciifolding before stemming.
                "kb_dutch": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "kb_dutch_stop", "asciifolding", "kb_dutch_stemmer"],
                },
                "kb_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "kb_english_possessive",
                        "lowercase",
                        "kb_english_stop",
                        "asciifolding",
                        "kb_english_stemmer",
                    ],
                },
            },
        }
    }
}


def language_of_request():
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    return language if language in LANGUAGE_ANALYSERS else settings.LANGUAGE_CODE


def add_language_subfields(properties):
    for field_mapping in properties.values():
        if field_mapping.get("type") == "nested":
            add_language_subfields(field_mapping["properties"])
        elif field_mapping.get("type") == "text" and "analyzer" not in field_mapping:
            # Fields with their own analyser (autocomplete edge n-grams) stay as they are.
            field_mapping["fields"] = {
                language: {"type": "text", "analyzer": analyser}
                for language, analyser in LANGUAGE_ANALYSERS.items()
            }


class LanguageMapping(Elasticsearch9Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        add_language_subfields(mapping["properties"])
        return mapping


class LanguageSearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        language = language_of_request()
        return [
            Field(f"{field.field_name}.{language}", field.boost) for field in super()._remap_fields(fields)
        ]


class LanguageAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LanguageMapping
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.settings["settings"]["analysis"]["filter"].update(
            ANALYSIS_SETTINGS["settings"]["analysis"]["filter"]
        )
        self.settings["settings"]["analysis"]["analyzer"].update(
            ANALYSIS_SETTINGS["settings"]["analysis"]["analyzer"]
        )


SearchBackend = LanguageElasticsearchBackend
