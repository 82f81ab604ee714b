"""A translation cannot go live while its source page is a draft, through the real edit view."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

import pytest

from portal.models import StandardPage

from ..builders import add_page, home, make_user
from .admin_forms import standard_page_data

pytestmark = pytest.mark.django_db


def draft_with_english_translation(user):
    draft = StandardPage(
        title="Concept over buurten", slug="concept-over-buurten", summary="Kort.", live=False
    )
    dutch = add_page(home("nl"), draft, publish=False)
    TranslationCreator(user, [Locale.objects.get(language_code="en")]).create_translations(dutch)
    english = Page.objects.get(translation_key=dutch.translation_key, locale__language_code="en").specific
    return dutch, english


def publish(client, page):
    """Publish as the translation editor of wagtail-localize does for a synced translation."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, {"action": "publish"}, follow=True)


def publish_with_page_form(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, standard_page_data(page, **{"action-publish": "1"}), follow=True)


@pytest.mark.parametrize(
    ("language", "words"), [("en", "cannot be published while its source page"), ("nl", "concept is")]
)
def test_a_translation_of_a_draft_is_refused_then_publishes_once_the_source_is_live(
    client, django_capture_on_commit_callbacks, language, words
):
    user = make_user("redacteur", superuser=True, language=language)
    client.force_login(user)
    dutch, english = draft_with_english_translation(user)

    for attempt in (publish, publish_with_page_form):
        with django_capture_on_commit_callbacks(execute=True):
            response = attempt(client, english)
        english.refresh_from_db()
        assert not english.live and english.first_published_at is None
        shown = [str(message) for message in response.context["messages"]]
        assert any(words in message for message in shown), shown

    dutch.save_revision(user=user).publish()
    with django_capture_on_commit_callbacks(execute=True):
        publish(client, english)
    english.refresh_from_db()
    assert english.live


def test_the_source_page_itself_publishes_as_before(client):
    user = make_user("redacteur", superuser=True)
    client.force_login(user)
    dutch, _english = draft_with_english_translation(user)
    with translation.override("en"):
        publish_with_page_form(client, dutch)
    dutch.refresh_from_db()
    assert dutch.live
