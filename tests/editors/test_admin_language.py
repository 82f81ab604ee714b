"""The admin speaks each user's preferred language, including Kennisbrug's own reports;
the accessibility checker is on for editors (the machine translator: tests/portal/test_machine_translation.py)."""

import json
import re

from django.conf import settings
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def test_admin_languages_are_dutch_and_english():
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["nl", "en"]


@pytest.mark.parametrize(
    ("language", "report_title", "health_title"),
    [("nl", "Vertaalstatus", "Gezondheid van de inhoud"), ("en", "Translation status", "Content health")],
)
def test_the_admin_and_the_reports_follow_the_users_language(
    client, role_user, language, report_title, health_title
):
    client.force_login(role_user("Editors", language=language))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert re.search(rf'<html[^>]*lang="{language}"', dashboard)
    report = client.get(reverse("portal_reports:translation_status")).content.decode()
    assert re.search(rf'<html[^>]*lang="{language}"', report)
    assert report_title in report
    assert health_title in client.get(reverse("portal_reports:content_health")).content.decode()


def test_the_accessibility_checker_runs_for_editors_on_the_live_site(client, role_user, home_nl):
    client.force_login(role_user("Editors"))
    html = client.get(home_nl.url).content.decode()
    match = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "the userbar's content checker is rendered for a logged-in editor"
    configuration = json.loads(match.group(1))
    assert configuration["options"]["runOnly"], configuration


def test_visitors_get_no_userbar(client, home_nl):
    assert "checker-axe-configuration" not in client.get(home_nl.url).content.decode()
