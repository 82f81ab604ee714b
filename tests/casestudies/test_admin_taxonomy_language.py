"""An editor reads a case study's theme and place choices in the admin's language: the Dutch rows
are chosen (their keys hold in both languages), named in English for an English-speaking editor."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from casestudies.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def choice_labels(client, language, field):
    user = get_user_model().objects.create_superuser(
        f"redactie-{language}", f"{language}@example.org", "x" * 20
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    case = CaseStudyPage.objects.get(locale__language_code="nl", slug="leiden-leren-met-de-stad")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[case.pk]))
    assert response.status_code == 200
    return [
        str(label) for _, label in response.context["form"].fields[field].choices
    ], response.content.decode()


def test_english_speaking_editor_reads_english_theme_names(client):
    labels, html = choice_labels(client, "en", "themes")
    assert {"Loneliness", "Low literacy", "Social impact of COVID-19"} <= set(labels)
    assert "Eenzaamheid" not in labels and "Loneliness" in html


def test_dutch_speaking_editor_reads_dutch_theme_and_place_names(client):
    labels, _ = choice_labels(client, "nl", "themes")
    assert "Eenzaamheid" in labels and "Loneliness" not in labels


def test_english_speaking_editor_reads_english_place_names(client):
    labels, _ = choice_labels(client, "en", "place")
    assert "Ghent" in labels and "Gent" not in labels


def test_english_speaking_editor_reads_partner_types_in_english(client):
    _labels, html = choice_labels(client, "en", "themes")
    partners = html.split('id="id_partners-FORMS"', 1)[1]
    assert "Municipality or city" in partners and "Gemeente of stad" not in partners
    new_row = html.split('id="id_partners-EMPTY_FORM_TEMPLATE"', 1)[1]
    assert "Municipality or city" in new_row and "Gemeente of stad" not in new_row


def test_dutch_speaking_editor_reads_partner_types_in_dutch(client):
    _labels, html = choice_labels(client, "nl", "themes")
    assert "Gemeente of stad" in html and "Municipality or city" not in html
