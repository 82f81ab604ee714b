from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale, Page

import pytest

from portal.models import HomePage, NavigationMenu, Theme

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "themes": Theme.objects.count(),
        "menus": NavigationMenu.objects.count(),
    }


def test_demo_content_twice_duplicates_nothing():
    before = counts()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert counts() == before
    assert "0 objects created" in out.getvalue()


def test_reset_builds_the_same_site_again():
    before = counts()
    call_command("load_demo_content", "--reset", stdout=StringIO())
    assert counts() == before
    assert HomePage.objects.filter(locale__language_code="nl").count() == 1


def test_both_trees_have_the_same_shape():
    dutch = Page.objects.live().filter(locale__language_code="nl", depth__gte=2)
    for page in dutch:
        translation = page.get_translation_or_none(Locale.objects.get(language_code="en"))
        assert translation is not None and translation.live, f"{page.url_path} has no live English version"


def test_english_children_resolve(client):
    """wagtail-localize #773: stale child counts would make these 404."""
    english_home = HomePage.objects.get(locale__language_code="en")
    children = english_home.get_children().live()
    assert english_home.numchild == english_home.get_children().count()
    assert children.exists()
    for child in children:
        assert client.get(child.url).status_code == 200, child.url


def test_every_theme_exists_in_both_languages_with_the_same_key():
    for theme in Theme.objects.filter(locale__language_code="nl"):
        english = theme.get_translation(Locale.objects.get(language_code="en"))
        assert english.key == theme.key
        assert english.name
