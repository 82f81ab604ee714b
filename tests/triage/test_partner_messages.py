"""Every move a partner must hear about says what matters, in their language, by e-mail over SMTP
and on their status page; a move that lacks a fact is refused with nothing stored."""

from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import ModelLogEntry

import pytest

from submissions.emails import queue_triage_notification
from submissions.models import AnswerTemplate, EmailKind, EventKind, Status
from submissions.tasks import enqueue_deliveries
from submissions.triage.answers import MoveIncomplete, partner_message, template_problem
from submissions.triage.matching import accept, propose
from submissions.triage.people import assign
from submissions.triage.workflow import move

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer, queued_emails

pytestmark = pytest.mark.django_db

STARTS = {"nl": "20 september 2027", "en": "20 September 2027"}
ENDS = {"nl": "31 januari 2028", "en": "31 January 2028"}
SAYS = {
    # What the partner reads for each move, in their language, beyond the offer and institution.
    "nl": {
        "matched": "De studenten beginnen op",
        "in_progress": "aan de slag gegaan",
        "completed": "opgeleverd",
    },
    "en": {"matched": "The students start on", "in_progress": "started working", "completed": "delivered"},
}


def plain_body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def html_body(message):
    return message.get_body(preferencelist=("html",)).get_content()


@pytest.fixture
def coordinator():
    return make_user("coordinator", "Triage coordinators")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_matched_in_progress_and_completed_each_email_what_matters(
    language, coordinator, smtp_inbox, django_capture_on_commit_callbacks
):
    address = f"partner-{language}@example.org"
    vraagstuk = make_vraagstuk(language=language, email=address, status=Status.SEEKING_MATCH)
    offer = make_offer("Buurtonderzoek eenzaamheid", programme="Sociaal werk")
    institution = offer.institution.name
    with django_capture_on_commit_callbacks(execute=True):
        accept(propose(vraagstuk, offer, coordinator), coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        move(vraagstuk, Status.IN_PROGRESS, coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        move(
            vraagstuk,
            Status.COMPLETED,
            coordinator,
            facts={"delivered": "een rapport met aanbevelingen en een poster."},
            public_message="Dank voor de fijne samenwerking!",
        )

    received = smtp_inbox.to(address)
    assert len(received) == 3
    matched, in_progress, completed = (plain_body(message) for message in received)
    for body in (matched, in_progress, completed):
        assert "Buurtonderzoek eenzaamheid (Sociaal werk)" in body and institution in body
    assert SAYS[language]["matched"] in matched and STARTS[language] in matched
    assert "semester 1 2027-2028" in matched
    assert SAYS[language]["in_progress"] in in_progress and ENDS[language] in in_progress
    assert SAYS[language]["completed"] in completed
    assert "een rapport met aanbevelingen en een poster." in completed
    assert "Dank voor de fijne samenwerking!" in completed  # what staff added comes below the template
    assert "een rapport met aanbevelingen" in html_body(received[2])
    # The same words are on the status page, each event with its message.
    events = vraagstuk.events.filter(kind=EventKind.STATUS_CHANGED).order_by("created_at", "pk")
    assert [event.to_status for event in events] == ["matched", "in_progress", "completed"]
    assert all(event.public_message for event in events)


@pytest.mark.parametrize(
    "language, to_status, facts, expected",
    [
        (
            "nl",
            Status.REFERRED,
            {"referred_to": "het Juridisch Loket"},
            "doorverwezen naar het Juridisch Loket",
        ),
        (
            "en",
            Status.REFERRED,
            {"referred_to": "the Legal Counter"},
            "referred your question to the Legal Counter",
        ),
        (
            "nl",
            Status.DECLINED,
            {"reason": "het is een vraag om direct advies."},
            "De reden: het is een vraag",
        ),
        ("en", Status.DECLINED, {"reason": "it needs direct advice."}, "The reason: it needs direct advice."),
    ],
)
def test_referred_and_declined_email_to_whom_and_why(
    language, to_status, facts, expected, coordinator, smtp_inbox, django_capture_on_commit_callbacks
):
    address = f"closed-{language}@example.org"
    vraagstuk = make_vraagstuk(language=language, email=address, status=Status.INTAKE)
    with django_capture_on_commit_callbacks(execute=True):
        move(vraagstuk, to_status, coordinator, note="intern", facts=facts)
    (message,) = smtp_inbox.to(address)
    assert expected in plain_body(message)
    assert vraagstuk.reference in message["Subject"]


@pytest.mark.parametrize(
    "from_status, to_status, facts",
    [
        (Status.SEEKING_MATCH, Status.MATCHED, {}),  # no accepted match: no offer to name
        (Status.MATCHED, Status.IN_PROGRESS, {}),
        (Status.IN_PROGRESS, Status.COMPLETED, {"delivered": "   "}),
        (Status.INTAKE, Status.REFERRED, {}),
        (Status.INTAKE, Status.DECLINED, {"reason": ""}),
    ],
)
def test_a_move_that_lacks_a_fact_is_refused_and_stores_nothing(from_status, to_status, facts, coordinator):
    vraagstuk = make_vraagstuk(status=from_status)
    events, emails = vraagstuk.events.count(), queued_emails(vraagstuk).count()
    with pytest.raises(MoveIncomplete):
        move(vraagstuk, to_status, coordinator, public_message="Wat staff erbij schreef", facts=facts)
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == from_status
    assert vraagstuk.events.count() == events and queued_emails(vraagstuk).count() == emails
    assert not ModelLogEntry.objects.for_instance(vraagstuk).exists()


def test_the_move_form_says_what_is_missing_in_the_staff_members_language(client, no_questions):
    dutch_coordinator = make_user("nl-coordinator", "Triage coordinators", language="nl")
    client.force_login(dutch_coordinator)
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH)
    url = reverse("submissions_vraagstuk:move", args=[vraagstuk.pk])

    html = client.post(url, {"to_status": "matched", "public_message": "Goed nieuws"}).content.decode()
    assert "heeft geen geaccepteerde koppeling" in html
    html = client.post(url, {"to_status": "referred", "note": "intern"}).content.decode()
    assert "Geef aan naar wie het vraagstuk is doorverwezen." in html
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.SEEKING_MATCH
    assert not vraagstuk.events.filter(kind=EventKind.STATUS_CHANGED).exists()
    assert not queued_emails(vraagstuk).exists()


def test_the_move_form_shows_the_template_the_partner_reads_first(client, no_questions):
    client.force_login(make_user("coordinator", "Triage coordinators"))
    vraagstuk = make_vraagstuk(status=Status.INTAKE, language="en")
    html = client.get(
        reverse("submissions_vraagstuk:move", args=[vraagstuk.pk]) + "?to=referred"
    ).content.decode()
    assert "We have referred your question to {referred_to}" in html


def test_a_stored_template_that_leaves_out_a_fact_is_not_used(coordinator):
    AnswerTemplate.objects.update_or_create(
        status=Status.DECLINED, language="nl", defaults={"text": "Helaas, het past niet."}
    )
    assert template_problem(Status.DECLINED, "Helaas, het past niet.") == "This template must name {reason}."
    vraagstuk = make_vraagstuk(status=Status.INTAKE)
    message = partner_message(vraagstuk, Status.DECLINED, {"reason": "geen onderwijsvraag."})
    assert "geen onderwijsvraag." in message


def test_the_answer_template_form_refuses_a_template_without_its_facts(client, no_questions):
    client.force_login(make_user("template-admin", superuser=True))
    AnswerTemplate.objects.filter(status=Status.MATCHED, language="en").delete()
    form = client.get(reverse("answer_templates:add")).content.decode()
    assert "completed {offer}, {institution} and {delivered}" in form  # the help names each move's facts
    data = {"status": "matched", "language": "en", "text": "You have been matched."}
    response = client.post(reverse("answer_templates:add"), data)
    assert response.status_code == 200
    assert "This template must name {offer}, {institution}, {starts_on}." in response.content.decode()
    assert not AnswerTemplate.objects.filter(status=Status.MATCHED, language="en").exists()
    data["text"] = "Matched with {offer} at {institution}; students start on {starts_on}."
    client.post(reverse("answer_templates:add"), data)
    assert AnswerTemplate.objects.filter(status=Status.MATCHED, language="en").exists()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_status_page_never_shows_an_empty_message_from_the_team(client, coordinator, language):
    vraagstuk = make_vraagstuk(language=language, status=Status.RECEIVED)
    token = vraagstuk.new_status_token()
    vraagstuk.save()
    move(vraagstuk, Status.INTAKE, coordinator)  # no message: the partner still reads what happened
    with translation.override(language):
        url = reverse("submissions:status", args=[token])
        html = client.get(url).content.decode()
        assert translation.gettext("Message from the team") not in html
        label = translation.gettext("Received, being reviewed")
        assert translation.gettext("New status: %(status)s") % {"status": label} in html


def test_the_team_is_emailed_a_link_to_the_question_itself(
    smtp_inbox, settings, django_capture_on_commit_callbacks
):
    settings.TRIAGE_TEAM_EMAILS = ["triage@kennisbrug.example"]
    vraagstuk = make_vraagstuk()
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_triage_notification(vraagstuk)
        transaction.on_commit(lambda: enqueue_deliveries([email.pk]))
    (message,) = smtp_inbox.to("triage@kennisbrug.example")
    link = "http://testserver" + reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])
    assert link in plain_body(message) and link in html_body(message)
    assert email.kind == EmailKind.TRIAGE_NOTIFICATION
    # So does the e-mail to a coordinator the question is assigned to.
    colleague = make_user("colleague", "Triage coordinators")
    with django_capture_on_commit_callbacks(execute=True):
        assign(vraagstuk, colleague, make_user("lead", "Triage coordinators"))
    (assignment,) = smtp_inbox.to(colleague.email)
    assert link in plain_body(assignment) and link in html_body(assignment)


def test_dates_follow_the_partners_language_not_the_staff_members(coordinator):
    vraagstuk = make_vraagstuk(language="nl", status=Status.SEEKING_MATCH)
    with translation.override("en"):
        accept(
            propose(vraagstuk, make_offer("Wijklab", starts_on=date(2027, 9, 20)), coordinator), coordinator
        )
    event = vraagstuk.events.get(kind=EventKind.STATUS_CHANGED)
    assert "20 september 2027" in event.public_message
