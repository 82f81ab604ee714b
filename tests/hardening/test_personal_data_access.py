"""Who can reach a vraagstuk's personal data, beyond the triage screens themselves.

tests/triage/test_permissions.py owns the matrix of the triage endpoints (list, inspect,
edit, moves, matching, exports, attachment download, offers). This adds the
cross-cutting ones for every role: the open API (which must never expose questions or
personal data, whoever asks), the admin's shared screens (dashboard, site history),
the list's results fragment, usage and history fragments, the generic snippet path,
staff accounts, and the public routes around the status page.
"""

from django.urls import reverse

from wagtail.models import Page

import pytest

from portal.api import api_router
from submissions.models import ConsentKind, Status
from submissions.triage.knowledge_cycle import create_case_study_draft
from submissions.triage.workflow import move
from tests.builders import make_user, make_vraagstuk

pytestmark = pytest.mark.django_db

ANON = "anonymous"
ROLES = [ANON, "Editors", "Reviewers", "Translators", "Teachers", "Triage coordinators", "Administrators"]
COORDINATOR, ADMINISTRATOR = "Triage coordinators", "Administrators"
SENTINELS = {
    "title": "Sentineltitel Qx7 buurtmoestuin",
    "organisation": "Sentinelorganisatie Qx7",
    "contact_name": "Sentinelnaam Qx7",
    "email": "sentinel.qx7@example.org",
    "phone": "+32 470 77 07 77",
    "description": "Sentinelbeschrijving Qx7 van het vraagstuk.",
}
NOTE = "Sentinelnotitie Qx7 alleen voor het team"
STAFF_USERNAME = "staff-sentinel-qx7"


@pytest.fixture
def question():
    boss = make_user("boss", superuser=True)
    vraagstuk = make_vraagstuk(
        status=Status.RECEIVED,
        consents=(ConsentKind.CONTACT, ConsentKind.PUBLICATION, ConsentKind.NAMING),
        attachment=True,
        **SENTINELS,
    )
    move(vraagstuk, Status.INTAKE, boss, note=NOTE, public_message="We bellen u.")
    return vraagstuk


def log_in(client, role):
    if role != ANON:
        client.force_login(make_user(role.lower().replace(" ", "-"), role))


def shown(content):
    text = content.decode()
    return sorted(name for name, value in {**SENTINELS, "note": NOTE}.items() if value in text)


# endpoint -> (roles that may use it, whether it names the question, whether others are refused
# outright; the shared screens answer everyone but leave out what they may not see)
ADMIN_MATRIX = {
    "list results": ({COORDINATOR, ADMINISTRATOR}, True, True),
    "usage": ({COORDINATOR}, True, True),
    "history results": ({COORDINATOR}, False, True),  # moves and who made them, not the question
    "generic snippet path": (set(), False, True),
    "chooser": ({COORDINATOR, ADMINISTRATOR}, True, True),
    "chooser results": ({COORDINATOR, ADMINISTRATOR}, True, True),
    "chosen": ({COORDINATOR, ADMINISTRATOR}, True, True),
    "site history": ({COORDINATOR, ADMINISTRATOR}, True, False),
    "site history results": ({COORDINATOR, ADMINISTRATOR}, True, False),
    "dashboard": (set(), False, False),
}


def admin_url(name, vraagstuk):
    ns = "submissions_vraagstuk"
    return {
        "list results": reverse(f"{ns}:list_results"),
        "usage": reverse(f"{ns}:usage", args=[vraagstuk.pk]),
        "history results": reverse(f"{ns}:history_results", args=[vraagstuk.pk]),
        "generic snippet path": "/admin/snippets/submissions/vraagstuk/",
        "chooser": "/admin/snippets/choose/submissions/vraagstuk/",
        "chooser results": "/admin/snippets/choose/submissions/vraagstuk/results/?q=",
        "chosen": f"/admin/snippets/choose/submissions/vraagstuk/chosen/{vraagstuk.pk}/",
        "site history": reverse("wagtailadmin_reports:site_history"),
        "site history results": reverse("wagtailadmin_reports:site_history_results"),
        "dashboard": reverse("wagtailadmin_home"),
    }[name]


def refused(response):
    """Sent to the login page or the dashboard, or told no."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"].split("?")[0] in {
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_home"),
        "/nl" + "/admin/snippets/submissions/vraagstuk/",  # the locale middleware's try, which 404s
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", list(ADMIN_MATRIX))
def test_admin_screens_show_a_question_only_to_its_roles(client, question, role, endpoint):
    allowed, names_it, others_refused = ADMIN_MATRIX[endpoint]
    log_in(client, role)
    response = client.get(admin_url(endpoint, question))
    if role in allowed:
        assert response.status_code == 200
        assert ("title" in shown(response.content)) is names_it
    elif role == ANON or others_refused:
        assert refused(response), (response.status_code, response.get("Location"))
    else:
        assert response.status_code == 200
    if role not in allowed:
        followed = client.get(admin_url(endpoint, question), follow=True)
        assert shown(followed.content) == []
    assert NOTE not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_staff_accounts_are_for_administrators_only(client, role):
    make_user(STAFF_USERNAME, "Editors")
    log_in(client, role)
    response = client.get(reverse("wagtailusers_users:index"))
    if role == ADMINISTRATOR:
        assert response.status_code == 200
        assert STAFF_USERNAME in response.content.decode()
    else:
        assert refused(response)
        followed = client.get(reverse("wagtailusers_users:index"), follow=True)
        assert STAFF_USERNAME not in followed.content.decode()


def api_documents(client):
    """Every object of every open API endpoint with all its fields, page by page."""
    for name in api_router._endpoints:
        base = reverse(f"wagtailapi:{name}:listing")
        offset, total = 0, None
        while total is None or offset < total:
            response = client.get(base, {"fields": "*", "limit": 20, "offset": offset})
            assert response.status_code == 200, (name, response.content[:300])
            data = response.json()
            total = data["meta"]["total_count"]
            offset += 20
            yield f"{name} listing", response.content
            for item in data["items"]:
                detail = client.get(reverse(f"wagtailapi:{name}:detail", args=[item["id"]]))
                assert detail.status_code == 200
                yield f"{name} {item['id']}", detail.content


@pytest.mark.parametrize("role", ROLES)
def test_the_open_api_never_exposes_questions_or_personal_data(client, question, role):
    # A completed question with publication consent becomes a draft case study with its text.
    question.status = Status.COMPLETED
    question.save(update_fields=["status"])
    draft = create_case_study_draft(question, make_user("cycle", superuser=True))
    log_in(client, role)  # the API ignores the session: staff get the same open data

    documents = list(api_documents(client))
    assert len(documents) > 50  # the demo site's pages and taxonomies
    leaks = [(where, shown(content)) for where, content in documents if shown(content)]
    assert not leaks, leaks

    # Unknown API paths are sent to /nl/api/... by the locale middleware, which 404s as well.
    assert client.get(reverse("wagtailapi:pages:detail", args=[draft.pk]), follow=True).status_code == 404
    searched = client.get(reverse("wagtailapi:pages:listing"), {"search": SENTINELS["title"]})
    assert searched.status_code == 200 and searched.json()["meta"]["total_count"] == 0
    for guess in ["vraagstukken", "vraagstuk", "submissions", "questions", "users", "offers", "emails"]:
        assert client.get(f"/api/v2/{guess}/", follow=True).status_code == 404


def test_public_routes_around_the_status_page_reveal_nothing(client, question):
    guessed = reverse("submissions:status", args=["x" * 43])
    response = client.get(guessed)
    assert response.status_code == 404
    assert shown(response.content) == []
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/vraagstuk/status/" not in sitemap and "/question/status/" not in sitemap
    for language_code, path in [("nl", "zoeken"), ("en", "search")]:
        results = client.get(f"/{language_code}/{path}/", {"q": "Qx7"})  # a word in every sentinel
        assert shown(results.content) == []
    health = client.get("/health/")
    assert shown(health.content) == []
    assert Page.objects.filter(title=SENTINELS["title"], live=True).count() == 0
