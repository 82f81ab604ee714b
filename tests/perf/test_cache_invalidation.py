"""Every public content change reaches visitors at once, even with the page cache on."""

from django.core.cache import cache
from django.db import transaction

from wagtail.models import Locale, Page, PageViewRestriction

import pytest

from playbook.models import PlaybookChapterPage
from portal.models import Footer, NavigationMenu, SiteSettings, StandardPage, Theme
from portal.page_cache import new_generation, read_generation
from submissions.models import Status, Vraagstuk
from tests.builders import home, standard_page

pytestmark = pytest.mark.django_db


def cached(client, path):
    """GET `path` until it is served from the cache, so the next change must invalidate it."""
    client.get(path)
    response = client.get(path)
    assert response["X-Page-Cache"] == "hit"
    return response


def test_publishing_a_page_shows_the_new_version(client, page_cache):
    cached(client, "/nl/over-ons/")
    about = StandardPage.objects.get(url_path="/home-nl/over-ons/")
    about.title = "Wie wij zijn"
    about.save_revision().publish()
    assert "<h1>Wie wij zijn</h1>" in client.get("/nl/over-ons/").content.decode()


def test_unpublishing_a_page_removes_it(client, page_cache):
    cached(client, "/nl/over-ons/")
    StandardPage.objects.get(url_path="/home-nl/over-ons/").unpublish()
    assert client.get("/nl/over-ons/").status_code == 404


def test_publishing_a_translation_updates_the_language_switcher(client, page_cache):
    page = standard_page(home(), "Alleen Nederlands", slug="alleen-nederlands")
    before = cached(client, "/nl/alleen-nederlands/").content.decode()
    assert 'href="/en/alleen-nederlands/"' not in before
    translation = page.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.save_revision().publish()
    assert 'href="/en/alleen-nederlands/"' in client.get("/nl/alleen-nederlands/").content.decode()


def test_creating_a_translation_bumps_the_generation(page_cache):
    page = standard_page(home(), "Nog niet vertaald", slug="nog-niet-vertaald")
    generation = read_generation()
    page.copy_for_translation(Locale.objects.get(language_code="en"))
    assert read_generation() != generation


def test_moving_a_page_moves_its_address(client, page_cache):
    page = standard_page(home(), "Verhuizer", slug="verhuizer")
    cached(client, "/nl/verhuizer/")
    page.move(Page.objects.get(url_path="/home-nl/over-ons/"), pos="last-child")
    old_address = client.get("/nl/verhuizer/")
    assert old_address.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old_address["Location"] == "/nl/over-ons/verhuizer/"
    assert client.get("/nl/over-ons/verhuizer/").status_code == 200


def test_deleting_a_page_removes_it(client, page_cache):
    page = standard_page(home(), "Tijdelijk", slug="tijdelijk")
    cached(client, "/nl/tijdelijk/")
    page.delete()
    assert client.get("/nl/tijdelijk/").status_code == 404


def test_a_new_release_starts_with_an_empty_cache(client, page_cache, settings):
    settings.RELEASE = "2026.11.1"
    cached(client, "/nl/over-ons/")
    settings.RELEASE = "2026.11.2"
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "miss"
    settings.RELEASE = "2026.11.1"  # the generation of a release stays its own
    assert client.get("/nl/over-ons/")["X-Page-Cache"] == "hit"


def test_a_page_made_private_leaves_the_cache(client, page_cache):
    page = standard_page(home(), "Intern verslag", slug="intern-verslag")
    cached(client, "/nl/intern-verslag/")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="alleen-intern"
    )
    response = client.get("/nl/intern-verslag/")
    assert "Intern verslag</h1>" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


@pytest.mark.parametrize("change", ["save", "delete"])
def test_editing_a_taxonomy_renders_pages_again(client, page_cache, change):
    cached(client, "/nl/")
    theme = Theme.objects.filter(locale__language_code="nl").first()
    if change == "save":
        theme.name = "Eenzaamheid en isolement"
        theme.save()
    else:
        theme.delete()
    assert client.get("/nl/")["X-Page-Cache"] == "miss"


def test_editing_a_menu_item_shows_the_new_label(client, page_cache):
    cached(client, "/nl/")
    item = NavigationMenu.objects.get(locale__language_code="nl").items.first()
    item.label = "Wie wij zijn"
    item.save()
    assert ">Wie wij zijn</a>" in client.get("/nl/").content.decode()


def test_editing_the_footer_shows_the_new_text(client, page_cache):
    cached(client, "/en/")
    footer = Footer.objects.get(locale__language_code="en")
    footer.text = "<p>A brand-new footer line.</p>"
    footer.save()
    assert "A brand-new footer line." in client.get("/en/").content.decode()


def test_editing_site_settings_shows_the_new_name(client, page_cache):
    cached(client, "/nl/")
    site_settings = SiteSettings.objects.get()
    site_settings.organisation_name = "Kenniswinkel Leuven"
    site_settings.save()
    assert "Kenniswinkel Leuven" in client.get("/nl/").content.decode()


def test_the_generation_changes_inside_the_transaction_of_the_change(page_cache):
    """Other requests see the new generation exactly when they can see the change itself."""
    before = read_generation()
    with transaction.atomic():
        Theme.objects.filter(locale__language_code="nl").first().save()
        inside = read_generation()
    assert inside != before
    assert read_generation() == inside


def test_a_generation_is_never_used_twice(page_cache):
    seen = {read_generation()}
    for _ in range(20):
        seen.add(new_generation())
    assert len(seen) == 21


def test_a_rolled_back_change_leaves_the_generation_as_it_was(page_cache):
    before = read_generation()
    with pytest.raises(RuntimeError), transaction.atomic():
        Theme.objects.filter(locale__language_code="nl").first().save()
        raise RuntimeError("the editor's save failed")
    assert read_generation() == before


def test_questions_from_partners_leave_the_cached_pages_alone(client, page_cache):
    """A vraagstuk is a snippet for the triage screens only: storing one changes no public page,
    unless it is on the board of open questions (tests/submissions/test_board.py)."""
    cached(client, "/nl/")
    generation = read_generation()
    question = Vraagstuk.objects.exclude(status=Status.SEEKING_MATCH).first()
    question.title = "Bijgewerkte vraag"
    question.save()
    question.delete()
    assert read_generation() == generation
    assert client.get("/nl/")["X-Page-Cache"] == "hit"


def test_kept_links_between_pages_follow_an_unpublish(client, settings):
    """Chapter neighbours and a case's related pages are fragments of the content generation."""
    settings.FRAGMENT_CACHE_SECONDS = 300
    cache.clear()
    first, second, third = (
        PlaybookChapterPage.objects.live().filter(locale__language_code="nl").order_by("path")[:3]
    )
    assert f'href="{second.url}"' in client.get(first.url).content.decode()
    assert f'href="{second.url}"' in client.get(first.url).content.decode()  # now from the fragment
    second.unpublish()
    page = client.get(first.url).content.decode()
    assert f'href="{second.url}"' not in page
    assert f'href="{third.url}"' in page
    cache.clear()


def test_deleting_a_private_page_with_its_restriction_starts_a_new_generation(page_cache):
    page = standard_page(home(), "Privé en weg", slug="prive-en-weg")
    page.view_restrictions.create(restriction_type="login")
    before = read_generation()
    page.delete()
    assert read_generation() != before
    assert not PageViewRestriction.objects.filter(page_id=page.pk).exists()
