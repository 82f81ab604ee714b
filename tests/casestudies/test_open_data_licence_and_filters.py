"""Open data carries its licence everywhere, and the downloads keep the listing's filters."""

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_LINK = f'<{LICENCE_URL}>; rel="license"'
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize(
    "address",
    [
        "/api/v2/pages/?type=casestudies.CaseStudyPage&locale=nl",
        "/api/v2/themes/?locale=en",
        "/nl/testbieb/feed/",
        "/nl/testbieb/export/csv/",
        "/nl/testbieb/export/json/",
        "/nl/testbieb/export/json/?theme=eenzaamheid",
    ],
)
def test_every_open_data_answer_names_the_licence(client, facet_cases, address):
    response = client.get(address)
    assert response.status_code == 200
    assert response["Link"] == LICENCE_LINK


def test_json_and_feed_carry_the_licence_inside(client, facet_cases):
    data = client.get("/nl/testbieb/export/json/").json()
    assert data["licence"] == {"name": "CC BY 4.0", "url": LICENCE_URL}
    rights = ET.fromstring(client.get("/nl/testbieb/feed/").content).find(f"{ATOM}rights")
    assert rights is not None and LICENCE_URL in rights.text and "CC BY 4.0" in rights.text


def titles_of_csv(response):
    return sorted(row["title"] for row in csv.DictReader(io.StringIO(response.content.decode())))


def titles_of_json(response):
    return sorted(case["title"] for case in response.json()["cases"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]),
        ("?theme=eenzaamheid", ["Alpha", "Bravo", "Echo"]),
        ("?theme=eenzaamheid&place=gent", ["Echo"]),
        ("?format=thesis&format=minor", ["Alpha", "Charlie", "Delta"]),
        ("?intensity=low&year=2018", ["Delta"]),
        ("?theme=eenzaamheid&page=2&sort=title", ["Alpha", "Bravo", "Echo"]),
    ],
)
def test_downloads_hold_the_cases_the_listing_shows(client, facet_cases, query, expected):
    assert titles_of_csv(client.get(f"/nl/testbieb/export/csv/{query}")) == expected
    json_response = client.get(f"/nl/testbieb/export/json/{query}")
    assert titles_of_json(json_response) == expected


def test_json_download_names_its_filters(client, facet_cases):
    data = client.get("/nl/testbieb/export/json/?theme=vergrijzing&place=leiden").json()
    assert data["filters"] == {"theme": ["vergrijzing"], "place": ["leiden"]}


def test_junk_filters_are_ignored_and_not_cached(client, facet_cases):
    response = client.get("/nl/testbieb/export/csv/?theme=bestaat-niet&intensity=zeer")
    assert titles_of_csv(response) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    # Public answers carry max-age=0 too (with s-maxage): only no-store and private say "not cached".
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= cache_control and "public" not in cache_control, cache_control


def test_listing_download_links_carry_its_filters_and_the_licence(client, facet_cases):
    html = client.get("/nl/testbieb/?theme=eenzaamheid&place=gent&sort=title&page=1").content.decode()
    links = re.findall(r'href="(/nl/testbieb/export/(?:csv|json)/[^"]*)"', html)
    assert links == [
        "/nl/testbieb/export/csv/?theme=eenzaamheid&amp;place=gent",
        "/nl/testbieb/export/json/?theme=eenzaamheid&amp;place=gent",
    ]
    assert f'href="{LICENCE_URL}" rel="license"' in html
    unfiltered = client.get("/nl/testbieb/").content.decode()
    assert 'href="/nl/testbieb/export/csv/"' in unfiltered
