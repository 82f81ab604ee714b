"""Retention: exactly the questions closed longer ago than the period are anonymised, once."""

import os
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

import pytest

from submissions.models import Attachment, EventKind, OutgoingEmail, Status, Vraagstuk, VraagstukEvent
from submissions.triage.retention import anonymise_expired

from ..builders import make_vraagstuk
from .helpers import closed_since

pytestmark = pytest.mark.django_db

DAYS_24_MONTHS = 731


@pytest.fixture
def questions(no_questions):
    expired = [
        closed_since(DAYS_24_MONTHS + 5, attachment=True),
        closed_since(DAYS_24_MONTHS + 400, status=Status.DECLINED, email="b@example.org"),
        closed_since(DAYS_24_MONTHS + 1, status=Status.WITHDRAWN, email="c@example.org"),
    ]
    kept = [
        closed_since(DAYS_24_MONTHS - 5, email="recent@example.org"),  # closed, but not long enough
        make_vraagstuk(status=Status.INTAKE, status_changed_at=timezone.now() - timedelta(days=1000)),  # open
        make_vraagstuk(email="new@example.org", attachment=True),
    ]
    for vraagstuk in expired + kept:
        VraagstukEvent.objects.create(
            vraagstuk=vraagstuk,
            kind=EventKind.INFORMATION_ADDED,
            public_message="Bel me op 0470 12 34 56",
            by_partner=True,
        )
        OutgoingEmail.objects.create(
            vraagstuk=vraagstuk,
            kind="acknowledgement",
            recipients=[vraagstuk.email],
            subject="s",
            body_text="b",
        )
    return expired, kept


def snapshot(vraagstuk):
    vraagstuk.refresh_from_db()
    return (
        vraagstuk.contact_name,
        vraagstuk.email,
        vraagstuk.phone,
        vraagstuk.attachments.count(),
        vraagstuk.emails.count(),
    )


def test_retention_anonymises_exactly_the_expired_questions(questions, django_capture_on_commit_callbacks):
    expired, kept = questions
    kept_before = [snapshot(vraagstuk) for vraagstuk in kept]
    expired_files = [a.file.path for a in Attachment.objects.filter(vraagstuk__in=expired)]
    assert expired_files

    with django_capture_on_commit_callbacks(execute=True):
        counts = anonymise_expired()

    assert (counts.questions, counts.attachments, counts.emails, counts.partner_messages) == (3, 1, 3, 3)
    for vraagstuk in expired:
        assert snapshot(vraagstuk) == ("", "", "", 0, 0)
        assert not vraagstuk.events.filter(by_partner=True).exclude(public_message="").exists()
        assert vraagstuk.title  # what the question was about stays
    assert [snapshot(vraagstuk) for vraagstuk in kept] == kept_before
    assert not any(os.path.exists(path) for path in expired_files)


def test_a_second_run_changes_nothing(questions):
    anonymise_expired()
    state = list(Vraagstuk.objects.order_by("pk").values())
    counts = anonymise_expired()
    assert (counts.questions, counts.attachments, counts.emails, counts.partner_messages) == (0, 0, 0, 0)
    assert list(Vraagstuk.objects.order_by("pk").values()) == state


def test_the_command_dry_run_counts_and_changes_nothing(questions):
    expired, _kept = questions
    output = StringIO()
    call_command("anonymise_vraagstukken", "--dry-run", stdout=output)
    assert output.getvalue().startswith(
        "3 questions would be anonymised: 1 attachments, 0 deliverables, 3 e-mails, 0 handover notes,"
        " 0 milestones, 3 partner messages"
    )
    assert all(snapshot(vraagstuk)[1] for vraagstuk in expired)

    call_command("anonymise_vraagstukken", stdout=output)
    assert "3 questions anonymised" in output.getvalue()
    assert not any(snapshot(vraagstuk)[1] for vraagstuk in expired)


def test_the_period_is_a_setting(questions, settings):
    settings.TRIAGE_RETENTION_MONTHS = 60
    assert anonymise_expired(dry_run=True).questions == 0
