"""Matching: a fixture of offers ranked in the expected order, with reasons; accepting uses capacity."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from submissions.models import EducationOffer, MatchStatus, Status
from submissions.triage.matching import accept, earliest_period, propose, rank_offers
from submissions.triage.workflow import InvalidMove

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 21)  # academic year 2026-2027; next year starts 2027-09-01


@pytest.fixture
def offers(db):
    EducationOffer.objects.all().delete()
    return {
        # two shared themes + format + next year: 3*2 + 2 + 3 + room 1 = 12
        "best": make_offer("Best", themes=("eenzaamheid", "vergrijzing"), education_format="thesis"),
        # one shared theme + format + next year = 3 + 2 + 3 + 1 = 9
        "good": make_offer("Good", education_format="course_assignment", starts_on=date(2027, 10, 1)),
        # one shared theme + format, but this year = 3 + 2 + 0 + 1 = 6: last, the period does not suit
        "wrong_period": make_offer("Wrong period", starts_on=date(2027, 2, 1)),
        # one shared theme, no format, next year, capacity 1 = 3 + 0 + 3 + 0 = 6, starts later than wrong_period
        "no_format": make_offer(
            "No format", education_format="hackathon", capacity=1, starts_on=date(2027, 11, 1)
        ),
        # nothing shared = 0 + 0 + 3 + 1 = 4
        "unrelated": make_offer("Unrelated", themes=("veiligheid",), education_format="hackathon"),
        # left out: closed, full, or over
        "closed": make_offer("Closed", themes=("eenzaamheid", "vergrijzing"), is_open=False),
        "full": make_offer("Full", themes=("eenzaamheid", "vergrijzing"), capacity=0),
        "over": make_offer("Over", starts_on=date(2026, 2, 1), ends_on=date(2026, 6, 30)),
    }


def question(**fields):
    return make_vraagstuk(
        themes=("eenzaamheid", "vergrijzing"),
        help_kinds=["research"],
        timing="next_year",
        status=Status.SEEKING_MATCH,
        **fields,
    )


def test_offers_are_ranked_by_fit(offers):
    """By points, except that an offer in the wrong period comes after every offer in the right one."""
    ranking = rank_offers(question(), today=TODAY)
    assert [fit.offer.course for fit in ranking] == ["Best", "Good", "No format", "Unrelated", "Wrong period"]
    assert [fit.score for fit in ranking] == [12, 9, 6, 4, 6]


def test_each_rank_says_why(offers):
    fits = {fit.offer.course: fit for fit in rank_offers(question(), today=TODAY)}
    best, unrelated = fits["Best"], fits["Unrelated"]
    assert "Shared themes: Eenzaamheid, Vergrijzing" in best.reasons
    assert any("Format asked for" in reason for reason in best.reasons)
    assert any("suits" in reason for reason in best.reasons)
    assert not any("Shared themes" in reason for reason in unrelated.reasons)


def test_ranking_costs_no_query_per_offer(offers):
    vraagstuk = question()
    with CaptureQueriesContext(connection) as before:
        rank_offers(vraagstuk, today=TODAY)
    for number in range(3):
        make_offer(f"Extra {number}")
    with CaptureQueriesContext(connection) as after:
        assert len(rank_offers(vraagstuk, today=TODAY)) == 8
    assert len(after.captured_queries) == len(before.captured_queries)


def test_accepting_a_match_moves_the_question_and_uses_capacity(offers):
    coordinator = make_user("coordinator", superuser=True)
    vraagstuk = question()
    offer = offers["no_format"]
    assert offer.remaining_capacity == 1
    match = propose(vraagstuk, offer, coordinator)
    accept(match, coordinator, public_message="Een hogeschool gaat ermee aan de slag.")

    vraagstuk.refresh_from_db()
    match.refresh_from_db()
    assert (vraagstuk.status, match.status) == (Status.MATCHED, MatchStatus.ACCEPTED)
    assert offer.remaining_capacity == 0
    assert "No format" not in [fit.offer.course for fit in rank_offers(question(), today=TODAY)]


def test_accepting_for_a_question_not_seeking_a_match_is_refused(offers):
    coordinator = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(status=Status.RECEIVED)
    match = propose(vraagstuk, offers["good"], coordinator)
    with pytest.raises(InvalidMove):
        accept(match, coordinator)
    match.refresh_from_db()
    assert match.status == MatchStatus.PROPOSED
    assert offers["good"].remaining_capacity == 2


def test_the_pool_shows_the_earliest_period(offers):
    vraagstuk = question()
    assert earliest_period(vraagstuk, today=TODAY) == offers["wrong_period"]
    lonely = make_vraagstuk(themes=("corona",), status=Status.SEEKING_MATCH)
    assert earliest_period(lonely, today=TODAY) is None


def test_the_pool_screen_lists_questions_with_their_earliest_period(client, offers):
    client.force_login(make_user("coordinator-user", "Triage coordinators"))
    waiting = question()
    lonely = make_vraagstuk(themes=("corona",), status=Status.SEEKING_MATCH, title="Niemand past")
    html = client.get(reverse("submissions_vraagstuk:pool")).content.decode()
    assert waiting.reference in html and lonely.reference in html
    assert "No current offer fits" in html
