import os
from io import StringIO

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

import pytest

from portal.demo import paragraphs
from portal.models import StandardPage

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


def home_in(language):
    home = Site.objects.get(is_default_site=True).root_page
    return home.get_translation(Locale.objects.get(language_code=language))


def add_page(parent, language, slug, title, summary="", body=""):
    page = StandardPage(
        title=title,
        slug=slug,
        summary=summary,
        locale=Locale.objects.get(language_code=language),
        body=[paragraphs(body)] if body else [],
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def refresh_index():
    index = get_search_backend().get_index_for_model(Page)
    if hasattr(index, "refresh"):  # Elasticsearch: make new documents searchable now
        index.refresh()


@pytest.fixture
def corpus(search_backend, db):
    """The contract corpus: {language: corpus root page}, with every corpus page published."""
    roots = {
        language: add_page(home_in(language), language, f"zoekcorpus-{language}", "Corpus")
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
