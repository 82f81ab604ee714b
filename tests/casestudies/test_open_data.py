"""Feeds, the API and the downloads publish live, public cases only, per language."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from casestudies.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def hidden_cases(demo_library, english):
    """A draft, a private case, and a Dutch case whose English translation is not published."""
    draft = CaseStudyPageFactory(parent=demo_library, title="Verborgen concept", live=False)
    private = CaseStudyPageFactory(parent=demo_library, title="Verborgen besloten")
    private.view_restrictions.create(restriction_type="password", password="geheim-wachtwoord")
    dutch_only = CaseStudyPageFactory(parent=demo_library, title="Alleen in het Nederlands")
    dutch_only.save_revision().publish()
    untranslated = dutch_only.copy_for_translation(english)
    untranslated.title = "Unpublished translation"
    untranslated.save_revision()
    assert not untranslated.live
    return {"draft": draft, "private": private, "dutch_only": dutch_only, "untranslated": untranslated}


HIDDEN_EVERYWHERE = ["Verborgen concept", "Verborgen besloten", "Unpublished translation"]


def feed_titles(response):
    root = ET.fromstring(response.content)
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


def test_feeds_per_language(client, hidden_cases):
    dutch = client.get("/nl/praktijkvoorbeelden/feed/")
    english = client.get("/en/case-studies/feed/")
    assert dutch["Content-Type"].startswith("application/atom+xml")
    dutch_titles, english_titles = feed_titles(dutch), feed_titles(english)
    assert "Alleen in het Nederlands" in dutch_titles
    assert len(english_titles) == 6
    assert (
        "Leuven: one student team from three levels of education, and a playbook for cities" in english_titles
    )
    for title in HIDDEN_EVERYWHERE:
        assert title not in dutch_titles + english_titles
    assert 'xml:lang="en"' in english.content.decode()


def test_listing_links_to_the_feed_and_downloads(client):
    html = client.get("/en/case-studies/").content.decode()
    assert 'type="application/atom+xml"' in html
    assert 'href="/en/case-studies/export/csv/"' in html
    assert 'href="/en/case-studies/export/json/"' in html


def test_csv_download(client, hidden_cases):
    response = client.get("/nl/praktijkvoorbeelden/export/csv/")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    titles = {row["title"] for row in rows}
    assert "Alleen in het Nederlands" in titles
    assert not titles & set(HIDDEN_EVERYWHERE)
    leuven = next(row for row in rows if row["title"].startswith("Leuven"))
    assert leuven["budget_eur"] == "84762.21"
    assert leuven["themes"] == "studenten-stad; winkelbeleving"
    assert leuven["institution_types"] == "hogeschool; secondary; university"
    assert leuven["start_date"] == "2018-11-20"
    assert leuven["language"] == "nl"


def test_csv_cells_cannot_start_a_formula(client, demo_library):
    CaseStudyPageFactory(parent=demo_library, title="=HYPERLINK(1)", summary="+31 6 in een cel")
    rows = list(
        csv.DictReader(io.StringIO(client.get("/nl/praktijkvoorbeelden/export/csv/").content.decode()))
    )
    row = next(row for row in rows if "HYPERLINK" in row["title"])
    assert row["title"] == "'=HYPERLINK(1)"
    assert row["summary"] == "'+31 6 in een cel"


def test_json_download(client, hidden_cases):
    data = json.loads(client.get("/en/case-studies/export/json/").content)
    assert data["language"] == "en"
    titles = {case["title"] for case in data["cases"]}
    assert len(titles) == 6
    assert not titles & set(HIDDEN_EVERYWHERE)
    tada = next(case for case in data["cases"] if "TADA" in case["title"])
    assert tada["place"] == "brussel"
    assert tada["place_name"] == "Brussels"
    assert tada["start_date"] is None
    learning = next(
        case for case in data["cases"] if case["title"].startswith("Leiden: Leren met de Stad links")
    )
    assert (learning["start_date"], learning["period_in_years"]) == ("2019-01-01", True)  # years only
    assert all("contact_email" not in case for case in data["cases"])


def test_api_pages_per_locale(client, hidden_cases):
    response = client.get(
        "/api/v2/pages/?type=casestudies.CaseStudyPage&locale=en&fields=themes,place,csl_intensity"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert {item["meta"]["locale"] for item in items} == {"en"}
    assert len(items) == 6
    leiden = next(item for item in items if item["meta"]["slug"] == "leiden-learning-with-the-city")
    assert leiden["place"] == "leiden"
    assert "eenzaamheid" in leiden["themes"]
    assert leiden["csl_intensity"] == "medium"


def test_api_never_lists_hidden_pages(client, hidden_cases):
    titles = {
        item["title"]
        for item in client.get("/api/v2/pages/?type=casestudies.CaseStudyPage&limit=20").json()["items"]
    }
    assert "Alleen in het Nederlands" in titles
    assert not titles & set(HIDDEN_EVERYWHERE)
    for case in (hidden_cases["draft"], hidden_cases["private"], hidden_cases["untranslated"]):
        # Django's LocaleMiddleware turns the API's 404 into a redirect to /nl/api/...,
        # which is a 404 page as well; what matters is that nothing is served.
        response = client.get(f"/api/v2/pages/{case.pk}/", follow=True)
        assert response.status_code == 404
        assert case.title not in response.content.decode()


def test_api_filters_on_facet_fields(client):
    response = client.get(
        "/api/v2/pages/?type=casestudies.CaseStudyPage&locale=nl&education_format=innovation_project"
    )
    assert [item["meta"]["slug"] for item in response.json()["items"]] == [
        "leuven-studentenprojecten-draaiboek"
    ]


@pytest.mark.parametrize("endpoint", ["themes", "places", "institutions", "organisation-types"])
def test_api_taxonomies_with_keys_per_locale(client, endpoint):
    english = client.get(f"/api/v2/{endpoint}/?locale=en&limit=20").json()["items"]
    dutch = client.get(f"/api/v2/{endpoint}/?locale=nl&limit=20").json()["items"]
    assert english and {item["locale"] for item in english} == {"en"}
    assert {item["key"] for item in english} <= {item["key"] for item in dutch}


def test_api_taxonomy_filter_by_key(client):
    items = client.get("/api/v2/themes/?key=eenzaamheid").json()["items"]
    assert {(item["locale"], item["name"]) for item in items} == {("nl", "Eenzaamheid"), ("en", "Loneliness")}


def test_json_ld_parses_and_is_escaped(client, demo_library):
    hostile = "Wijk </script><script>alert(1)</script> & co"
    case = CaseStudyPageFactory(parent=demo_library, title=hostile)
    html = client.get(case.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "Article"
    assert data["headline"] == hostile
    assert data["inLanguage"] == "nl"
    assert "<script>alert(1)</script>" not in html


def test_demo_detail_page_structured_data_and_open_graph(client):
    html = client.get("/en/case-studies/leuven-student-projects-playbook/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["contentLocation"]["name"] == "Leuven"
    assert data["url"].endswith("/en/case-studies/leuven-student-projects-playbook/")
    assert '<meta property="og:type" content="article">' in html
    assert (
        '<link rel="canonical" href="http://127.0.0.1:8000/en/case-studies/leuven-student-projects-playbook/">'
        in html
    )
