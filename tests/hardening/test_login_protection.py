"""Admin login: django-axes locks a username and address pair out after 5 failures."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-correct-password-42"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        username="editor", email="editor@example.org", password=PASSWORD, is_staff=True, is_superuser=True
    )


def log_in(client, username, password, address="127.0.0.1"):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def is_logged_in(client):
    return "_auth_user_id" in client.session


def login_error(response):
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert errors
    return list(errors)


def test_the_sixth_attempt_is_locked_out_even_with_the_right_password(client, editor):
    for _ in range(5):
        log_in(client, "editor", "wrong-password")
    response = log_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert not is_logged_in(client)


def test_five_failures_still_allow_the_right_password(client, editor):
    for _ in range(4):
        log_in(client, "editor", "wrong-password")
    response = log_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_the_lockout_holds_for_that_address_only(client, editor):
    for _ in range(5):
        log_in(client, "editor", "wrong-password", address="192.0.2.10")
    assert log_in(client, "editor", PASSWORD, address="192.0.2.10").status_code == 429
    assert log_in(client, "editor", PASSWORD, address="192.0.2.20").status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, editor):
    for _ in range(5):
        log_in(client, "editor", "wrong-password")
    assert log_in(client, "editor", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1, minutes=1))
    assert log_in(client, "editor", PASSWORD).status_code == 302


def test_unknown_user_and_wrong_password_get_the_same_message(client, editor):
    wrong_password = login_error(log_in(client, "editor", "wrong-password"))
    unknown_user = login_error(log_in(client, "nobody-by-this-name", "wrong-password"))
    assert wrong_password == unknown_user


def test_the_admin_sends_no_staff_e_mail_hashes_to_gravatar(client, editor, settings):
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    pages = [
        reverse("wagtailadmin_home"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailadmin_account"),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200
        assert b"gravatar" not in response.content.lower(), url
    # The same check sees avatars as soon as the provider is switched on.
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = "//www.gravatar.com/avatar"
    assert b"gravatar" in client.get(reverse("wagtailadmin_home")).content.lower()
