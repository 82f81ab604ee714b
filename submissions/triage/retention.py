"""Anonymising the personal data of questions that closed long enough ago.

What stays: the reference, status, dates, organisation, question, themes and place
(the kenniswinkel's own statistics and the knowledge cycle need them). What goes:
contact name, e-mail address, phone, attachments (files and rows), the partner's own
additions on the status page, and every e-mail in the outbox. A question whose
e-mail address is empty is already anonymised, which makes a second run a no-op.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from ..models import CLOSED_STATUSES, Attachment, OutgoingEmail, Vraagstuk, VraagstukEvent
from .log_actions import ANONYMISED

AVERAGE_DAYS_PER_MONTH = 30.44


@dataclass
class RetentionCounts:
    questions: int = 0
    attachments: int = 0
    emails: int = 0
    partner_messages: int = 0


def retention_cutoff(now=None, months=None):
    months = settings.TRIAGE_RETENTION_MONTHS if months is None else months
    return (now or timezone.now()) - timedelta(days=round(months * AVERAGE_DAYS_PER_MONTH))


def expired_questions(cutoff):
    return Vraagstuk.objects.filter(status__in=CLOSED_STATUSES, status_changed_at__lt=cutoff).exclude(
        email=""
    )


def anonymise_expired(dry_run=False, now=None, months=None):
    questions = expired_questions(retention_cutoff(now, months))
    counts = RetentionCounts(
        questions=questions.count(),
        attachments=Attachment.objects.filter(vraagstuk__in=questions).count(),
        emails=OutgoingEmail.objects.filter(vraagstuk__in=questions).count(),
        partner_messages=partner_messages(questions).count(),
    )
    if not dry_run:
        for vraagstuk in questions:
            anonymise(vraagstuk)
    return counts


def partner_messages(questions):
    return VraagstukEvent.objects.filter(vraagstuk__in=questions, by_partner=True).exclude(public_message="")


def anonymise(vraagstuk):
    files = [attachment.file for attachment in vraagstuk.attachments.all()]
    with transaction.atomic():
        vraagstuk.contact_name = ""
        vraagstuk.email = ""
        vraagstuk.phone = ""
        vraagstuk.save(update_fields=["contact_name", "email", "phone", "updated_at"])
        vraagstuk.attachments.all().delete()
        vraagstuk.emails.all().delete()
        partner_messages([vraagstuk]).update(public_message="")
        log(vraagstuk, ANONYMISED, user=None)
        transaction.on_commit(lambda: delete_files(files))


def delete_files(files):
    for stored in files:
        stored.storage.delete(stored.name)
