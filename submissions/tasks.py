"""Delivery of outbox e-mails through the django-tasks queue (worker: manage.py db_worker).

django-tasks does not retry, so we do: a failed delivery records the error, schedules
the next attempt and enqueues itself for then. `manage.py send_pending_emails` is the
safety net for anything whose task was lost (run it from cron).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)


def retry_delay(attempts):
    delays = settings.SUBMISSION_EMAIL_RETRY_DELAYS
    return timedelta(seconds=delays[min(attempts, len(delays)) - 1])


def deliver(email_id):
    """Send one outbox e-mail unless it was sent already. True when it is (now) sent."""
    with transaction.atomic():
        # The row lock makes a second worker wait, then find the e-mail sent.
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.sent_at is not None:
            return True
        message = EmailMultiAlternatives(
            email.subject,
            email.body_text,
            settings.DEFAULT_FROM_EMAIL,
            email.recipients,
            headers={"Message-ID": email.message_id},
        )
        if email.body_html:
            message.attach_alternative(email.body_html, "text/html")
        email.attempts += 1
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
            email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            # The error's text can quote the recipient's address: logs get only its kind and SMTP code
            # (the full text stays on the outbox row, which retention and erasure cover).
            logger.warning(
                "E-mail %s not delivered (attempt %s): %s %s",
                email.pk,
                email.attempts,
                type(error).__name__,
                getattr(error, "smtp_code", ""),
            )
            transaction.on_commit(lambda: schedule_retry(email))
            return False
        email.sent_at = timezone.now()
        email.save(update_fields=["attempts", "sent_at"])
        return True


@task()
def deliver_email(email_id):
    return deliver(email_id)


def schedule_retry(email):
    # Backends that cannot defer (the inline one of the quick start) leave it to the sweep.
    if deliver_email.get_backend().supports_defer:
        deliver_email.using(run_after=email.next_attempt_at).enqueue(email.pk)


def enqueue_deliveries(email_ids):
    """Queue the delivery of outbox e-mails; never raises.

    Called after the commit that stored them: the question (or the move) is saved and the
    visitor must get the receipt even when the queue cannot be reached. An e-mail whose task
    could not be queued stays due in the outbox, and `send_pending_emails` sends it.
    """
    for email_id in email_ids:
        try:
            deliver_email.enqueue(email_id)
        except Exception as error:
            logger.warning(
                "E-mail %s not queued (%s); send_pending_emails will deliver it",
                email_id,
                type(error).__name__,
            )


def deliver_due_emails():
    """Deliver every unsent e-mail whose next attempt is due; returns (sent, failed)."""
    due = OutgoingEmail.objects.filter(sent_at__isnull=True, next_attempt_at__lte=timezone.now())
    results = [deliver(email_id) for email_id in due.values_list("pk", flat=True)]
    return results.count(True), results.count(False)
