"""The quick start (bin/start) runs on SQLite, where some behaviour has a second implementation
(facet counts in Python, modelsearch's own search backend, the job lock's file lock). The rest of
the suite runs on PostgreSQL; this module, run by .ci/run on SQLite (`-m quickstart`), loads the
demo content there and opens every public page, listing filters, search, feeds and exports in
both languages, so the SQLite paths cannot rot unseen.
"""

import html
import re
from urllib.parse import parse_qs, urljoin, urlsplit

from django.db import connection

import pytest

from casestudies.models import CaseStudyIndexPage

from ..portal.public_urls import fetch_all, public_urls

pytestmark = [pytest.mark.quickstart, pytest.mark.django_db]

FACET_LINK = re.compile(
    r'<a href="([^"]+)" rel="nofollow" class="facet-filters__value">.*?'
    r'<span class="facet-filters__count">\((\d+)\)</span></a>',
    re.DOTALL,
)
RESULT_COUNT = re.compile(r'class="case-results__count">\s*(\d+)')


def test_the_database_is_sqlite():
    assert connection.vendor == "sqlite", "run this module on SQLite: see .ci/run"


def test_every_public_address_answers_in_both_languages(client):
    urls = public_urls(search_words=["partner", "stad", "city"])
    assert any("/en/" in url for url in urls) and any("/nl/" in url for url in urls)
    bodies = fetch_all(client, urls)
    for url, body in bodies.items():
        assert body, f"{url} is empty"


def facet_links(body, base):
    """(address, count) of each facet value not yet selected; the links are relative to `base`."""
    return [(urljoin(base, html.unescape(href)), int(count)) for href, count in FACET_LINK.findall(body)]


def result_count(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    body = response.content.decode()
    return int(RESULT_COUNT.search(body).group(1)), body


@pytest.mark.parametrize("language", ["nl", "en"])
def test_facet_counts_match_the_filtered_listing(client, language):
    """Each facet value's count (counted in Python on SQLite) is the number of cases its link
    lists, alone and combined with a second facet."""
    library = CaseStudyIndexPage.objects.get(locale__language_code=language)
    total, body = result_count(client, library.url)
    links = facet_links(body, library.url)
    assert total > 0 and len(links) > 5
    combinations = 0
    for url, count in links:
        listed, filtered = result_count(client, url)
        assert listed == count, (url, listed, count)
        # A value of the same facet widens the selection (either value), so its count is not the
        # combined listing's: combine with a value of another facet, which narrows it.
        combined = [
            (second_url, second_count)
            for second_url, second_count in facet_links(filtered, library.url)
            if all(len(values) == 1 for values in parse_qs(urlsplit(second_url).query).values())
        ][:1]
        for second_url, second_count in combined:
            assert result_count(client, second_url)[0] == second_count, second_url
            combinations += 1
    assert combinations > 0
