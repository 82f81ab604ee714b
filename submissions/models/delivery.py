"""Rows that make the intake reliable: the per-render idempotency key and the e-mail outbox."""

from email.utils import parseaddr

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .vraagstuk import Vraagstuk


def message_id_domain():
    """The domain of the sender address (the Message-ID's right-hand side), else "kennisbrug.invalid"."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    domain = address.rpartition("@")[2].strip().lower()
    return domain or "kennisbrug.invalid"


class SubmissionKey(models.Model):
    """The idempotency key of one rendered form: a second post of it finds this row."""

    key = models.CharField(max_length=64, unique=True)
    vraagstuk = models.OneToOneField(
        Vraagstuk, on_delete=models.CASCADE, related_name="submission_key", null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("submission key")

    def __str__(self):
        return self.key


class EmailKind(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement to the partner")
    TRIAGE_NOTIFICATION = "triage_notification", _("Notification to the triage team")
    STATUS_UPDATE = "status_update", _("Status update to the partner")
    ASSIGNMENT = "assignment", _("Assignment to a coordinator")
    OVERDUE_DIGEST = "overdue_digest", _("Weekly overdue digest")
    IMPACT_FOLLOW_UP = "impact_follow_up", _("Impact follow-up to the partner")
    TEACHER_PROPOSAL = "teacher_proposal", _("A teacher's proposed match to the coordinator")
    TEACHER_DECISION = "teacher_decision", _("The coordinator's decision to the teacher")


class OutgoingEmail(models.Model):
    """An e-mail rendered when its cause was stored, delivered by a task until it succeeds.

    `sent_at` is set under a row lock in the same transaction as the delivery, so a
    second worker (or a retry) finds it sent and does nothing.
    """

    vraagstuk = models.ForeignKey(
        Vraagstuk, on_delete=models.CASCADE, related_name="emails", null=True, blank=True
    )
    kind = models.CharField(_("kind"), max_length=30, choices=EmailKind.choices)
    recipients = models.JSONField(_("recipients"))
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now, db_index=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject

    @property
    def message_id(self):
        """The same Message-ID on every attempt: when a worker dies between handing the e-mail to
        SMTP and marking it sent, the second delivery is recognisably the same message."""
        return f"<kennisbrug.outbox.{self.pk}.{self.created_at:%Y%m%d%H%M%S}@{message_id_domain()}>"
