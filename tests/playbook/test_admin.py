"""Editors can open the add and edit forms of every playbook page type."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from playbook.blocks import GuidanceBlock
from playbook.models import PlaybookChapterPage, ReflectionExercisePage

from .helpers import chapters, draaiboek, exercise

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@example.org", "een-lang-wachtwoord"
    )
    client.force_login(user)
    return client


def test_edit_forms_open(editor_client):
    for page in (draaiboek("nl"), chapters("nl")[1], exercise(), exercise().get_parent()):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    # The chapter form includes the case-study chooser of the example block.
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[chapters("nl")[1].pk])).content.decode()
    assert "casestudies.casestudypage" in html.lower()


def test_add_forms_open(editor_client):
    for model, parent in (
        (PlaybookChapterPage, draaiboek("nl")),
        (ReflectionExercisePage, exercise().get_parent()),
    ):
        url = reverse(
            "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
        )
        assert editor_client.get(url).status_code == 200, model


def test_block_previews_render_with_the_playbook_styles(editor_client):
    for name, block in GuidanceBlock.base_blocks.items():
        response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "/static/playbook/playbook.css" in html and "/static/css/kennisbrug.css" in html, name
