"""Projects: one per accepted match, milestones in order."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

import pytest

from submissions.factories import EducationOfferFactory
from submissions.models import Match, MatchStatus, MilestoneKind, Project
from submissions.models.projects import check_milestone_order

from ..builders import make_vraagstuk

pytestmark = pytest.mark.django_db

DAY = datetime.date(2027, 2, 1)


@pytest.mark.parametrize(
    "dates",
    [
        {MilestoneKind.KICK_OFF: DAY, MilestoneKind.MID_TERM: DAY - datetime.timedelta(days=1)},
        {MilestoneKind.MID_TERM: DAY, MilestoneKind.FINAL: DAY - datetime.timedelta(days=30)},
        {MilestoneKind.KICK_OFF: DAY, MilestoneKind.FINAL: DAY - datetime.timedelta(days=1)},
    ],
)
def test_milestones_out_of_order_are_refused_in_the_users_language(dates):
    with translation.override("en"), pytest.raises(ValidationError, match="cannot come before"):
        check_milestone_order(dates)


def test_milestones_in_order_or_on_the_same_day_pass():
    check_milestone_order(
        {MilestoneKind.KICK_OFF: DAY, MilestoneKind.MID_TERM: DAY, MilestoneKind.FINAL: DAY.replace(month=6)}
    )


def test_a_match_has_at_most_one_project():
    match = Match.objects.create(
        vraagstuk=make_vraagstuk(), offer=EducationOfferFactory(), status=MatchStatus.ACCEPTED
    )
    Project.objects.create(match=match)
    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.create(match=match)
    assert Project.objects.filter(match=match).count() == 1


def test_the_refusal_is_in_dutch_for_dutch_users():
    with translation.override("nl"), pytest.raises(ValidationError, match="Eindpresentatie kan niet vóór"):
        check_milestone_order({MilestoneKind.MID_TERM: DAY, MilestoneKind.FINAL: DAY.replace(month=1)})
