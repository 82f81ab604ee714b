"""Impact follow-up, overdue digest, data-subject requests and the partner's earliest period."""

import io
import json
import os
import re
import zipfile
from datetime import timedelta

from django.utils import timezone

import pytest

from submissions.models import EducationOffer, EmailKind, ImpactFollowUp, OutgoingEmail, Status, Vraagstuk
from submissions.triage.data_subject import erase, export_archive
from submissions.triage.digest import queue_digests
from submissions.triage.impact import send_follow_ups
from submissions.triage.overdue import is_overdue

from ..builders import make_user, make_vraagstuk
from .helpers import closed_since, make_offer

pytestmark = pytest.mark.django_db


def test_the_impact_follow_up_is_sent_once_and_its_answers_are_stored(client, no_questions, settings):
    settings.TRIAGE_IMPACT_FOLLOW_UP_MONTHS = 6
    due = closed_since(200, language="en")
    closed_since(100)  # not yet
    assert send_follow_ups() == 1
    assert send_follow_ups() == 0
    email = OutgoingEmail.objects.get(kind=EmailKind.IMPACT_FOLLOW_UP)
    assert email.recipients == [due.email]
    url = re.search(r"http\S+/impact/\S+/", email.body_text).group(0)
    path = url.split("testserver", 1)[1] if "testserver" in url else url.split("8000", 1)[1]
    assert path.startswith("/en/")
    assert client.get(path).status_code == 200
    response = client.post(
        path, {"what_changed": "Meer ouderen <b>bereikt</b>", "still_used": "De flyer", "would_again": "yes"}
    )
    assert response.status_code == 200
    follow_up = ImpactFollowUp.objects.get(vraagstuk=due)
    assert (follow_up.what_changed, follow_up.would_again) == ("Meer ouderen <b>bereikt</b>", True)
    assert follow_up.answered_at is not None
    assert client.get(path.replace(path.split("/")[-2], "wrong-token")).status_code == 404


def test_the_overdue_digest_goes_to_each_coordinator(no_questions):
    alice = make_user("alice", "Triage coordinators")
    bob = make_user("bob", "Triage coordinators")
    late_for_alice = make_vraagstuk(assignee=alice, status_changed_at=timezone.now() - timedelta(days=30))
    unassigned = make_vraagstuk(status_changed_at=timezone.now() - timedelta(days=30))
    make_vraagstuk(assignee=bob)  # new, not overdue
    assert is_overdue(late_for_alice) and is_overdue(unassigned)
    assert queue_digests() >= 2
    to_alice = OutgoingEmail.objects.get(kind=EmailKind.OVERDUE_DIGEST, recipients=[alice.email])
    to_bob = OutgoingEmail.objects.get(kind=EmailKind.OVERDUE_DIGEST, recipients=[bob.email])
    assert late_for_alice.reference in to_alice.body_text and unassigned.reference in to_alice.body_text
    assert late_for_alice.reference not in to_bob.body_text and unassigned.reference in to_bob.body_text


def test_a_data_subject_export_holds_every_row_and_file(no_questions):
    mine = make_vraagstuk(email="Subject@Example.org", attachment=True)
    second = make_vraagstuk(email="subject@example.org")
    other = make_vraagstuk(email="other@example.org")
    OutgoingEmail.objects.create(
        kind="acknowledgement", recipients=["subject@example.org"], subject="s", body_text="b"
    )
    archive = zipfile.ZipFile(io.BytesIO(export_archive("subject@example.org")))
    data = json.loads(archive.read("data.json"))
    assert sorted(q["reference"] for q in data["questions"]) == sorted([mine.reference, second.reference])
    assert other.reference not in archive.read("data.json").decode()
    assert any(name.startswith("attachments/") for name in archive.namelist())
    assert len(data["emails"]) == 1


def test_erasure_removes_every_row_file_and_queued_email(no_questions, django_capture_on_commit_callbacks):
    mine = make_vraagstuk(email="subject@example.org", attachment=True)
    path = mine.attachments.get().file.path
    other = make_vraagstuk(email="other@example.org")
    OutgoingEmail.objects.create(
        kind="acknowledgement", recipients=["subject@example.org"], subject="s", body_text="b"
    )
    with django_capture_on_commit_callbacks(execute=True):
        counts = erase("subject@example.org")
    assert counts == {"questions": 1, "attachments": 1, "emails": 1}
    assert not Vraagstuk.objects.filter(email__iexact="subject@example.org").exists()
    assert not OutgoingEmail.objects.filter(recipients__contains=["subject@example.org"]).exists()
    assert Vraagstuk.objects.filter(pk=other.pk).exists()
    assert not os.path.exists(path)


def test_the_status_page_shows_the_earliest_period(client, no_questions):
    EducationOffer.objects.all().delete()
    start = timezone.localdate() + timedelta(days=60)
    make_offer("Stadssociologie", starts_on=start, period="semester 2", academic_year="2026-2027")
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH)
    token = vraagstuk.new_status_token()
    vraagstuk.save()
    html = client.get(f"/nl/vraagstuk/status/{token}/").content.decode()
    assert "semester 2 2026-2027" in html
