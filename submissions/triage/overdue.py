"""Targets per status in working days, and which open questions have passed theirs.

The targets live in settings.TRIAGE_TARGET_WORKING_DAYS (status key -> working days
since the question entered that status); statuses without a target are never overdue.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from ..targets import add_working_days


def targets():
    return settings.TRIAGE_TARGET_WORKING_DAYS


def due_date(vraagstuk):
    days = targets().get(vraagstuk.status)
    if days is None:
        return None
    return add_working_days(timezone.localdate(vraagstuk.status_changed_at), days)


def is_overdue(vraagstuk, today=None):
    due = due_date(vraagstuk)
    return due is not None and due < (today or timezone.localdate())


def latest_overdue_start(today, days):
    """The last day a status could have started on and be overdue today (its due date < today)."""
    candidate = today
    while add_working_days(candidate, days) >= today:
        candidate -= timedelta(days=1)
    return candidate


def overdue_q(today=None):
    """A filter for overdue questions, so lists, counts and the digest agree with is_overdue()."""
    today = today or timezone.localdate()
    condition = Q(pk__in=[])
    for status, days in targets().items():
        last_start = latest_overdue_start(today, days)
        condition |= Q(status=status, status_changed_at__date__lte=last_start)
    return condition
