"""What happened to a vraagstuk, in order. Public events appear on the partner's status page;
internal notes never do."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .status import PUBLIC_LABELS, Status
from .vraagstuk import Vraagstuk


class EventKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    INFORMATION_ADDED = "information_added", _("Information added by the partner")
    WITHDRAWN = "withdrawn", _("Withdrawn by the partner")
    STATUS_CHANGED = "status_changed", _("Status changed")
    MESSAGE = "message", _("Message to the partner")
    NOTE = "note", _("Internal note")
    ASSIGNED = "assigned", _("Assigned")
    UNASSIGNED = "unassigned", _("Unassigned")


class VraagstukEvent(models.Model):
    vraagstuk = models.ForeignKey(Vraagstuk, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices)
    from_status = models.CharField(_("from status"), max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to status"), max_length=20, choices=Status.choices, blank=True)
    public_message = models.TextField(
        _("public message"), blank=True, help_text=_("Shown to the partner on their status page.")
    )
    internal_note = models.TextField(
        _("internal note"), blank=True, help_text=_("Never shown to the partner.")
    )
    by_partner = models.BooleanField(_("by the partner"), default=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Assignment events: who the question was assigned to, or who no longer has it.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_public = models.BooleanField(_("shown to the partner"), default=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("history entry")
        verbose_name_plural = _("history")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.vraagstuk.reference} {self.get_kind_display()}"

    @property
    def public_status_label(self):
        """The status the partner sees after this event ("" when the event changed no status)."""
        return PUBLIC_LABELS[Status(self.to_status)] if self.to_status in Status.values else ""
