import os
from io import StringIO

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from portal.demo import paragraphs
from tests.builders import home, standard_page

from .corpus import PAGES

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
DATABASE_BACKEND = {"default": {"BACKEND": "search.backends.database"}}
ELASTICSEARCH_BACKEND = {
    "default": {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": "kennisbrug_contract_",
        "TIMEOUT": 10,
    }
}


@pytest.fixture(params=["database", "elasticsearch"])
def search_backend(request, settings):
    """Each contract test runs on the database backend, and on Elasticsearch when it is configured."""
    if request.param == "elasticsearch":
        if not ELASTICSEARCH_URL:
            pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch server to run the contract against")
        settings.WAGTAILSEARCH_BACKENDS = ELASTICSEARCH_BACKEND
        call_command("reindex", stdout=StringIO())  # creates the index with its mapping
    else:
        settings.WAGTAILSEARCH_BACKENDS = DATABASE_BACKEND
    return request.param


def add_page(parent, language, slug, title, summary="", body=""):
    """A published search-corpus page in `language` (its parent's): the words to find are in
    its title, summary and body."""
    page = standard_page(parent, title, slug=slug, summary=summary, body=[paragraphs(body)] if body else [])
    assert page.locale.language_code == language, (page.locale, language)
    return page


def refresh_index():
    index = get_search_backend().get_index_for_model(Page)
    if hasattr(index, "refresh"):  # Elasticsearch: make new documents searchable now
        index.refresh()


@pytest.fixture
def corpus(search_backend, db):
    """The contract corpus: {language: corpus root page}, with every corpus page published."""
    roots = {
        language: add_page(home(language), language, f"zoekcorpus-{language}", "Corpus")
        for language in ("nl", "en")
    }
    for language, slug, title, summary, body in PAGES:
        add_page(roots[language], language, slug, title, summary, body)
    refresh_index()
    return roots


@pytest.fixture
def in_language():
    def activate(language):
        translation.activate(language)

    yield activate
    translation.activate("nl")
