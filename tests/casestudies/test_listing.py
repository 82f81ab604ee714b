"""Facets: OR within a facet, AND across facets, counts, sorting, pages, empty state."""

import datetime
import re

import pytest

from casestudies.facets import PAGE_SIZE

pytestmark = pytest.mark.django_db

URL = "/nl/testbieb/"


def titles(response):
    return [card["page"].title for card in response.context["listing"].cards]


def counts(response, param):
    facet = next(facet for facet in response.context["listing"].facets if facet.param == param)
    return {value.value: value.count for value in facet.values}


def test_without_filters_every_case_is_listed_newest_first(client, facet_cases):
    response = client.get(URL)
    assert response.status_code == 200
    # Newest start first; the case without dates comes last.
    assert titles(response) == ["Charlie", "Bravo", "Alpha", "Delta", "Echo"]


def test_values_within_a_facet_combine_with_or(client, facet_cases):
    response = client.get(URL + "?theme=vergrijzing&theme=duurzaamheid")
    assert sorted(titles(response)) == ["Bravo", "Charlie", "Delta", "Echo"]


def test_facets_combine_with_and(client, facet_cases):
    response = client.get(URL + "?theme=eenzaamheid&place=leiden")
    assert titles(response) == ["Alpha"]
    response = client.get(URL + "?theme=eenzaamheid&theme=vergrijzing&format=thesis&place=leiden")
    assert sorted(titles(response)) == ["Alpha", "Charlie"]


def test_counts_show_what_each_value_would_give(client, facet_cases):
    response = client.get(URL + "?place=gent")
    # Within the place facet, other places keep their own counts (OR with the selection).
    assert counts(response, "place") == {"gent": 2, "leiden": 2, "leuven": 1}
    # Other facets count within the Gent selection.
    assert counts(response, "theme") == {"duurzaamheid": 2, "eenzaamheid": 1}
    assert counts(response, "format") == {"minor": 1, "course_assignment": 1}


def test_institution_type_facet_uses_the_institutions_kind(client, facet_cases):
    response = client.get(URL + "?institution_type=mbo")
    assert titles(response) == ["Charlie"]
    assert counts(response, "institution_type") == {"university": 3, "hogeschool": 2, "mbo": 1}


def test_year_facet_matches_every_year_a_case_ran(client, facet_cases):
    assert sorted(titles(client.get(URL + "?year=2020"))) == ["Alpha"]
    assert sorted(titles(client.get(URL + "?year=2019&year=2021"))) == ["Alpha", "Bravo"]
    response = client.get(URL)
    assert counts(response, "year") == {"2022": 1, "2021": 1, "2020": 1, "2019": 1, "2018": 1}


def test_intensity_facet(client, facet_cases):
    assert sorted(titles(client.get(URL + "?intensity=low"))) == ["Alpha", "Delta"]


def test_sorting_a_to_z(client, facet_cases):
    assert titles(client.get(URL + "?sort=title")) == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]


def test_filter_urls_use_keys_and_work_in_both_languages(client, facet_cases, english):
    # Translate the library and one case so the English tree has them.
    library = facet_cases["a"].get_parent().specific
    english_library = library.copy_for_translation(english)
    english_library.save_revision().publish()
    english_case = facet_cases["a"].copy_for_translation(english)
    english_case.save_revision().publish()
    response = client.get(f"{english_library.url}?theme=eenzaamheid&place=leiden")
    assert titles(response) == [english_case.title]
    labels = {
        value.value: value.label for facet in response.context["listing"].facets for value in facet.values
    }
    assert labels["eenzaamheid"] == "Loneliness"
    # The language switcher keeps the filters.
    assert "?theme=eenzaamheid&amp;place=leiden" in response.content.decode()


def test_filter_links_are_nofollow_and_toggle(client, facet_cases):
    response = client.get(URL + "?theme=eenzaamheid")
    html = response.content.decode()
    links = re.findall(r'<a href="(\?[^"]*)"([^>]*)>', html)
    assert links, "facet links expected"
    assert all("nofollow" in attributes for _, attributes in links)
    hrefs = {href for href, _ in links}
    assert "?" in hrefs  # removing the only selected theme clears the query
    assert "?theme=eenzaamheid&amp;theme=vergrijzing" in hrefs
    assert '<meta name="robots" content="noindex, follow">' in html


def test_empty_state_offers_a_way_back(client, facet_cases):
    response = client.get(URL + "?place=gent&format=thesis")
    html = response.content.decode()
    assert titles(response) == []
    assert "Geen praktijkvoorbeelden voldoen aan al deze filters." in html
    assert 'href="?" rel="nofollow"' in html


def test_pagination(client, make_case):
    for number in range(PAGE_SIZE + 3):
        make_case(f"Case {number:02d}", themes=["eenzaamheid"])
    first = client.get(URL + "?sort=title")
    second = client.get(URL + "?sort=title&page=2")
    assert len(titles(first)) == PAGE_SIZE
    assert titles(second) == [f"Case {number:02d}" for number in range(PAGE_SIZE, PAGE_SIZE + 3)]
    assert 'href="?sort=title&amp;page=2"' in first.content.decode()
    beyond = client.get(URL + "?sort=title&page=99999")
    assert titles(beyond) == titles(second)


def test_drafts_and_private_cases_are_not_listed(client, facet_cases, make_case):
    draft = make_case("Draft", themes=["eenzaamheid"], live=False)
    private = make_case("Private", themes=["eenzaamheid"])
    private.view_restrictions.create(restriction_type="login")
    response = client.get(URL + "?theme=eenzaamheid")
    assert draft.title not in titles(response)
    assert private.title not in titles(response)
    assert counts(response, "theme")["eenzaamheid"] == 3


def test_demo_library_lists_the_six_cases_in_both_languages(client):
    for url in ("/nl/praktijkvoorbeelden/", "/en/case-studies/"):
        response = client.get(url)
        assert response.status_code == 200
        assert len(titles(response)) == 6


def test_counts_and_cards_follow_a_publish_with_every_cache_on(client, facet_cases, make_case, caches_on):
    first = client.get(URL + "?place=gent")
    assert client.get(URL + "?place=gent")["X-Page-Cache"] == "hit"
    assert counts(first, "theme") == {"duurzaamheid": 2, "eenzaamheid": 1}
    make_case(
        "Foxtrot", themes=["eenzaamheid"], place="gent", start=datetime.date(2025, 1, 1)
    ).save_revision().publish()
    again = client.get(URL + "?place=gent")
    assert counts(again, "theme") == {"duurzaamheid": 2, "eenzaamheid": 2}
    assert titles(again)[0] == "Foxtrot"
