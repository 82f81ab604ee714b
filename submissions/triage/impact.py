"""The impact follow-up: months after completion the partner gets a private link to a few
questions; the answers are stored with the question and shown to staff."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from ..models import (
    ConsentKind,
    ImpactFollowUp,
    Status,
    Vraagstuk,
    hash_status_token,
)
from ..tasks import enqueue_deliveries
from .partner_emails import queue_impact_follow_up
from .retention import AVERAGE_DAYS_PER_MONTH


def due_follow_ups(now=None):
    months = settings.TRIAGE_IMPACT_FOLLOW_UP_MONTHS
    cutoff = (now or timezone.now()) - timedelta(days=round(months * AVERAGE_DAYS_PER_MONTH))
    return (
        Vraagstuk.objects.filter(
            status=Status.COMPLETED, status_changed_at__lte=cutoff, impact_follow_up__isnull=True
        )
        .filter(consents__kind=ConsentKind.CONTACT, consents__given=True)
        .exclude(email="")
    )


def follow_up_url(vraagstuk, token):
    with translation.override(vraagstuk.language):
        return settings.WAGTAILADMIN_BASE_URL + reverse("submissions:impact", args=[token])


def send_follow_ups(now=None):
    """Create each due follow-up with its e-mail; returns how many were queued."""
    queued = []
    for vraagstuk in due_follow_ups(now):
        token = secrets.token_urlsafe(32)
        with transaction.atomic():
            ImpactFollowUp.objects.create(vraagstuk=vraagstuk, token_hash=hash_status_token(token))
            email = queue_impact_follow_up(vraagstuk, follow_up_url(vraagstuk, token))
            queued.append(email.pk)
    enqueue_deliveries(queued)
    return len(queued)
