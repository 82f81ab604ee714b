"""The English demo content is made of wagtail-localize translations: syncing a changed Dutch
page updates its English translation as it does for an editor's own page."""

from django.db import transaction
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from casestudies.models import CaseStudyPage
from portal.demo import DemoContext, ensure_page, paragraphs, site_home
from portal.demo.translations import TranslationMismatch
from portal.models import Footer, Institution, NavigationMenu, Place, StandardPage, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def translation_of(obj, locale):
    source = TranslationSource.objects.get_for_instance(obj)
    return Translation.objects.get(source=source, target_locale=locale)


def pending_strings(source, locale):
    """The source's strings that have no translation into `locale`: what a translator still has to do."""
    segments = StringSegment.objects.filter(source=source).annotate_translation(locale)
    return [
        segment.string.data for segment in segments.select_related("string") if segment.translation is None
    ]


def test_every_english_demo_page_is_a_translation_of_its_dutch_page(english):
    dutch_pages = Page.objects.live().filter(locale__language_code="nl", depth__gte=2).specific()
    assert len(dutch_pages) > 20
    for page in dutch_pages:
        translation = translation_of(page, english)
        assert translation.enabled
        target = translation.get_target_instance()
        assert target.translation_key == page.translation_key and target.live, page.url_path
        # The English title is a translated string, not a copy of the Dutch one (the home page
        # keeps its name in both languages).
        assert page.title not in pending_strings(translation.source, english), page.url_path
        if page.depth > 2:
            assert target.title != page.title, page.url_path


def test_the_demo_texts_are_stored_as_translated_strings(english):
    about = StandardPage.objects.get(locale__language_code="nl", slug="over-ons")
    source = translation_of(about, english).source
    translated = {
        segment.string.data: segment.translation
        for segment in StringSegment.objects.filter(source=source)
        .annotate_translation(english)
        .select_related("string")
    }
    assert translated["Over Kennisbrug"] == "About Kennisbrug"
    assert translated["over-ons"] == "about"
    assert about.get_translation(english).slug == "about"


def test_every_taxonomy_is_a_translation_with_its_english_name(english):
    for model in (Theme, Place, Institution):
        for row in model.objects.filter(locale__language_code="nl"):
            translation = translation_of(row, english)
            target = translation.get_target_instance()
            assert target.key == row.key
            assert pending_strings(translation.source, english) == [], row.key
    assert Theme.objects.get(locale=english, key="eenzaamheid").name == "Loneliness"
    # Proper names are translated by themselves, so nothing waits for a translator.
    assert Institution.objects.get(locale=english, key="ku-leuven").name == "KU Leuven"


def test_sync_after_a_dutch_change_queues_the_changed_text_and_follows_the_taxonomy(
    english, django_capture_on_commit_callbacks
):
    dutch = CaseStudyPage.objects.filter(locale__language_code="nl").order_by("path").first()
    english_page = dutch.get_translation(english).specific
    english_title = english_page.title
    new_theme = Theme.objects.filter(locale__language_code="nl").exclude(pk__in=dutch.themes.all()).first()
    dropped_theme = dutch.themes.order_by("key").first()
    translation = translation_of(dutch, english)
    waiting_before = set(pending_strings(translation.source, english))

    dutch.summary = "Een nieuwe samenvatting die nog niemand vertaalde."
    dutch.themes = [*dutch.themes.exclude(pk=dropped_theme.pk), new_theme]
    dutch.save_revision().publish()

    # "Sync translation": the source takes the Dutch page's new content...
    translation.source.update_from_db()
    assert set(pending_strings(translation.source, english)) == waiting_before | {dutch.summary}
    # ...and the English page is saved from it and published.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english_page = Page.objects.get(pk=english_page.pk).specific
    assert english_page.title == english_title  # translated strings stay translated
    assert english_page.summary == dutch.summary  # the changed one waits, shown in Dutch meanwhile
    assert set(english_page.themes.values_list("key", flat=True)) == set(
        dutch.themes.values_list("key", flat=True)
    )
    assert new_theme.key in english_page.themes.values_list("key", flat=True)
    assert dropped_theme.key not in english_page.themes.values_list("key", flat=True)


def test_a_taxonomy_the_dutch_page_emptied_is_emptied_in_english_after_a_sync(
    english, django_capture_on_commit_callbacks
):
    dutch = CaseStudyPage.objects.filter(locale__language_code="nl", themes__isnull=False).first()
    english_page = dutch.get_translation(english).specific
    assert english_page.themes.exists() and english_page.institutions.exists()
    translation = translation_of(dutch, english)

    dutch.themes = []
    dutch.save_revision().publish()
    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english_page = Page.objects.get(pk=english_page.pk).specific
    assert not english_page.themes.exists()
    assert english_page.institutions.exists()  # what the Dutch page still has stays


@pytest.mark.parametrize(
    ("english_body", "complaint"),
    [
        ([paragraphs("One paragraph.", "And a second one.")], "1 Dutch strings, 2 English"),
        ([("text", RichText("<ul><li>One list item.</li></ul>"))], "other markup"),
    ],
    ids=["more strings", "other markup"],
)
def test_english_values_of_another_structure_are_refused_not_published_half_dutch(english_body, complaint):
    ctx = DemoContext(write=lambda message: None)
    with pytest.raises(TranslationMismatch, match=complaint), transaction.atomic():
        ensure_page(
            ctx,
            site_home(ctx),
            StandardPage,
            slug="proef",
            nl={"title": "Proef", "body": [paragraphs("Eén alinea.")]},
            en={"title": "Trial", "body": english_body},
        )
    assert not StandardPage.objects.filter(locale=ctx.en, title="Trial").exists()


def test_the_english_menu_and_footer_are_translations_that_show_english_pages(client, english):
    for model in (NavigationMenu, Footer):
        translation = translation_of(model.objects.get(locale__language_code="nl"), english)
        assert translation.get_target_instance().locale == english
    assert "links questions from the city" in Footer.objects.get(locale=english).text
    html = client.get("/en/").content.decode()
    assert "About Kennisbrug" in html and "Privacy statement" in html
    assert "Over Kennisbrug" not in html


def test_sync_translation_in_the_admin_updates_a_demo_page(
    admin_client, english, django_capture_on_commit_callbacks
):
    """The editor's "Sync translation" (wagtail-localize's update view) on a demo page."""
    dutch = StandardPage.objects.get(locale__language_code="nl", slug="privacyverklaring")
    source = translation_of(dutch, english).source
    dutch.title = "Privacyverklaring van Kennisbrug"
    dutch.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english_page = dutch.get_translation(english)
    assert (
        english_page.title == "Privacyverklaring van Kennisbrug"
    )  # waiting for a translator, shown in Dutch
    assert pending_strings(source, english) == ["Privacyverklaring van Kennisbrug"]
    assert english_page.slug == "privacy"  # what was translated stays translated
