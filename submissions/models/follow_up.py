"""Answer templates for moves and the impact follow-up after completion."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .status import Status
from .vraagstuk import Vraagstuk, hash_status_token


class AnswerTemplate(models.Model):
    """A prepared message to the partner for a move to a status, in one language."""

    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.TextField(_("text"), help_text=_("Prefills the message to the partner; staff may edit it."))

    class Meta:
        verbose_name = _("answer template")
        verbose_name_plural = _("answer templates")
        constraints = [models.UniqueConstraint(fields=["status", "language"], name="one_template_per_status")]

    def __str__(self):
        return f"{self.get_status_display()} ({self.language})"


class ImpactFollowUp(models.Model):
    """Sent some months after completion: a private link to a few questions about the impact."""

    vraagstuk = models.OneToOneField(Vraagstuk, on_delete=models.CASCADE, related_name="impact_follow_up")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    what_changed = models.TextField(
        _("What changed thanks to the students' work?"), blank=True, max_length=10_000
    )
    still_used = models.TextField(_("What of it do you still use?"), blank=True, max_length=10_000)
    would_again = models.BooleanField(_("Would you submit a question again?"), null=True, blank=True)

    class Meta:
        verbose_name = _("impact follow-up")
        verbose_name_plural = _("impact follow-ups")

    def __str__(self):
        return self.vraagstuk.reference

    @classmethod
    def for_token(cls, token):
        return cls.objects.filter(token_hash=hash_status_token(token)).select_related("vraagstuk").first()
