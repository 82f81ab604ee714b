"""The Wagtail admin works under its own (relaxed, still same-origin) policy."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct-horse-battery-staple-42"


def test_an_editor_logs_in_explores_and_edits_without_errors(live_server, page):
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    about = Page.objects.get(url_path="/home-nl/over-ons/")
    errors, foreign = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    ours = urlsplit(live_server.url).netloc
    page.on(
        "request",
        lambda request: (
            foreign.append(request.url)
            if urlsplit(request.url).scheme in {"http", "https"} and urlsplit(request.url).netloc != ours
            else None
        ),
    )

    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert urlsplit(page.url).path == reverse("wagtailadmin_home")

    page.goto(live_server.url + reverse("wagtailadmin_explore", args=[about.get_parent().id]))
    page.get_by_role("link", name=about.title, exact=True).first.wait_for()

    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[about.id]))
    page.fill("#id_title", "Over ons, bewerkt")
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    about.refresh_from_db()
    assert about.get_latest_revision().content["title"] == "Over ons, bewerkt"
    assert page.locator(".messages .success").count() == 1

    assert not errors, errors
    assert not foreign, foreign
    assert "gravatar" not in page.content().lower()
