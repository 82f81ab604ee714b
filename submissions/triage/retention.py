"""Anonymising the personal data of questions that closed long enough ago.

What goes is what the personal-data declaration (submissions.personal_data) says: the
question's contact details, the partner's own additions on the status page, attachments
(files and rows) and every e-mail in the outbox. What stays: the reference, status, dates,
organisation, question, themes and place (the kenniswinkel's own statistics and the
knowledge cycle need them). A question whose e-mail address is empty is already
anonymised, which makes a second run a no-op.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from wagtail.log_actions import log

from ..models import CLOSED_STATUSES, Vraagstuk
from ..personal_data import BLANK, DECLARATION, DELETE, blank_value
from .log_actions import ANONYMISED

AVERAGE_DAYS_PER_MONTH = 30.44


def retention_cutoff(now=None, months=None):
    months = settings.TRIAGE_RETENTION_MONTHS if months is None else months
    return (now or timezone.now()) - timedelta(days=round(months * AVERAGE_DAYS_PER_MONTH))


def expired_questions(cutoff):
    return Vraagstuk.objects.filter(status__in=CLOSED_STATUSES, status_changed_at__lt=cutoff).exclude(
        email=""
    )


def changed_rows(entry, questions):
    """The rows of `questions` retention changes: all of them (DELETE), or those with something to empty (BLANK)."""
    rows = entry.rows_of(questions).filter(entry.retained_rows)
    if entry.retention == BLANK:
        not_empty = models.Q()
        for name in entry.fields:
            field = entry.model._meta.get_field(name)
            not_empty |= (
                ~models.Q(**{name: blank_value(field)})
                if not field.null
                else models.Q(**{f"{name}__isnull": False})
            )
        rows = rows.filter(not_empty)
    return rows


def retention_counts(questions):
    """How many rows of each declared kind retention changes, by label (questions, attachments ...)."""
    return {entry.label: changed_rows(entry, questions).count() for entry in DECLARATION if entry.label}


class RetentionCounts(dict):
    """The counts by label; `counts.partner_messages` reads the label "partner messages"."""

    def __getattr__(self, name):
        for label, count in self.items():
            if label.replace("-", "").replace(" ", "_") == name:
                return count
        raise AttributeError(name)


def anonymise_expired(dry_run=False, now=None, months=None):
    questions = expired_questions(retention_cutoff(now, months))
    counts = RetentionCounts(retention_counts(questions))
    if not dry_run:
        for vraagstuk in questions:
            anonymise(vraagstuk)
    return counts


def anonymise(vraagstuk):
    files = []
    with transaction.atomic():
        for entry in DECLARATION:
            rows = changed_rows(entry, [vraagstuk])
            if entry.retention == DELETE:
                files += [
                    getattr(row, name) for row in rows for name in entry.file_fields() if getattr(row, name)
                ]
                rows.delete()
            elif entry.retention == BLANK:
                for row in rows:
                    for name in entry.fields:
                        setattr(row, name, blank_value(entry.model._meta.get_field(name)))
                    # save(), not update(): a question keeps its derived fields (the address key) in step.
                    row.save(update_fields=[*entry.fields, *auto_now_fields(entry.model)])
        log(vraagstuk, ANONYMISED, user=None)
        transaction.on_commit(lambda: delete_files(files))


def auto_now_fields(model):
    return [field.name for field in model._meta.concrete_fields if getattr(field, "auto_now", False)]


def delete_files(files):
    for stored in files:
        stored.storage.delete(stored.name)
