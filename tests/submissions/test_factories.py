"""The intake's factories (bench content): valid rows, histories the workflow allows,
the app's references, no e-mail delivered, and one seed giving one result."""

import re

from django.conf import settings
from django.core import mail
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import registry

import pytest

from bench.generate_content import seed_item
from submissions.factories import HISTORY_DAYS, EducationOfferFactory, VraagstukFactory
from submissions.models import (
    ALLOWED_MOVES,
    OPEN_STATUSES,
    ConsentKind,
    EventKind,
    MatchStatus,
    OutgoingEmail,
    ReferenceCounter,
    Status,
)
from submissions.triage.log_actions import MOVE
from submissions.triage.matching import academic_year_start

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(r"KB-(\d{4})-(\d{4})")
EXAMPLE_DOMAINS = re.compile(r".+@(example\.(org|com|net)|[a-z.-]+\.example)")
MATCHED_STATUSES = {Status.MATCHED, Status.IN_PROGRESS, Status.COMPLETED}


def seeded(factory_class, number, seed=9):
    """Item `number` as bench/generate_content.py makes it."""
    seed_item(seed, factory_class._meta.model._meta.label, number, factory_class)
    return factory_class()


@pytest.fixture
def offers(db):
    return [seeded(EducationOfferFactory, number) for number in range(30)]


@pytest.fixture
def questions(offers):
    return [seeded(VraagstukFactory, number) for number in range(30)]


def test_offers_are_valid_and_fit_their_institution(offers):
    for offer in offers:
        offer.full_clean()
        year = int(offer.academic_year[:4])
        assert offer.academic_year == f"{year}-{year + 1}"
        assert academic_year_start(offer.starts_on).year == year
        assert offer.starts_on < offer.ends_on
        assert offer.level == offer.institution.kind
        assert offer.institution.locale.language_code == settings.LANGUAGE_CODE
        assert offer.themes.exists()
        assert not offer.themes.exclude(locale__language_code=settings.LANGUAGE_CODE).exists()
        assert offer.capacity >= 1
        assert EXAMPLE_DOMAINS.fullmatch(offer.contact_email)


def test_questions_are_valid_rows(questions):
    for vraagstuk in questions:
        vraagstuk.full_clean()
        assert EXAMPLE_DOMAINS.fullmatch(vraagstuk.email)
        assert vraagstuk.themes.exists()
        assert not vraagstuk.themes.exclude(locale__language_code=settings.LANGUAGE_CODE).exists()
        assert 1 <= (timezone.localdate() - timezone.localdate(vraagstuk.created_at)).days <= HISTORY_DAYS
        assert re.fullmatch(r"[0-9a-f]{64}", vraagstuk.status_token_hash)
        consents = {consent.kind: consent.given for consent in vraagstuk.consents.all()}
        assert set(consents) == set(ConsentKind) and consents[ConsentKind.CONTACT]
    assert {vraagstuk.language for vraagstuk in questions} == {"nl", "en"}


def test_references_come_from_the_yearly_counter(questions):
    references = [vraagstuk.reference for vraagstuk in questions]
    assert len(set(references)) == len(references)
    for vraagstuk in questions:
        year, number = REFERENCE.fullmatch(vraagstuk.reference).groups()
        assert int(year) == timezone.localdate(vraagstuk.created_at).year
        assert int(number) <= ReferenceCounter.objects.get(year=int(year)).last_number


def test_histories_follow_the_workflow(questions):
    now = timezone.now()
    for vraagstuk in questions:
        submitted, *events = vraagstuk.events.order_by("created_at", "pk")
        # Assignments are in the history for staff only; the status steps are the rest.
        assignments = [event for event in events if event.kind == EventKind.ASSIGNED]
        assert not any(event.is_public for event in assignments)
        steps = [event for event in events if event not in assignments]
        assert (submitted.kind, submitted.to_status) == (EventKind.SUBMITTED, Status.RECEIVED)
        assert submitted.created_at == vraagstuk.created_at
        status, at = Status.RECEIVED, vraagstuk.created_at
        for step in steps:
            assert step.from_status == status and step.created_at > at
            if step.kind == EventKind.STATUS_CHANGED:
                assert step.to_status in ALLOWED_MOVES[status] and step.actor is not None
            else:
                assert step.kind == EventKind.WITHDRAWN and status in OPEN_STATUSES
            status, at = Status(step.to_status), step.created_at
        assert vraagstuk.status == status and at <= now
        assert vraagstuk.status_changed_at == at
        moves = registry.get_logs_for_instance(vraagstuk).filter(action=MOVE).order_by("timestamp", "pk")
        assert [(entry.data["from_status"], entry.data["to_status"], entry.timestamp) for entry in moves] == [
            (step.from_status, step.to_status, step.created_at)
            for step in steps
            if step.kind == EventKind.STATUS_CHANGED
        ]
    # Enough variety that the checks above mean something.
    assert len({vraagstuk.status for vraagstuk in questions}) >= 4
    assert any(vraagstuk.status in MATCHED_STATUSES for vraagstuk in questions)


def test_matches_follow_the_history(questions, offers):
    for vraagstuk in questions:
        accepted = list(vraagstuk.matches.filter(status=MatchStatus.ACCEPTED).select_related("offer"))
        reached = {event.to_status: event.created_at for event in vraagstuk.events.all()}
        if vraagstuk.status in MATCHED_STATUSES:
            (match,) = accepted
            assert match.decided_at == reached[Status.MATCHED]
            if Status.IN_PROGRESS in reached:
                assert timezone.localdate(reached[Status.IN_PROGRESS]) >= match.offer.starts_on
            if Status.COMPLETED in reached:
                assert timezone.localdate(reached[Status.COMPLETED]) >= match.offer.ends_on
        elif vraagstuk.status != Status.WITHDRAWN:  # never matched, or the match fell through
            assert accepted == []
    for offer in offers:
        assert offer.remaining_capacity >= 0


def test_no_email_is_delivered(offers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        questions = [seeded(VraagstukFactory, number) for number in range(10)]
    emails = OutgoingEmail.objects.filter(vraagstuk__in=questions)
    assert emails.exists()
    assert mail.outbox == []
    for email in emails:
        assert email.sent_at == email.created_at <= timezone.now()
        assert all(EXAMPLE_DOMAINS.fullmatch(address) for address in email.recipients)


def offer_values(offer):
    fields = ["institution_id", "programme", "course", "level", "education_format", "academic_year", "period"]
    values = {field: getattr(offer, field) for field in fields}
    return {**values, "themes": sorted(offer.themes.values_list("key", flat=True))}


def question_values(vraagstuk):
    """Everything but the secret token and the clock: times are kept relative to the submission."""
    fields = [
        "reference",
        "language",
        "organisation",
        "contact_name",
        "email",
        "phone",
        "title",
        "description",
    ]
    values = {field: getattr(vraagstuk, field) for field in fields}
    events = [
        (
            event.kind,
            event.to_status,
            event.public_message,
            event.internal_note,
            str(event.actor),
            event.created_at,
        )
        for event in vraagstuk.events.all()
    ]
    matches = list(
        vraagstuk.matches.order_by("pk").values_list("offer__course", "offer__academic_year", "status")
    )
    themes = sorted(vraagstuk.themes.values_list("key", flat=True))
    return {**values, "themes": themes, "events": events, "matches": matches}


def test_one_seed_gives_the_same_rows(offers):
    def generate(seed):
        new_offers = [offer_values(seeded(EducationOfferFactory, number, seed)) for number in range(100, 103)]
        return new_offers, [question_values(seeded(VraagstukFactory, number, seed)) for number in range(5)]

    with transaction.atomic():
        first = generate(9)
        transaction.set_rollback(True)
    assert generate(9) == first
    assert any(len(question["events"]) > 2 for question in first[1])
    with transaction.atomic():
        other_seed = generate(10)
        transaction.set_rollback(True)
    assert other_seed[0] != first[0] and other_seed[1] != first[1]
