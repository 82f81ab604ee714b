"""Two confirmations of two teachers' proposals for one question, at the same moment in real
PostgreSQL transactions: one match is accepted, the other refused, and nothing is half stored."""

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

from django.db import connection

import pytest

from submissions.models import Match, MatchStatus, OutgoingEmail, Status
from submissions.triage.matching import accept
from submissions.triage.teachers import ProposalRefused, propose_from_own_offer
from submissions.triage.workflow import InvalidMove

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_confirmations_racing_give_one_accepted_match():
    coordinators = [make_user(f"coordinator-{n}", "Triage coordinators") for n in range(2)]
    teachers = [make_user(f"teacher-{n}", "Teachers") for n in range(2)]
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH, open_to_all_institutions=True)
    matches = [
        propose_from_own_offer(teacher, vraagstuk.pk, make_offer(f"Vak {n}", owner=teacher).pk)
        for n, teacher in enumerate(teachers)
    ]
    barrier = Barrier(2)

    def confirm(n):
        try:
            match = Match.objects.get(pk=matches[n].pk)
            barrier.wait()
            accept(match, coordinators[n])
            return "accepted"
        except InvalidMove:
            return "refused"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(confirm, range(2)))
    assert outcomes == ["accepted", "refused"]
    assert Match.objects.filter(vraagstuk=vraagstuk, status=MatchStatus.ACCEPTED).count() == 1
    assert Match.objects.filter(vraagstuk=vraagstuk, status=MatchStatus.PROPOSED).count() == 1
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.MATCHED


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_proposal_posted_twice_at_once_stores_one_match():
    teacher = make_user("teacher", "Teachers")
    coordinator = make_user("coordinator", "Triage coordinators")
    vraagstuk = make_vraagstuk(
        status=Status.SEEKING_MATCH, open_to_all_institutions=True, assignee=coordinator
    )
    offer = make_offer("Vak", owner=teacher)
    barrier = Barrier(2)

    def propose(_n):
        try:
            barrier.wait()
            propose_from_own_offer(teacher, vraagstuk.pk, offer.pk)
            return "proposed"
        except ProposalRefused:
            return "refused"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(propose, range(2)))
    assert outcomes == ["proposed", "refused"]
    assert Match.objects.filter(vraagstuk=vraagstuk).count() == 1
    assert OutgoingEmail.objects.filter(vraagstuk=vraagstuk, kind="teacher_proposal").count() == 1
