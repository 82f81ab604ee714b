"""Every public route refuses a POST without a CSRF token (403), and changes nothing.

The routes are found, not listed: every named route of our public URL namespaces (a
new one fails test_every_public_route_is_covered until it is added here) and one live
page of every page type. Django's test client skips CSRF checks unless told.
"""

import re

from django.test import Client
from django.urls import get_resolver, resolve, reverse
from django.utils import translation

import pytest

from submissions.models import ImpactFollowUp, Status, Vraagstuk
from submissions.models.vraagstuk import hash_status_token
from tests.browser.gate import PUBLIC_NAMESPACES, page_stops
from tests.builders import make_vraagstuk
from tests.submissions.helpers import valid_answers

pytestmark = pytest.mark.django_db

STATUS_TOKEN = "s" * 43
IMPACT_TOKEN = "i" * 43


@pytest.fixture(autouse=True)
def no_time_trap(settings):
    settings.SUBMISSION_MIN_FORM_SECONDS = 0


@pytest.fixture
def question():
    vraagstuk = make_vraagstuk(status=Status.COMPLETED)
    vraagstuk.status_token_hash = hash_status_token(STATUS_TOKEN)
    vraagstuk.status = Status.INTAKE
    vraagstuk.save()
    ImpactFollowUp.objects.create(vraagstuk=vraagstuk, token_hash=hash_status_token(IMPACT_TOKEN))
    return vraagstuk


# route -> (URL arguments, the POST a browser would send)
ROUTES = {
    "search:search": ([], {"q": "wijk"}),
    "search:autocomplete": ([], {"q": "wijk"}),
    "submissions:form": ([], valid_answers()),
    "submissions:thanks": (["not-a-receipt"], {}),
    "submissions:status": ([STATUS_TOKEN], {"action": "add", "info-information": "Extra informatie."}),
    "submissions:impact": (
        [IMPACT_TOKEN],
        {"what_changed": "Veel.", "still_used": "Alles.", "would_again": "true"},
    ),
}
WITHDRAW = {"action": "withdraw", "withdraw-confirm": "on", "withdraw-reason": "Niet meer nodig."}


def named_public_routes():
    namespaces = get_resolver().namespace_dict
    for namespace in PUBLIC_NAMESPACES:
        if namespace in namespaces:
            _prefix, resolver = namespaces[namespace]
            for name in resolver.reverse_dict:
                if isinstance(name, str):
                    yield f"{namespace}:{name}"


def test_every_public_route_is_covered():
    assert set(named_public_routes()) == set(ROUTES)


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def state(vraagstuk):
    vraagstuk.refresh_from_db()
    follow_up = ImpactFollowUp.objects.get(vraagstuk=vraagstuk)
    return (Vraagstuk.objects.count(), vraagstuk.status, vraagstuk.events.count(), follow_up.answered_at)


@pytest.mark.parametrize("language_code", ["nl", "en"])
@pytest.mark.parametrize("route", [*ROUTES, "submissions:status withdraw"])
def test_a_post_without_a_token_is_refused_and_changes_nothing(strict_client, question, route, language_code):
    name = route.split()[0]
    args, data = ROUTES[name]
    data = WITHDRAW if route.endswith("withdraw") else data
    before = state(question)
    with translation.override(language_code):
        url = reverse(name, args=args)
        assert resolve(url).view_name == name  # the route itself, not a page catching the path
    response = strict_client.post(url, data)
    assert response.status_code == 403
    assert state(question) == before


def test_every_page_type_refuses_a_post_without_a_token(strict_client):
    stops = list(page_stops())
    assert len(stops) >= 10
    for stop in stops:
        assert strict_client.post(stop.path, {"q": "x"}).status_code == 403, stop.label


def csrf_token(client, url):
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_the_same_posts_with_a_token_go_through(strict_client, question):
    """The control: the refusals above are the CSRF check, not a broken form."""
    form_url = reverse("submissions:form")
    answers = {
        **valid_answers(email="csrf@example.org"),
        "csrfmiddlewaretoken": csrf_token(strict_client, form_url),
    }
    assert strict_client.post(form_url, answers).status_code == 302
    assert Vraagstuk.objects.filter(email="csrf@example.org").exists()

    status_url = reverse("submissions:status", args=[STATUS_TOKEN])
    _args, information = ROUTES["submissions:status"]
    token = csrf_token(strict_client, status_url)
    assert strict_client.post(status_url, {**information, "csrfmiddlewaretoken": token}).status_code == 302
    assert strict_client.post(status_url, {**WITHDRAW, "csrfmiddlewaretoken": token}).status_code == 302
    question.refresh_from_db()
    assert question.status == Status.WITHDRAWN


def test_the_admin_login_refuses_a_post_without_a_token(strict_client):
    response = strict_client.post(reverse("wagtailadmin_login"), {"username": "x", "password": "y"})
    assert response.status_code == 403
