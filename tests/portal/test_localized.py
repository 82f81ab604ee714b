"""One rule for "in the active language, with fallback": pages through portal.public, snippets
and taxonomies through portal.localized; no app writes its own."""

import ast
from pathlib import Path

from django.utils import translation

from wagtail.models import Locale, Site

import pytest

from portal.localized import names_by_key, rows_in_active_language
from portal.models import Footer, NavigationMenu, Theme
from portal.public import public_in_active_language

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
APPS = ["portal", "casestudies", "playbook", "submissions", "search"]


def test_snippets_come_in_the_active_language():
    for language in ["nl", "en"]:
        with translation.override(language):
            assert {
                menu.locale.language_code for menu in rows_in_active_language(NavigationMenu.objects.all())
            } == {language}
            assert Footer.objects.in_active_locale().get().locale.language_code == language


def test_snippets_fall_back_to_dutch_where_the_language_has_none():
    Footer.objects.filter(locale__language_code="en").delete()
    with translation.override("en"):
        assert Footer.objects.in_active_locale().get().locale.language_code == "nl"
    with translation.override("fr"):  # not a site language: the default one
        assert rows_in_active_language(NavigationMenu.objects.all()).get().locale.language_code == "nl"


def test_taxonomy_names_in_the_active_language_with_the_dutch_name_as_fallback():
    Theme.objects.create(
        key="alleen-nederlands", name="Alleen Nederlands", locale=Locale.objects.get(language_code="nl")
    )
    dutch = Theme.objects.get(key="eenzaamheid", locale__language_code="nl")
    english = Theme.objects.get(key="eenzaamheid", locale__language_code="en")
    assert dutch.name != english.name
    with translation.override("en"):
        names = names_by_key(Theme)
    assert names["eenzaamheid"] == english.name
    assert names["alleen-nederlands"] == "Alleen Nederlands"
    with translation.override("nl"):
        assert names_by_key(Theme, ["eenzaamheid"]) == {"eenzaamheid": dutch.name}


def test_pages_come_in_the_active_language_through_the_public_rule():
    home = Site.objects.get(is_default_site=True).root_page
    for language in ["nl", "en"]:
        with translation.override(language):
            page = public_in_active_language(type(home).objects.filter(pk=home.pk)).get()
        assert page.locale.language_code == language


def own_fallbacks(path):
    """Hand-written language fallbacks in one module: Wagtail's `.localized` (which ignores view
    restrictions), `get_translation_or_none`, and filters on `get_language()` beside the helpers."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        filters_on_language = (
            isinstance(node, ast.keyword)
            and (node.arg or "").startswith("locale__language_code")
            and "get_language" in ast.unparse(node.value)
        )
        if isinstance(node, ast.Attribute) and node.attr in {"localized", "get_translation_or_none"}:
            found.append(f"{node.attr} (line {node.lineno})")
        if filters_on_language:
            found.append(f"{node.arg}=get_language() (line {node.lineno})")
    return found


def test_no_app_writes_its_own_language_fallback():
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            # The demo loader builds the translations themselves; it is not a visitor's fallback.
            if "/demo" in relative or "/migrations/" in relative:
                continue
            if fallbacks := own_fallbacks(path):
                found[relative] = fallbacks
    assert not found, f"language fallbacks beside portal.public and portal.localized: {found}"
