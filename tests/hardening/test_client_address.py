"""Client addresses behind a reverse proxy (issue #19): the rate limit of the intake and the
admin login lockout count each visitor, with and without a trusted proxy in front, and a
forged X-Forwarded-For never helps."""

import ipaddress

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.urls import reverse

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portal.client_address import client_address
from tests.submissions.helpers import FORM_URL, valid_answers

PROXY = "10.0.0.5"
PASSWORD = "a-long-correct-password-42"

addresses = st.one_of(st.ip_addresses(v=4), st.ip_addresses(v=6)).map(str)


@hypothesis_settings(max_examples=200)
@given(
    peer=addresses,
    chain=st.lists(addresses, max_size=5),
    count=st.integers(0, 4),
    forged=st.lists(st.text(max_size=12) | addresses, max_size=3),
)
def test_the_client_is_the_entry_the_nearest_trusted_proxy_saw(peer, chain, count, forged):
    """Whatever the client put in front (forged), the answer is the peer or what a proxy appended."""
    header = ", ".join([*(entry.replace(",", "") for entry in forged), *chain])
    request = RequestFactory().get("/", REMOTE_ADDR=peer, HTTP_X_FORWARDED_FOR=header)
    with override_settings(TRUSTED_PROXY_COUNT=count):
        found = client_address(request)
    if count == 0 or len(chain) < count:
        assert found == peer or (
            count > 0 and found in {str(ipaddress.ip_address(a)) for a in forged if is_ip(a)}
        )
        if count == 0:
            assert found == peer
    else:
        assert found == str(ipaddress.ip_address(chain[-count]))


def is_ip(text):
    try:
        ipaddress.ip_address(text.strip())
    except ValueError:
        return False
    return True


def test_without_a_proxy_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_address(request) == "192.0.2.1"


@pytest.fixture
def limits(settings):
    settings.SUBMISSION_MIN_FORM_SECONDS = 0
    settings.SUBMISSION_RATE_PER_IP = "1/h"
    settings.SUBMISSION_RATE_PER_EMAIL = "100/h"
    cache.clear()
    yield
    cache.clear()


def send(client, forwarded, number):
    return client.post(
        FORM_URL["en"],
        valid_answers(email=f"p{number}@example.org"),
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    ).status_code


@pytest.mark.django_db
def test_behind_a_proxy_each_partner_has_a_limit_of_their_own(
    client, settings, limits, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 1
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, "198.51.100.1", 1) == 302
        assert send(client, "198.51.100.1", 2) == 429  # this partner's limit
        assert send(client, "198.51.100.2", 3) == 302  # another partner behind the same proxy
        # A forged entry to the left of what the proxy appended changes nothing.
        assert send(client, "203.0.113.9, 198.51.100.1", 4) == 429


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_header_escapes_no_limit(
    client, settings, limits, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 0
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, "198.51.100.1", 1) == 302
        assert send(client, "198.51.100.2", 2) == 429  # one connection address, one limit


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        username="editor", email="editor@example.org", password=PASSWORD, is_staff=True, is_superuser=True
    )


def log_in(client, password, forwarded):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "editor", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.mark.django_db
def test_behind_a_proxy_wrong_passwords_lock_out_only_their_sender(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        log_in(client, "wrong-password", "198.51.100.66")
    assert log_in(client, PASSWORD, "198.51.100.66").status_code == 429
    response = log_in(client, PASSWORD, "198.51.100.1")  # the editor, elsewhere
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_header_does_not_lift_a_lockout(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(5):
        log_in(client, "wrong-password", f"198.51.100.{number}")
    assert log_in(client, PASSWORD, "198.51.100.200").status_code == 429
