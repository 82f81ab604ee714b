"""Education offers (what courses can take up) and matches between them and questions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from portal.models import EducationFormat, Institution, InstitutionType

from .vraagstuk import Vraagstuk


def unknown_level_message():
    return _("Choose a level of education from the list: %(levels)s.") % {
        "levels": ", ".join(str(label) for label in InstitutionType.labels)
    }


class EducationOfferQuerySet(models.QuerySet):
    def with_remaining_capacity(self):
        accepted = Count("matches", filter=Q(matches__status=MatchStatus.ACCEPTED))
        return self.annotate(remaining=models.F("capacity") - accepted)


class EducationOffer(models.Model):
    """A course, internship or thesis slot that can take up questions in a period."""

    institution = models.ForeignKey(
        "portal.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    programme = models.CharField(_("programme"), max_length=200, help_text=_("e.g. Sociologie (bachelor)."))
    course = models.CharField(_("course"), max_length=200)
    # The site's one vocabulary of levels and institution types (portal.models.InstitutionType).
    level = models.CharField(_("level"), max_length=20, choices=InstitutionType.choices)
    education_format = models.CharField(_("format"), max_length=30, choices=EducationFormat.choices)
    academic_year = models.CharField(_("academic year"), max_length=9, help_text=_("e.g. 2026-2027."))
    period = models.CharField(_("period"), max_length=60, help_text=_("e.g. semester 2 or quarter 3."))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    disciplines = models.CharField(
        _("disciplines"),
        max_length=300,
        blank=True,
        help_text=_("Separated by commas, e.g. sociology, design."),
    )
    themes = models.ManyToManyField(
        "portal.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), default=1, help_text=_("How many questions it can take up.")
    )
    contact_name = models.CharField(_("contact teacher"), max_length=200)
    contact_email = models.EmailField(_("contact teacher's e-mail"))
    is_open = models.BooleanField(_("open"), default=True, help_text=_("Closed offers are not matched."))
    # The teacher who owns the offer sees the pool through it and proposes matches from it.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="education_offers",
        help_text=_("The teacher who may propose matches from this offer."),
    )

    objects = EducationOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("education offer")
        verbose_name_plural = _("education offers")
        ordering = ["starts_on", "course"]
        constraints = [
            models.CheckConstraint(
                condition=Q(level__in=InstitutionType.values),
                # The database refuses what bypasses clean(): imports, scripts, bulk updates.
                name="offer_level_in_vocabulary",
            )
        ]

    def __str__(self):
        return f"{self.course} ({self.period} {self.academic_year})"

    def clean(self):
        super().clean()
        if self.level not in InstitutionType.values:
            raise ValidationError({"level": unknown_level_message()})
        institution = Institution.objects.filter(pk=self.institution_id).first()
        if institution and institution.kind != self.level:
            raise ValidationError(
                {
                    "level": _("The level must be the type of %(institution)s: %(kind)s.")
                    % {"institution": institution.name, "kind": InstitutionType(institution.kind).label}
                }
            )

    @property
    def remaining_capacity(self):
        return self.capacity - self.matches.filter(status=MatchStatus.ACCEPTED).count()


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Match(models.Model):
    vraagstuk = models.ForeignKey(Vraagstuk, on_delete=models.CASCADE, related_name="matches")
    offer = models.ForeignKey(EducationOffer, on_delete=models.PROTECT, related_name="matches")
    status = models.CharField(
        _("status"), max_length=20, choices=MatchStatus.choices, default=MatchStatus.PROPOSED
    )
    reasons = models.JSONField(_("why it fits"), default=list, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["vraagstuk", "offer"], name="one_match_per_offer")]
        permissions = [("propose_from_own_offer", _("Can propose matches from own education offers"))]

    def __str__(self):
        return f"{self.vraagstuk.reference} ↔ {self.offer}"
