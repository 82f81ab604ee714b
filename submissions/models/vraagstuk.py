"""A vraagstuk: a societal question a partner submitted through the public form.

Not a page, not translatable and not search-indexed: it holds personal data that
must stay out of page trees and search indexes.
"""

import hashlib
import secrets
from datetime import timedelta
from difflib import SequenceMatcher

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..addresses import canonical_email
from .choices import ConsentKind, Timing
from .status import CLOSED_STATUSES, PUBLIC_LABELS, Status

FREE_TEXT_MAX_LENGTH = 10_000
# How alike two titles or descriptions must be (difflib ratio) to count as the same question.
SIMILARITY_THRESHOLD = 0.85


def comparable(text):
    # The first 2,000 characters are enough to tell, and bound the cost of the comparison.
    return " ".join((text or "").casefold().split())[:2000]


def similar_question(first, second):
    """True when the titles or the descriptions of two questions are (nearly) the same."""
    for name in ("title", "description"):
        a, b = comparable(getattr(first, name)), comparable(getattr(second, name))
        if not (a and b):
            continue
        if a == b:
            return True
        matcher = SequenceMatcher(None, a, b, autojunk=False)
        if matcher.quick_ratio() >= SIMILARITY_THRESHOLD and matcher.ratio() >= SIMILARITY_THRESHOLD:
            return True
    return False


def hash_status_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class ReferenceCounter(models.Model):
    """The last reference number handed out in a year (one row per year)."""

    year = models.PositiveIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")

    def __str__(self):
        return f"{self.year}: {self.last_number}"

    @classmethod
    def next_reference(cls, year):
        """KB-<year>-<number>, unique under concurrent submits; call inside a transaction.

        The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite) before
        reading, so two transactions can never read the same number.
        """
        cls.objects.bulk_create([cls(year=year)], ignore_conflicts=True)
        cls.objects.filter(year=year).update(last_number=F("last_number") + 1)
        number = cls.objects.values_list("last_number", flat=True).get(year=year)
        return f"KB-{year}-{number:04d}"


class Vraagstuk(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The language the partner used; e-mails to them use it too."),
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.ForeignKey(
        "portal.OrganisationType",
        verbose_name=_("organisation type"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    contact_name = models.CharField(_("contact name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    # The address in its canonical form (submissions.addresses): what rate limits, duplicate
    # hints, the admin search and data-subject requests compare. Kept in step by save().
    email_key = models.CharField(max_length=254, blank=True, db_index=True, editable=False)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=FREE_TEXT_MAX_LENGTH)
    themes = models.ManyToManyField("portal.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    place = models.ForeignKey(
        "portal.Place",
        verbose_name=_("place"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    neighbourhood = models.CharField(_("place or neighbourhood"), max_length=200, blank=True)
    help_kinds = models.JSONField(_("kind of help wanted"), default=list, blank=True)
    help_details = models.TextField(_("help wanted, details"), max_length=FREE_TEXT_MAX_LENGTH, blank=True)
    partner_offers = models.JSONField(_("what the partner offers"), default=list, blank=True)
    offer_details = models.TextField(
        _("what the partner offers, details"), max_length=FREE_TEXT_MAX_LENGTH, blank=True
    )
    timing = models.CharField(_("desired timing"), max_length=20, choices=Timing.choices)
    timing_details = models.TextField(_("timing, details"), max_length=FREE_TEXT_MAX_LENGTH, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    status_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_questions",
        help_text=_("The coordinator who takes care of this question."),
    )
    # Which teachers see the question in their pool: those whose offers belong to an
    # institution it is shared with, or every teacher when it is open to all institutions.
    shared_with = models.ManyToManyField(
        "portal.Institution",
        verbose_name=_("shared with institutions"),
        blank=True,
        related_name="+",
        help_text=_("Teachers of these institutions see the question in their pool."),
    )
    open_to_all_institutions = models.BooleanField(
        _("open to all institutions"),
        default=False,
        help_text=_("Teachers of every institution see the question in their pool."),
    )
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    # Registered as a snippet for the triage screens, but kept out of Wagtail's reference
    # index: it links to nothing editors need to trace, and indexing would queue a task per save.
    wagtail_reference_index_ignore = True
    # Nor does it appear on any cached public page (the status page is never cached):
    # a submission or a triage move must not empty the page cache (portal.signals).
    shown_on_public_pages = False

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["-created_at"]
        permissions = [("export_personal_data", "Can export personal data of questions")]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        self.email_key = canonical_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_key"}
        super().save(*args, **kwargs)

    def looks_like(self):
        """Earlier questions from the same mailbox in the last DUPLICATE_HINT_DAYS whose title or
        description is (nearly) the same: a partner who sent one question twice from fresh forms."""
        if not self.email_key:
            return []
        since = (self.created_at or timezone.now()) - timedelta(days=settings.DUPLICATE_HINT_DAYS)
        earlier = (
            Vraagstuk.objects.filter(email_key=self.email_key, created_at__gte=since)
            .exclude(pk=self.pk)
            .only("pk", "reference", "title", "description", "created_at")
        )
        if self.created_at:
            earlier = earlier.filter(
                created_at__lte=self.created_at + timedelta(days=settings.DUPLICATE_HINT_DAYS)
            )
        return [other for other in earlier if similar_question(self, other)]

    def new_status_token(self):
        """A fresh secret for the status link (256 bits); only its hash is stored."""
        token = secrets.token_urlsafe(32)
        self.status_token_hash = hash_status_token(token)
        return token

    @classmethod
    def for_status_token(cls, token):
        return cls.objects.filter(status_token_hash=hash_status_token(token)).first()

    @property
    def public_status_label(self):
        return PUBLIC_LABELS[Status(self.status)]

    @property
    def is_open(self):
        return self.status not in CLOSED_STATUSES

    def has_consent(self, kind):
        return self.consents.filter(kind=kind, given=True).exists()


class Consent(models.Model):
    """One answer to one consent question, with the version of the text the partner saw."""

    vraagstuk = models.ForeignKey(Vraagstuk, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("consent"), max_length=20, choices=ConsentKind.choices)
    given = models.BooleanField(_("given"))
    text_version = models.CharField(_("consent text version"), max_length=20)
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        constraints = [models.UniqueConstraint(fields=["vraagstuk", "kind"], name="one_consent_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.given}"
