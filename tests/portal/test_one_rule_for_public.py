"""A page behind a view restriction leaves every list a visitor can see, with the caches on and off.

Each kind of page is linked from other pages in its own way (a case study illustrates chapters
and exercises, a chapter is in the draaiboek's contents and an exercise's chapters, an exercise
is listed below the chapters it links to, a standard page is in the menu and footer). The
page gets a title nobody else has, every public address is read (warming the caches when they
are on), the page is made private, and every public address is read again.
"""

from django.core.cache import cache

from wagtail.models import PageViewRestriction

import pytest

from casestudies.models import CaseStudyPage
from playbook.models import ChapterCaseStudy, PlaybookChapterPage, ReflectionExercisePage
from portal.models import NavigationItem

from .public_urls import fetch_all, public_urls

pytestmark = pytest.mark.django_db

MARKER = "Zwaluwstaartgeheim"


def linked_case_study():
    return CaseStudyPage.objects.filter(
        locale__language_code="nl", pk__in=ChapterCaseStudy.objects.values("case_study")
    ).first()


def linked_chapter():
    return PlaybookChapterPage.objects.filter(
        locale__language_code="nl", exercise_links__isnull=False
    ).first()


def linked_exercise():
    return ReflectionExercisePage.objects.filter(
        locale__language_code="nl", chapter_links__isnull=False
    ).first()


def menu_page():
    return NavigationItem.objects.filter(menu__locale__language_code="nl").order_by("sort_order").last().page


@pytest.fixture(params=["caches off", "caches on"])
def caches(request, settings):
    request.getfixturevalue("caches_on" if request.param == "caches on" else "caches_off")
    return request.param


KINDS = [linked_case_study, linked_chapter, linked_exercise, menu_page]


def test_a_private_page_is_listed_nowhere(client, caches):
    """Each kind in turn is made private, every public address is read, and the restriction is
    lifted again; the first reading (warming the caches when they are on) is shared."""
    pages = {}
    for find_page in KINDS:
        page = find_page().specific
        assert page is not None and page.live
        marker = f"{MARKER}{find_page.__name__.replace('_', '')}"
        page.title = f"{marker} {page.title}"
        page.save_revision().publish()
        pages[marker] = page
    search_words = [marker.lower() for marker in pages]  # searched in lower case: the echo is no leak

    warm = fetch_all(client, public_urls(search_words=search_words))
    for marker in pages:
        assert any(marker.encode() in body for body in warm.values()), f"the scan must see {marker} first"

    for marker, page in pages.items():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
        after = fetch_all(client, public_urls(search_words=search_words))
        leaks = [url for url, body in after.items() if marker.encode() in body]
        assert leaks == [], f"{page.title!r} is still shown at {leaks}"
        assert client.get(page.url).status_code == 302  # the page itself asks for a login
        restriction.delete()
    cache.clear()
