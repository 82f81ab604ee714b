"""No public input crosses the boundary unchecked (issue #19).

Every public URL pattern (the apps' views, every live page with its sub-pages, the
open-data API, sitemap, robots, security.txt, health) is walked with generated
query strings and form posts: control characters, over-long values, numbers of any
size, repeated and unknown names. None may answer 500 or log an error; a refusal is
a 400 in the visitor's language.
"""

import logging
from urllib.parse import quote, urlencode

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portal.api import api_router

pytestmark = pytest.mark.django_db

SKIPPED_NAMESPACES = {"wagtailadmin", "wagtaildocs", "wagtailimages", "wagtailapi"}
# Sample arguments by converter; the views answer 404 for an unknown token or receipt.
CONVERTER_SAMPLES = {
    "StringConverter": "abc",
    "IntConverter": "1",
    "PathConverter": "a/b",
    "SlugConverter": "a",
}

# Names the public views and the API read, plus a few nobody reads.
PARAMETER_NAMES = [
    "q", "page", "type", "sort", "theme", "place", "format", "year", "institution_type", "intensity",
    "done", "search", "search_operator", "locale", "fields", "limit", "offset", "order", "child_of",
    "descendant_of", "ancestor_of", "id", "slug", "title", "key", "name", "country", "kind", "html_path",
    "translation_of", "show_in_menus", "first_published_at", "education_format", "utm_source", "x",
]  # fmt: skip

hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Zl", "Zp", "Cf"]), min_size=1, max_size=5
    ),
    st.integers().map(str),
    st.integers(min_value=2**31 - 2, max_value=2**70).map(lambda number: str(number)),
    st.integers(min_value=-(2**70), max_value=-1).map(str),
    st.sampled_from(["", "-", "1.5", "1e309", "nan", "%", "*", "'", '"', "\\", "../..", "a,b", "-id"]),
    st.builds(lambda char, count: char * count, st.sampled_from("x9é😀"), st.integers(200, 3000)),
)
parameters = st.lists(
    st.tuples(st.sampled_from(PARAMETER_NAMES) | st.text(max_size=10), hostile_text), max_size=4
)


def public_url_patterns():
    """Addresses of every named pattern outside the admin, per language for i18n patterns."""

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = ":".join(part for part in (namespace, pattern.namespace) if part)
                if pattern.namespace not in SKIPPED_NAMESPACES and not str(pattern.pattern).startswith(
                    "admin"
                ):
                    yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name, pattern

    urls = set()
    for language in ("nl", "en"):
        with translation.override(language):
            for name, pattern in walk(get_resolver().url_patterns):
                converters = pattern.pattern.converters
                kwargs = {key: CONVERTER_SAMPLES[type(value).__name__] for key, value in converters.items()}
                try:
                    urls.add(reverse(name, kwargs=kwargs))
                except Exception:  # noqa: S112 - Wagtail's catch-all serve pattern takes no name arguments
                    continue
    return urls


def page_urls():
    urls = set()
    for page in Page.objects.live().public().specific().filter(depth__gt=1):
        url = page.url
        if not url:
            continue
        urls.add(url)
        if isinstance(page, RoutablePageMixin):
            for route in page.get_subpage_urls():
                if route.name and not route.pattern.converters:
                    urls.add(url + page.reverse_subpage(route.name))
    return urls


def api_urls():
    base = "/api/v2/"
    urls = {f"{base}{name}/" for name in api_router._endpoints}
    page = Page.objects.live().public().filter(depth__gt=1).first()
    urls |= {f"{base}pages/{page.pk}/", f"{base}pages/find/", f"{base}pages/99999999999999999999/"}
    return urls


@pytest.fixture(scope="module")
def all_urls(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return sorted(public_url_patterns() | page_urls() | api_urls())


class ErrorLog(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def error_log():
    handler = ErrorLog()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


def check(client, error_log, method, url, data):
    error_log.records.clear()
    if method == "get":
        query = urlencode(data)
        response = client.get(f"{url}?{query}" if query else url)
    else:
        response = client.post(url, data=urlencode(data), content_type="application/x-www-form-urlencoded")
    described = f"{method.upper()} {url} {data!r}"
    assert response.status_code < 500, (described, response.status_code)
    assert not error_log.records, (described, [record.getMessage() for record in error_log.records])
    if response.status_code == 400 and response["Content-Type"].startswith("text/html"):
        language = "en" if url.startswith("/en/") else None
        if language:
            assert f'<html lang="{language}">' in response.content.decode(), described


def test_the_walk_covers_every_kind_of_public_address(all_urls):
    """A change that hides a whole app from the walk must fail here, not pass silently."""
    for expected in [
        "/nl/zoeken/", "/en/search/", "/en/search/autocomplete/", "/en/question/form/",
        "/en/question/status/abc/", "/en/case-studies/", "/en/case-studies/feed/",
        "/en/case-studies/export/csv/", "/api/v2/pages/", "/api/v2/themes/", "/sitemap.xml", "/health/",
    ]:  # fmt: skip
        assert expected in all_urls, expected
    assert any(url.endswith("/pdf/") for url in all_urls)


@pytest.fixture
def quiet_client(client):
    client.raise_request_exception = False
    return client


@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), query=parameters)
@example(data=None, query=[("theme", "\x00")])
def test_no_generated_query_string_breaks_a_public_address(quiet_client, error_log, all_urls, data, query):
    urls = all_urls if data is None else [data.draw(st.sampled_from(all_urls))]
    for url in urls:
        check(quiet_client, error_log, "get", url, query)


@hypothesis_settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), fields=parameters)
def test_no_generated_form_post_breaks_a_public_address(quiet_client, error_log, all_urls, data, fields):
    check(quiet_client, error_log, "post", data.draw(st.sampled_from(all_urls)), fields)


@pytest.mark.parametrize(
    "url",
    [
        "/nl/praktijkvoorbeelden/?theme=%00",
        "/en/case-studies/?place=a%00b",
        "/api/v2/pages/?search=a%00",
        "/api/v2/pages/?locale=%00",
        "/en/search/?q=%01",
        "/en/case-studies/?theme=eenzaamheid%0d%0aSet-Cookie:x=1",
    ],
)
def test_control_characters_are_refused_in_the_visitors_language(quiet_client, error_log, url):
    response = quiet_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    html = response.content.decode()
    language = "nl" if url.startswith("/nl/") else "en"
    assert f'<html lang="{language}">' in html
    assert (
        "This address cannot be used" if language == "en" else "Dit adres kan niet worden gebruikt"
    ) in html
    assert not error_log.records


def test_a_tab_in_a_search_term_is_not_refused(quiet_client):
    assert quiet_client.get("/en/search/?q=" + quote("older\tpeople")).status_code == 200
