"""The search page: type filter with counts, highlighted passages, pagination, promotions, zero results."""

import re

from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from portal.models import StandardPage
from search.models import SearchTerm
from tests.builders import home

from .conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def nest_pages():
    pages = [
        add_page(
            home("nl"),
            "nl",
            f"zwaluwnest-{number}",
            f"Zwaluwnesten deel {number}",
            "Studenten bouwen een zwaluwnest naar de wijk.",
            "Lange tekst over iets anders. " * 20 + "Hier staat de zwaluwnest <script>x</script> nog eens.",
        )
        for number in range(13)
    ]
    return pages


def result_titles(response):
    return re.findall(
        r'<h2 class="search-result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_results_are_paginated_and_counted(client, nest_pages):
    first = client.get("/nl/zoeken/", {"q": "zwaluwnest"})
    html = first.content.decode()
    assert "13 resultaten" in html
    assert len(result_titles(first)) == 10
    second = client.get("/nl/zoeken/", {"q": "zwaluwnest", "page": 2})
    assert len(result_titles(second)) == 3
    assert not set(result_titles(first)) & set(result_titles(second))
    assert 'rel="prev"' in second.content.decode()


def test_the_type_filter_comes_from_the_results_with_counts(client, nest_pages):
    html = client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    label = str(StandardPage._meta.verbose_name).capitalize()
    assert re.search(rf"{label} <span class=\"search-filter__count\">\(13\)</span>", html)
    assert "type=portal.standardpage" in html
    assert "type=portal.homepage" not in html  # no home page matches
    filtered = client.get("/nl/zoeken/", {"q": "zwaluwnest", "type": "portal.standardpage"})
    assert len(result_titles(filtered)) == 10
    assert 'aria-current="true">' + label in filtered.content.decode()


def test_the_filter_offers_every_page_type_that_matches(client, nest_pages):
    dutch_home = home("nl")
    dutch_home.title = f"{dutch_home.title} zwaluwnest"
    dutch_home.save_revision().publish()
    html = client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    assert "type=portal.homepage" in html
    assert "type=portal.standardpage" in html


def test_the_passage_is_escaped_then_marked(client, nest_pages):
    html = client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    assert "<mark>zwaluwnest</mark>" in html
    assert "<script>x</script>" not in html
    # Next to the match: tags stripped, the rest escaped, and only then the word marked.
    add_page(home("nl"), "nl", "kwikstaart", "Kwikstaarten", 'Met <script>x</script> de kwikstaart & "meer".')
    html = client.get("/nl/zoeken/", {"q": "kwikstaart"}).content.decode()
    assert "Met x de <mark>kwikstaart</mark> &amp; &quot;meer&quot;." in html


def test_stemmed_words_are_marked_too(client):
    add_page(home("en"), "en", "councils", "Councils", "Working with municipalities every day.")
    html = client.get("/en/search/", {"q": "municipality"}).content.decode()
    assert "<mark>municipalities</mark>" in html


def test_zero_results_page_helps(client, nest_pages):
    SearchTerm.record("zwaluwnest", "nl", found=True)
    response = client.get("/nl/zoeken/", {"q": "xyzzyplugh"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Niets gevonden" in html
    assert "?q=zwaluwnest" in html  # popular searches
    assert 'class="search-sections"' in html or 'class="search-popular"' in html


def test_a_typo_gets_a_suggestion_and_similar_results(client, nest_pages):
    html = client.get("/nl/zoeken/", {"q": "zwaluwnset"}).content.decode()
    assert "Geen exacte resultaten" in html
    assert "?q=zwaluwnest" in html
    assert len(re.findall(r'class="search-result"', html)) > 0


def test_promotions_show_in_their_own_language(client, nest_pages):
    english_page = add_page(home("en"), "en", "promoted", "Promoted English page")
    query = Query.get("zwaluwnest")
    SearchPromotion.objects.create(query=query, page=nest_pages[5], sort_order=0, description="Aanrader")
    SearchPromotion.objects.create(query=query, page=english_page, sort_order=1)
    html = client.get("/nl/zoeken/", {"q": "Zwaluwnest"}).content.decode()
    assert 'class="search-promotions"' in html
    assert "Aanrader" in html
    assert "Promoted English page" not in html
    html = client.get("/en/search/", {"q": "zwaluwnest"}).content.decode()
    assert "Promoted English page" in html


def test_searches_are_recorded_without_personal_data(client, nest_pages):
    client.get("/nl/zoeken/", {"q": "Zwaluwnest"})
    client.get("/nl/zoeken/", {"q": "zwaluwnest", "page": 2})  # paging is not another search
    client.get("/nl/zoeken/", {"q": "xyzzyplugh"})
    client.get("/nl/zoeken/", {"q": "jan@example.org"})
    client.get("/nl/zoeken/", {"q": "bel 0612345678"})
    terms = {(t.query, t.language): (t.searches, t.zero_result_searches) for t in SearchTerm.objects.all()}
    assert terms[("zwaluwnest", "nl")] == (1, 0)
    assert terms[("xyzzyplugh", "nl")] == (1, 1)
    assert not [query for query, _language in terms if "example" in query or "0612345678" in query]


def test_the_header_search_box_appears_with_autocomplete(client):
    html = client.get("/en/").content.decode()
    assert 'action="/en/search/"' in html
    assert 'data-autocomplete-url="/en/search/autocomplete/"' in html
    assert "search/autocomplete.js" in html
    assert "<script>" not in html  # strict CSP: no inline code


def test_the_search_page_exists_in_both_languages(client):
    assert client.get("/nl/zoeken/").status_code == 200
    assert client.get("/en/search/").status_code == 200


def test_editors_see_the_search_terms_report(client):
    SearchTerm.record("fietsenstalling", "nl", found=False)
    SearchTerm.record("samenwerken", "nl", found=True)
    SearchTerm.record("loneliness", "en", found=True)
    editor = User.objects.create_user("editor", password="a-long-password-123")
    group = Group.objects.create(name="Search editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(
            codename="add_searchpromotion", content_type=ContentType.objects.get_for_model(SearchPromotion)
        ),
    )
    editor.groups.add(group)
    client.force_login(editor)
    html = client.get("/admin/reports/search-terms/").content.decode()
    assert "fietsenstalling" in html
    assert "samenwerken" in html
    assert "loneliness" not in html
    assert "loneliness" in client.get("/admin/reports/search-terms/", {"language": "en"}).content.decode()


def test_the_report_needs_the_promotions_permission(client):
    user = User.objects.create_user("reader", password="a-long-password-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/reports/search-terms/")
    assert response.status_code in (302, 403)  # Wagtail turns a refusal into a redirect to the dashboard
    assert response.get("Location", "/admin/") == "/admin/"


def test_results_are_never_kept_and_every_search_is_counted(client, nest_pages, caches_on):
    first = client.get("/nl/zoeken/", {"q": "zwaluwnest"})
    second = client.get("/nl/zoeken/", {"q": "zwaluwnest"})
    assert result_titles(second) == result_titles(first)
    assert "13 resultaten" in second.content.decode()
    assert "X-Page-Cache" not in second and "no-store" in second["Cache-Control"]
    assert SearchTerm.objects.get(query="zwaluwnest", language="nl").searches == 2
    add_page(home("nl"), "nl", "zwaluwnest-nieuw", "Nieuw zwaluwnest", "Weer een zwaluwnest erbij.")
    assert "14 resultaten" in client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()


def test_results_belong_to_one_language_type_and_page(client, nest_pages, caches_on):
    first = result_titles(client.get("/nl/zoeken/", {"q": "zwaluwnest"}))
    second = result_titles(client.get("/nl/zoeken/", {"q": "zwaluwnest", "page": 2}))
    assert (len(first), len(second)) == (10, 3)
    assert not set(first) & set(second)
    label = str(StandardPage._meta.verbose_name).capitalize()
    typed = client.get("/nl/zoeken/", {"q": "zwaluwnest", "type": "portal.standardpage"}).content.decode()
    assert 'aria-current="true">' + label in typed
    untyped = client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    assert 'aria-current="true">' + label not in untyped
    assert "Nothing found" in client.get("/en/search/", {"q": "zwaluwnest"}).content.decode()


def test_a_new_promotion_shows_at_once(client, nest_pages, caches_on):
    assert 'class="search-promotions"' not in client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    SearchPromotion.objects.create(
        query=Query.get("zwaluwnest"), page=nest_pages[5], sort_order=0, description="Aanrader"
    )
    html = client.get("/nl/zoeken/", {"q": "zwaluwnest"}).content.decode()
    assert 'class="search-promotions"' in html
    assert "Aanrader" in html


def test_results_show_the_promotions_of_the_text_searched(client, nest_pages, caches_on):
    """ "zwaluw-nest" and "zwaluw nest" search the same words; a promotion names one text."""
    SearchPromotion.objects.create(
        query=Query.get("zwaluw-nest"), page=nest_pages[2], sort_order=0, description="Met streepje"
    )
    assert "Met streepje" not in client.get("/nl/zoeken/", {"q": "zwaluw nest"}).content.decode()
    assert "Met streepje" in client.get("/nl/zoeken/", {"q": "zwaluw-nest"}).content.decode()
