"""The Elasticsearch backend's settings, mapping and queries, checked offline (no server needed)."""

import json
import os
import subprocess
import sys
from urllib.parse import urlparse

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

import pytest

from casestudies.models import CaseStudyPage
from portal.models import StandardPage
from search.backends.elasticsearch import LanguageElasticsearchBackend, LanguageMapping

URL = "https://kennisbrug:s3cret@search.example.org:9243/"
BUILT_IN_FILTERS = {"lowercase", "asciifolding"}


@pytest.fixture
def backend():
    return LanguageElasticsearchBackend({"URLS": [URL], "INDEX_PREFIX": "kennisbrug_"})


def test_settings_switch_to_this_backend_when_elasticsearch_url_is_set():
    environment = {**os.environ, "ELASTICSEARCH_URL": URL, "ELASTICSEARCH_INDEX_PREFIX": "kb_test_"}
    script = "import json; from portal.settings import base; print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
    output = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    configured = json.loads(output.stdout)["default"]
    assert configured["BACKEND"] == "search.backends.elasticsearch"
    assert configured["URLS"] == [URL]
    assert configured["INDEX_PREFIX"] == "kb_test_"


def test_credentials_come_from_the_url(backend):
    assert backend.hosts == [
        {"host": "search.example.org", "port": 9243, "path_prefix": "/", "scheme": "https"}
    ]
    options = backend._get_options_from_host_urls([urlparse(URL)])
    assert options["basic_auth"] == ("kennisbrug", "s3cret")
    assert backend.get_index_for_model(Page).name == "kennisbrug_wagtailcore_page"


def test_index_settings_define_a_dutch_and_an_english_analyser(backend):
    analysis = backend.settings["settings"]["analysis"]
    for name, stemmer_language in (("kb_dutch", "dutch"), ("kb_english", "english")):
        analyser = analysis["analyzer"][name]
        assert analyser["tokenizer"] == "standard"
        assert {"lowercase", "asciifolding"} <= set(analyser["filter"])
        stemmers = [analysis["filter"][f] for f in analyser["filter"] if f not in BUILT_IN_FILTERS]
        assert {"type": "stemmer", "language": stemmer_language} in stemmers
        for filter_name in analyser["filter"]:
            assert filter_name in BUILT_IN_FILTERS or filter_name in analysis["filter"]
    # Wagtail's own autocomplete analysers are still there.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_every_full_text_field_has_a_sub_field_per_language():
    properties = LanguageMapping(StandardPage).get_mapping()["properties"]
    text_fields = {
        name: mapping
        for name, mapping in properties.items()
        if mapping["type"] == "text" and mapping.get("analyzer") != "edgengram_analyzer"
    }
    assert "_all_text" in text_fields
    assert any(name.endswith("summary") for name in text_fields)
    for name, mapping in text_fields.items():
        assert mapping["fields"] == {
            "nl": {"type": "text", "analyzer": "kb_dutch"},
            "en": {"type": "text", "analyzer": "kb_english"},
        }, name
    assert "fields" not in properties["_edgengrams"]
    assert properties["locale_id_filter"]["type"] == "integer"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_queries_read_the_sub_fields_of_the_active_language(backend, language):
    with translation.override(language):
        compiler = backend.query_compiler_class(Page.objects.live(), PlainText("fietsenstalling"))
        query = json.dumps(compiler.get_query())
    assert f'"_all_text.{language}' in query
    other = "en" if language == "nl" else "nl"
    assert f"_all_text.{other}" not in query


def test_autocomplete_stays_on_the_language_neutral_edge_ngrams(backend):
    with translation.override("nl"):
        compiler = backend.autocomplete_query_compiler_class(Page.objects.live(), PlainText("fiets"))
        query = json.dumps(compiler.get_query())
    assert "_edgengrams" in query
    assert "_all_text" not in query


@pytest.mark.django_db
def test_case_studies_send_their_taxonomy_names_in_their_own_language_with_language_sub_fields():
    mapping = LanguageMapping(CaseStudyPage)
    properties = mapping.get_mapping()["properties"]
    (names_field,) = [name for name in properties if name.endswith("taxonomy_names")]
    assert properties[names_field]["fields"]["en"] == {"type": "text", "analyzer": "kb_english"}
    case = CaseStudyPage.objects.filter(locale__language_code="nl", themes__key="eenzaamheid").first()
    english = case.get_translation(Locale.objects.get(language_code="en")).specific
    assert "Loneliness" in mapping.get_document(english)[names_field]
    assert "Eenzaamheid" in mapping.get_document(case)[names_field]
    assert "Eenzaamheid" not in mapping.get_document(english)[names_field]
