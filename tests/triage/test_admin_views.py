"""The triage screens at work: hostile strings escaped, moves through the form, logged exports."""

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from casestudies.models import CaseStudyPage
from submissions.models import ConsentKind, EventKind, Status
from submissions.triage.log_actions import MOVE_REFUSED, PERSONAL_DATA_EXPORT, PERSONAL_DATA_VIEW

from ..builders import make_user, make_vraagstuk
from .helpers import xlsx_cells

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert('kb')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    "<svg/onload=alert(1)>",
    "'; DROP TABLE submissions_vraagstuk; --",
    '=HYPERLINK("http://evil.example")',
    "\u202egnp.exe",
]


@pytest.fixture
def coordinator(client):
    user = make_user("coordinator-user", "Triage coordinators")
    client.force_login(user)
    return user


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_are_escaped_in_list_and_inspect(client, coordinator, no_questions, text):
    vraagstuk = make_vraagstuk(title=text, organisation=text, description=text, contact_name=text)
    pages = [
        client.get(reverse("submissions_vraagstuk:list")),
        client.get(reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])),
    ]
    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        assert vraagstuk.reference in html
        if "<" in text or '"' in text:
            assert text not in html
        for dangerous in ["<script>alert('kb')", "<img src=x onerror", "<svg/onload"]:
            assert dangerous not in html


def test_hostile_strings_stay_inert_in_the_export(client, coordinator, no_questions):
    for text in HOSTILE:
        make_vraagstuk(title=text, organisation=text)
    response = client.get(reverse("submissions_vraagstuk:export"))
    assert response.status_code == 200
    cells = [value for row in xlsx_cells(response.content)[1:] for value in row if isinstance(value, str)]
    assert '\'=HYPERLINK("http://evil.example")' in cells
    assert '=HYPERLINK("http://evil.example")' not in cells
    assert HOSTILE[0] in cells  # stored verbatim as text: a spreadsheet does not run it


def test_the_list_filters_and_searches(client, coordinator, no_questions):
    leuven = make_vraagstuk(title="Repair café", organisation="Repair Café Leuven", status=Status.INTAKE)
    make_vraagstuk(title="Eenzaamheid", organisation="Wijkteam Noord")
    by_search = client.get(reverse("submissions_vraagstuk:list"), {"q": "Repair"}).content.decode()
    by_status = client.get(reverse("submissions_vraagstuk:list"), {"status": "intake"}).content.decode()
    by_reference = client.get(reverse("submissions_vraagstuk:list"), {"q": leuven.reference}).content.decode()
    for html in (by_search, by_status, by_reference):
        assert "Repair Café Leuven" in html
        assert "Wijkteam Noord" not in html


def test_a_forged_move_is_refused_with_a_message_and_only_logged(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk()
    url = reverse("submissions_vraagstuk:move", args=[vraagstuk.pk])
    response = client.post(
        url, {"to_status": "completed", "note": "", "public_message": "Klaar!"}, follow=True
    )
    assert "cannot move" in response.content.decode()
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.RECEIVED
    assert not vraagstuk.events.filter(kind=EventKind.STATUS_CHANGED).exists()
    assert not vraagstuk.emails.exists()
    # Opening the detail page afterwards logs that view; the move itself left only its refusal.
    entries = ModelLogEntry.objects.for_instance(vraagstuk).exclude(action=PERSONAL_DATA_VIEW)
    assert list(entries.values_list("action", flat=True)) == [MOVE_REFUSED]


def test_the_move_form_offers_only_allowed_statuses_and_moves(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk()
    url = reverse("submissions_vraagstuk:move", args=[vraagstuk.pk])
    html = client.get(url).content.decode()
    assert 'value="intake"' in html and 'value="completed"' not in html
    client.post(url, {"to_status": "declined", "note": "Geen onderwijsvraag", "public_message": ""})
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.RECEIVED  # declining needs a reason the partner reads
    client.post(url, {"to_status": "declined", "reason": "Geen onderwijsvraag", "public_message": "Helaas."})
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.DECLINED


def test_notes_stay_internal(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk()
    client.post(reverse("submissions_vraagstuk:note", args=[vraagstuk.pk]), {"text": "Alleen voor ons"})
    note = vraagstuk.events.get(kind=EventKind.NOTE)
    assert (note.internal_note, note.actor, note.is_public) == ("Alleen voor ons", coordinator, False)


def test_assignment_emails_the_coordinator(client, coordinator, no_questions):
    colleague = make_user("colleague", "Triage coordinators")
    vraagstuk = make_vraagstuk()
    client.post(reverse("submissions_vraagstuk:assign", args=[vraagstuk.pk]), {"assignee": colleague.pk})
    vraagstuk.refresh_from_db()
    assert vraagstuk.assignee == colleague
    email = vraagstuk.emails.get(kind="assignment")
    assert email.recipients == [colleague.email]
    assert vraagstuk.reference in email.subject


def test_viewing_and_exporting_personal_data_is_logged(client, no_questions):
    admin = make_user("admin-user", "Administrators")
    client.force_login(admin)
    vraagstuk = make_vraagstuk(contact_name="Zichtbare Naam")
    client.get(reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk]))
    response = client.get(reverse("submissions_vraagstuk:export_personal"))
    assert "Zichtbare Naam" in [value for row in xlsx_cells(response.content) for value in row]
    actions = set(
        ModelLogEntry.objects.for_instance(vraagstuk).filter(user=admin).values_list("action", flat=True)
    )
    assert actions == {PERSONAL_DATA_VIEW, PERSONAL_DATA_EXPORT}


def test_the_case_study_action_keeps_a_coordinator_on_the_question(client, coordinator, no_questions):
    """Coordinators may not edit pages: they stay with the question, told the draft exists."""
    vraagstuk = make_vraagstuk(
        status=Status.COMPLETED, consents=(ConsentKind.CONTACT, ConsentKind.PUBLICATION)
    )
    response = client.post(reverse("submissions_vraagstuk:case_study", args=[vraagstuk.pk]))
    assert CaseStudyPage.objects.filter(vraagstuk_reference=vraagstuk.reference).exists()
    assert response.headers["Location"] == reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])


def test_the_case_study_action_opens_the_draft_for_someone_who_may_edit_it(client, no_questions):
    client.force_login(make_user("coordinating-editor", superuser=True))
    vraagstuk = make_vraagstuk(
        status=Status.COMPLETED, consents=(ConsentKind.CONTACT, ConsentKind.PUBLICATION)
    )
    response = client.post(reverse("submissions_vraagstuk:case_study", args=[vraagstuk.pk]))
    # The draft in the question's language (its translation carries the same reference).
    page = CaseStudyPage.objects.get(
        vraagstuk_reference=vraagstuk.reference, locale__language_code=vraagstuk.language
    )
    assert response.headers["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_dashboard_panel_counts(client, coordinator, no_questions):
    make_vraagstuk(status=Status.INTAKE, assignee=coordinator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "triage-panel-heading" in html
    assert "?mine=true" in html


def test_bulk_actions_move_to_intake_and_assign(client, coordinator, no_questions):
    received = make_vraagstuk()
    completed = make_vraagstuk(status=Status.COMPLETED)
    ids = f"?id={received.pk}&id={completed.pk}"
    move_url = reverse("wagtail_bulk_action", args=["submissions", "vraagstuk", "move_to_intake"]) + ids
    client.post(move_url, {})
    received.refresh_from_db()
    completed.refresh_from_db()
    assert (received.status, completed.status) == (Status.INTAKE, Status.COMPLETED)
    assert ModelLogEntry.objects.for_instance(completed).filter(action=MOVE_REFUSED).exists()

    assign_url = reverse("wagtail_bulk_action", args=["submissions", "vraagstuk", "assign"]) + ids
    client.post(assign_url, {"assignee": coordinator.pk})
    assert {v.assignee for v in (received, completed) if not v.refresh_from_db()} == {coordinator}
