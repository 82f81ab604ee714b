"""One declaration of personal data (submissions.personal_data) drives the admin, the
data-subject export, erasure and retention: each declared field reaches all of them, and a
field added to the declaration follows in each without another change."""

import dataclasses
import datetime
import io
import json
import os
import zipfile

from django.core.files.base import ContentFile
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

import pytest

from submissions.factories import EducationOfferFactory
from submissions.models import (
    Attachment,
    Deliverable,
    EventKind,
    ImpactFollowUp,
    Match,
    MatchStatus,
    Milestone,
    MilestoneKind,
    OutgoingEmail,
    Project,
    ProjectRun,
    SubmissionKey,
    Vraagstuk,
    VraagstukEvent,
)
from submissions.personal_data import BLANK, DECLARATION, DELETE, KEEP, declared
from submissions.triage.data_subject import erase, export_archive
from submissions.triage.exports import export_rows, xlsx_bytes
from submissions.triage.retention import anonymise_expired

from ..builders import make_user
from .helpers import closed_since, xlsx_cells

pytestmark = pytest.mark.django_db

DAYS_PAST_RETENTION = 800
ORGANISATION = "Sentinelorganisatie Qx7"


@pytest.fixture
def question(no_questions):
    """An expired question with a row of every declared kind."""
    vraagstuk = closed_since(
        DAYS_PAST_RETENTION, attachment=True, email="subject@example.org", organisation=ORGANISATION
    )
    VraagstukEvent.objects.create(
        vraagstuk=vraagstuk,
        kind=EventKind.INFORMATION_ADDED,
        public_message="Bel mij op 0470",
        by_partner=True,
    )
    ImpactFollowUp.objects.create(
        vraagstuk=vraagstuk, token_hash="f" * 64, what_changed="Veel", still_used="Alles"
    )
    OutgoingEmail.objects.create(
        vraagstuk=vraagstuk, kind="acknowledgement", recipients=[vraagstuk.email], subject="s", body_text="b"
    )
    match = Match.objects.create(
        vraagstuk=vraagstuk, offer=EducationOfferFactory(), status=MatchStatus.ACCEPTED
    )
    project = Project.objects.create(match=match)
    Milestone.objects.create(project=project, kind=MilestoneKind.KICK_OFF, due_on=datetime.date(2024, 2, 1))
    ProjectRun.objects.create(project=project, period="2024 S1", handover_note="Vraag naar Jan")
    Deliverable.objects.create(
        project=project,
        title="Rapport over de organisatie",
        file=ContentFile(b"%PDF-1.4 rapport", name="rapport.pdf"),
        content_type="application/pdf",
        extension="pdf",
        size=16,
    )
    return vraagstuk


@pytest.fixture
def coordinator(client):
    client.force_login(make_user("coordinator-user", "Triage coordinators"))


@pytest.fixture
def declare():
    """Adds a field to the declared personal fields of a model, for this test."""
    before = list(DECLARATION)

    def add(model, field):
        index = next(i for i, entry in enumerate(DECLARATION) if entry.model is model)
        entry = DECLARATION[index]
        DECLARATION[index] = dataclasses.replace(entry, fields=(*entry.fields, field))

    yield add
    DECLARATION[:] = before


def data_subject_copy(email):
    return json.loads(zipfile.ZipFile(io.BytesIO(export_archive(email))).read("data.json"))


def exported_rows(data, entry):
    if entry.address_field:
        return data[entry.name]
    if entry.model is Vraagstuk:
        return data["questions"]
    return [row for question in data["questions"] for row in question[entry.name]]


def headings(with_personal_data):
    with translation.override("en"):
        return xlsx_cells(xlsx_bytes(export_rows(Vraagstuk.objects.all(), with_personal_data)))[0]


def test_every_model_with_a_partners_rows_is_declared():
    """A model that points at a question holds what the partner or staff wrote about them."""
    declared_models = {entry.model for entry in DECLARATION}
    pointing = {
        relation.related_model
        for relation in Vraagstuk._meta.related_objects
        if relation.related_model._meta.app_label == "submissions"
    }
    # Matches link a question to an offer, the idempotency key is a random string: no personal data.
    assert pointing - declared_models == {Match, SubmissionKey}


def test_every_declared_field_reaches_the_export_and_retention(question, coordinator, client):
    data = data_subject_copy("subject@example.org")
    for entry in DECLARATION:
        rows = exported_rows(data, entry)
        assert rows, f"no {entry.name} in the data-subject copy"
        for field in entry.fields:
            assert all(entry.export_names.get(field, field) in row for row in rows), (entry.name, field)

    personal = [
        str(Vraagstuk._meta.get_field(name).verbose_name).capitalize() for name in declared(Vraagstuk).fields
    ]
    assert not set(personal) & set(headings(False))
    assert set(personal) <= set(headings(True))

    anonymise_expired()
    for entry in DECLARATION:
        rows = entry.rows_of([question]).filter(entry.retained_rows)
        if entry.retention == DELETE:
            assert not rows.exists(), entry.name
        elif entry.retention == BLANK:
            for row in rows:
                assert all(getattr(row, field) in ("", None, []) for field in entry.fields), (entry.name, row)
        else:
            assert entry.retention == KEEP and rows.exists(), entry.name


def list_page(client):
    response = client.get(reverse("submissions_vraagstuk:list"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_newly_declared_field_follows_everywhere(question, coordinator, client, declare):
    # Before: the organisation is in the list and the general export, and stays after retention.
    assert ORGANISATION in list_page(client)
    assert "Organisation" in headings(False)
    assert "content_type" not in data_subject_copy(question.email)["questions"][0]["attachments"][0]

    declare(Vraagstuk, "organisation")
    declare(Attachment, "content_type")

    # The admin: gone from the list and the general export, in the privileged export and the inspect view.
    assert ORGANISATION not in list_page(client)
    assert "Organisation" not in headings(False)
    assert "Organisation" in headings(True)
    inspect = client.get(reverse("submissions_vraagstuk:inspect", args=[question.pk])).content.decode()
    assert ORGANISATION in inspect
    # The data-subject copy.
    record = data_subject_copy(question.email)["questions"][0]
    assert record["organisation"] == ORGANISATION
    assert record["attachments"][0]["content_type"] == "application/pdf"
    # Retention empties it.
    counts = anonymise_expired()
    assert counts.questions == 1
    question.refresh_from_db()
    assert question.organisation == ""
    assert question.title  # what is not declared stays


def test_erasure_deletes_every_declared_row(question, django_capture_on_commit_callbacks):
    path = question.attachments.get().file.path
    deliverable_path = Deliverable.objects.get(project__match__vraagstuk=question).file.path
    assert os.path.exists(deliverable_path)
    with django_capture_on_commit_callbacks(execute=True):
        counts = erase("Subject@Example.org")
    assert counts == {"questions": 1, "attachments": 1, "emails": 1}
    for entry in DECLARATION:
        assert not entry.model.objects.filter(Q(**{entry.question or "pk": question.pk})).exists(), entry.name
    assert not os.path.exists(path)
    assert not os.path.exists(deliverable_path)
