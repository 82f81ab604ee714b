"""The permission matrix of every triage endpoint, and swapped ids (IDOR)."""

import re

from django.urls import reverse

import pytest

from submissions.models import EducationOffer, Match, MatchStatus, Status

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer

pytestmark = pytest.mark.django_db

ANON, EDITOR, TEACHER, COORDINATOR, ADMIN = "anonymous", "editor", "teacher", "coordinator", "admin"
ROLE_GROUPS = {
    EDITOR: "Editors",
    TEACHER: "Teachers",
    COORDINATOR: "Triage coordinators",
    ADMIN: "Administrators",
}
STAFF_VIEWERS = {COORDINATOR, ADMIN}

# endpoint -> (method, roles that may use it)
MATRIX = {
    "list": ("get", STAFF_VIEWERS),
    "list_filtered": ("get", STAFF_VIEWERS),
    "inspect": ("get", STAFF_VIEWERS),
    "history": ("get", {COORDINATOR}),
    "edit": ("get", {COORDINATOR}),
    "move_form": ("get", {COORDINATOR}),
    "move": ("post", {COORDINATOR}),
    "assign": ("post", {COORDINATOR}),
    "note": ("post", {COORDINATOR}),
    "case_study": ("post", {COORDINATOR}),
    "match_screen": ("get", {COORDINATOR}),
    "propose_match": ("post", {COORDINATOR}),
    "pool": ("get", {COORDINATOR}),
    "bulk_move_to_intake": ("get", {COORDINATOR}),
    "add_question": ("get", set()),
    "delete_question": ("get", set()),
    "export": ("get", STAFF_VIEWERS),
    "export_personal": ("get", {ADMIN}),
    "offers": ("get", {TEACHER, COORDINATOR}),
    "add_offer": ("get", {TEACHER, COORDINATOR}),
    "edit_offer": ("get", {TEACHER, COORDINATOR}),
    "answer_templates": ("get", {COORDINATOR}),
    "attachment": ("get", STAFF_VIEWERS),
    "teacher_pool": ("get", {TEACHER}),
    "teacher_propose": ("post", {TEACHER}),
}


@pytest.fixture
def records(no_questions):
    completed = make_vraagstuk(status=Status.COMPLETED, attachment=True, contact_name="Verborgen Contact")
    seeking = make_vraagstuk(status=Status.SEEKING_MATCH)
    offer = make_offer("Sociologie van de stad")
    return {"completed": completed, "seeking": seeking, "offer": offer}


def request_for(name, records):
    q, seeking, offer = records["completed"], records["seeking"], records["offer"]
    ns = "submissions_vraagstuk"
    return {
        "list": (reverse(f"{ns}:list"), {}),
        "list_filtered": (reverse(f"{ns}:list") + "?status=completed&overdue=true&q=Leiden&age=week", {}),
        "inspect": (reverse(f"{ns}:inspect", args=[q.pk]), {}),
        "history": (reverse(f"{ns}:history", args=[q.pk]), {}),
        "edit": (reverse(f"{ns}:edit", args=[q.pk]), {}),
        "move_form": (reverse(f"{ns}:move", args=[seeking.pk]), {}),
        "move": (
            reverse(f"{ns}:move", args=[seeking.pk]),
            {"to_status": "matched", "note": "", "public_message": ""},
        ),
        "assign": (reverse(f"{ns}:assign", args=[q.pk]), {"assignee": ""}),
        "note": (reverse(f"{ns}:note", args=[q.pk]), {"text": "intern"}),
        "case_study": (reverse(f"{ns}:case_study", args=[q.pk]), {}),
        "match_screen": (reverse(f"{ns}:match", args=[seeking.pk]), {}),
        "propose_match": (
            reverse(f"{ns}:match", args=[seeking.pk]),
            {"action": "propose", "offer": offer.pk},
        ),
        "pool": (reverse(f"{ns}:pool"), {}),
        "bulk_move_to_intake": (
            reverse("wagtail_bulk_action", args=["submissions", "vraagstuk", "move_to_intake"])
            + f"?id={q.pk}",
            {},
        ),
        "add_question": (reverse(f"{ns}:add"), {}),
        "delete_question": (reverse(f"{ns}:delete", args=[q.pk]), {}),
        "export": (reverse(f"{ns}:export"), {}),
        "export_personal": (reverse(f"{ns}:export_personal"), {}),
        "offers": (reverse("education_offers:index"), {}),
        "add_offer": (reverse("education_offers:add"), {}),
        "edit_offer": (reverse("education_offers:edit", args=[offer.pk]), {}),
        "answer_templates": (reverse("answer_templates:index"), {}),
        "attachment": (reverse("submissions_attachment_download", args=[q.attachments.get().pk]), {}),
        "teacher_pool": (reverse("submissions_teacher_pool"), {}),
        "teacher_propose": (
            reverse("submissions_teacher_pool"),
            {"vraagstuk": seeking.pk, "offer": offer.pk},
        ),
    }[name]


def refused(response):
    if response.status_code in (403, 404):
        return True
    location = response.headers.get("Location", "")
    return response.status_code == 302 and (
        location.startswith(reverse("wagtailadmin_login")) or location == reverse("wagtailadmin_home")
    )


def user_for(role):
    if role == ANON:
        return None
    return make_user(f"{role}-user", ROLE_GROUPS[role])


@pytest.mark.parametrize("role", [ANON, EDITOR, TEACHER, COORDINATOR, ADMIN])
@pytest.mark.parametrize("endpoint", list(MATRIX))
def test_permission_matrix(client, records, role, endpoint):
    method, allowed_roles = MATRIX[endpoint]
    user = user_for(role)
    if user:
        client.force_login(user)
    if role == TEACHER:  # a teacher works on offers of their own (others' give 404)
        records["offer"].owner = user
        records["offer"].save()
    url, data = request_for(endpoint, records)
    response = getattr(client, method)(url, data) if method == "post" else client.get(url)
    if role in allowed_roles:
        assert not refused(response), (endpoint, role, response.status_code, response.headers.get("Location"))
        assert response.status_code in (200, 302)
    else:
        assert refused(response), (endpoint, role, response.status_code)
        if hasattr(response, "content"):
            assert b"Verborgen Contact" not in response.content


def test_a_refused_post_changes_nothing(client, records):
    client.force_login(user_for(TEACHER))
    url, data = request_for("move", records)
    client.post(url, data)
    records["seeking"].refresh_from_db()
    assert records["seeking"].status == Status.SEEKING_MATCH


def test_accepting_another_questions_match_is_not_found(client, records):
    other = make_vraagstuk(status=Status.SEEKING_MATCH)
    foreign = Match.objects.create(vraagstuk=other, offer=records["offer"])
    client.force_login(user_for(COORDINATOR))
    url = reverse("submissions_vraagstuk:match", args=[records["seeking"].pk])
    response = client.post(url, {"action": "accept", "match": foreign.pk}, follow=True)
    assert response.status_code == 404
    foreign.refresh_from_db()
    other.refresh_from_db()
    assert (foreign.status, other.status) == (MatchStatus.PROPOSED, Status.SEEKING_MATCH)


@pytest.mark.parametrize("name", ["inspect", "edit", "move_form", "match_screen", "attachment"])
def test_unknown_ids_give_404_not_another_record(client, records, name):
    client.force_login(user_for(COORDINATOR))
    url, _data = request_for(name, records)
    missing = re.sub(r"/\d+/", "/999999/", url, count=1)
    assert missing != url
    # A 404 under /admin/ is redirected to /nl/admin/... by the locale middleware, which 404s too.
    response = client.get(missing, follow=True)
    assert response.status_code == 404
    assert b"Verborgen Contact" not in response.content


def test_a_teachers_pool_never_shows_the_partners_contact(client, records):
    """Even for a question open to every institution and an offer of the teacher's own."""
    teacher = user_for(TEACHER)
    records["offer"].owner = teacher
    records["offer"].save()
    shown = make_vraagstuk(status=Status.SEEKING_MATCH, contact_name="Verborgen Contact")
    shown.open_to_all_institutions = True
    shown.save()
    client.force_login(teacher)
    response = client.get(reverse("submissions_teacher_pool"))
    assert shown.title.encode() in response.content
    assert b"Verborgen Contact" not in response.content and shown.email.encode() not in response.content


def test_teachers_manage_offers_but_not_questions(records):
    teacher = user_for(TEACHER)
    assert teacher.has_perm("submissions.add_educationoffer")
    assert not teacher.has_perm("submissions.view_vraagstuk")
    assert not teacher.has_perm("submissions.delete_educationoffer")
    assert EducationOffer.objects.exists()
