"""Moves: only the allowed next statuses, each recorded; a refused move leaves only its log entry."""

from wagtail.models import ModelLogEntry

import pytest

from submissions.models import ALLOWED_MOVES, EmailKind, EventKind, Match, MatchStatus, Status
from submissions.triage.log_actions import MOVE, MOVE_REFUSED
from submissions.triage.workflow import InvalidMove, move

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer, queued_emails

pytestmark = pytest.mark.django_db


def log_entries(vraagstuk):
    return ModelLogEntry.objects.for_instance(vraagstuk)


def test_a_valid_move_is_recorded_in_the_audit_log_and_the_history():
    coordinator = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(language="en")
    move(vraagstuk, Status.INTAKE, coordinator, note="Called them", public_message="We will call you.")

    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.INTAKE
    entry = log_entries(vraagstuk).get(action=MOVE)
    assert entry.user == coordinator
    assert entry.data == {
        "from_status": "received",
        "to_status": "intake",
        "note": "Called them",
        "public_message": "We will call you.",
    }
    event = vraagstuk.events.get(kind=EventKind.STATUS_CHANGED)
    assert (event.from_status, event.to_status, event.actor) == ("received", "intake", coordinator)
    assert event.internal_note == "Called them"
    email = queued_emails(vraagstuk).get(kind=EmailKind.STATUS_UPDATE)
    assert email.recipients == [vraagstuk.email]
    assert "We will call you." in email.body_text
    assert "News about your question" in email.subject  # the partner's language: English


def test_a_move_without_public_message_emails_nobody():
    vraagstuk = make_vraagstuk()
    move(vraagstuk, Status.INTAKE, make_user("coordinator", superuser=True), note="intern")
    assert not queued_emails(vraagstuk).filter(kind=EmailKind.STATUS_UPDATE).exists()


INVALID = [
    (Status.RECEIVED, Status.COMPLETED),
    (Status.RECEIVED, Status.MATCHED),
    (Status.INTAKE, Status.IN_PROGRESS),
    (Status.SEEKING_MATCH, Status.COMPLETED),
    *[(Status.COMPLETED, to) for to in Status],
    *[(Status.WITHDRAWN, to) for to in Status],
    (Status.RECEIVED, "no-such-status"),
]


@pytest.mark.parametrize(("from_status", "to_status"), INVALID)
def test_an_invalid_move_is_refused_and_leaves_only_a_log_of_the_refusal(from_status, to_status):
    user = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(status=from_status)
    events_before = vraagstuk.events.count()
    emails_before = queued_emails(vraagstuk).count()

    with pytest.raises(InvalidMove) as refusal:
        move(vraagstuk, to_status, user, note="n", public_message="m")

    assert "cannot move" in str(refusal.value) or "not a status" in str(refusal.value)
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == from_status
    assert vraagstuk.events.count() == events_before
    assert queued_emails(vraagstuk).count() == emails_before
    assert [entry.action for entry in log_entries(vraagstuk)] == [MOVE_REFUSED]


def test_every_allowed_move_succeeds():
    """With the facts its message needs: an accepted match, what was delivered, to whom, why."""
    user = make_user("coordinator", superuser=True)
    offer = make_offer("Wijkonderzoek")
    facts = {"delivered": "een rapport", "referred_to": "het Wijkteam", "reason": "geen onderwijsvraag"}
    for from_status, targets in ALLOWED_MOVES.items():
        for to_status in targets:
            vraagstuk = make_vraagstuk(status=from_status)
            Match.objects.create(vraagstuk=vraagstuk, offer=offer, status=MatchStatus.ACCEPTED)
            move(vraagstuk, to_status, user, facts=facts)
            assert vraagstuk.status == to_status
