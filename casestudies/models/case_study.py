"""A praktijkvoorbeeld: who did what with which students, where, when, and what they learned.

Taxonomies (themes, place, institutions, partner types) are chosen from the Dutch
rows; both language versions share them (wagtail-localize synchronises the
relations) and pages show each one's name in the reader's language by its key.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers

from portal.models import BasePage, CSLIntensity, EducationFormat

from ..blocks import CaseStudyBodyBlock
from ..detail import CaseStudyDetail
from ..forms import CaseStudyPageForm
from . import search_terms
from .relations import default_language_rows


class KeysField(serializers.Field):
    """A relation in the API as its language-independent keys (the same as in filter URLs)."""

    def to_representation(self, value):
        return sorted(item.key for item in value.all())


class PlaceKeyField(serializers.Field):
    def to_representation(self, value):
        return value.key if value else None


class CaseStudyPage(BasePage):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only a real photo of the project; leave empty rather than use a stock photo."),
    )
    place = models.ForeignKey(
        "portal.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="case_studies",
        limit_choices_to=default_language_rows,
        help_text=_("The city or municipality where the project took place."),
    )
    neighbourhood = models.CharField(
        _("neighbourhood"), max_length=120, blank=True, help_text=_("For example Leiden-Noord.")
    )
    themes = ParentalManyToManyField(
        "portal.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="case_studies",
        limit_choices_to=default_language_rows,
        help_text=_("The societal themes the project worked on."),
    )
    institutions = ParentalManyToManyField(
        "portal.Institution",
        verbose_name=_("educational institutions"),
        blank=True,
        related_name="case_studies",
        limit_choices_to=default_language_rows,
        help_text=_("Schools, universities and colleges whose students or staff took part."),
    )
    education_format = models.CharField(
        _("education format"),
        max_length=30,
        choices=EducationFormat.choices,
        blank=True,
        help_text=_("How the work fitted into education."),
    )
    csl_intensity = models.CharField(
        _("community service-learning intensity"),
        max_length=20,
        choices=CSLIntensity.choices,
        blank=True,
        help_text=_("Low: a short contact; medium: a course assignment; intensive: a long partnership."),
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("When the project started; leave empty if unknown."),
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while the project is running.")
    )
    period_in_years = models.BooleanField(
        _("known to the year only"),
        default=False,
        help_text=_(
            "Tick when the sources give years but no days: the page shows the years, and the dates "
            "(1 January, 31 December) serve the year filter only."
        ),
    )
    period_note = models.CharField(
        _("note on the period"),
        max_length=200,
        blank=True,
        help_text=_("For example why the project was extended."),
    )
    budget = models.DecimalField(
        _("budget in euro"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Total project budget; leave empty when unknown."),
    )
    funding = models.TextField(
        _("funding"), blank=True, help_text=_("Who paid for it, e.g. “80% subsidy from VLAIO”.")
    )
    body = StreamField(
        CaseStudyBodyBlock(),
        blank=True,
        verbose_name=_("story"),
        help_text=_("The story of the project: what happened, quotes, tips, obstacles and lessons."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=120, blank=True, help_text=_("Only with that person's consent.")
    )
    contact_role = models.CharField(
        _("contact's role"), max_length=160, blank=True, help_text=_("Job title and organisation.")
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("A work address that readers may write to.")
    )
    vraagstuk_reference = models.CharField(
        _("question reference"),
        max_length=20,
        blank=True,
        help_text=_("When the case came from a submitted question, its reference, e.g. KB-2026-0042."),
    )

    base_form_class = CaseStudyPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("neighbourhood"),
                # Required on publishing (the form says so); a draft may still lack them.
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple, required_on_save=False),
            ],
            heading=_("Where and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("institutions", widget=forms.CheckboxSelectMultiple, required_on_save=False),
                FieldRowPanel([FieldPanel("education_format"), FieldPanel("csl_intensity")]),
            ],
            heading=_("Education"),
        ),
        InlinePanel("partners", heading=_("Partner organisations"), label=_("partner")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("period_in_years"),
                FieldPanel("period_note"),
                FieldPanel("budget"),
                FieldPanel("funding"),
            ],
            heading=_("Period and money"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        FieldPanel("vraagstuk_reference"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("neighbourhood"),
        index.SearchField("funding"),
        # Taxonomy names in the page's own language (search_terms.py), not the shared Dutch rows'.
        index.SearchField("taxonomy_names"),
        index.AutocompleteField("theme_names"),
        index.FilterField("education_format"),
        index.FilterField("csl_intensity"),
        index.FilterField("start_date"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [
        TranslatableField("neighbourhood"),
        TranslatableField("period_note"),
        TranslatableField("funding"),
        TranslatableField("contact_role"),
        SynchronizedField("hero_image"),
        SynchronizedField("place"),
        SynchronizedField("themes"),
        SynchronizedField("institutions"),
        SynchronizedField("partners"),
        SynchronizedField("education_format"),
        SynchronizedField("csl_intensity"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("period_in_years"),
        SynchronizedField("budget"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("vraagstuk_reference"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("place", serializer=PlaceKeyField()),
        APIField("neighbourhood"),
        APIField("themes", serializer=KeysField()),
        APIField("institutions", serializer=KeysField()),
        APIField("education_format"),
        APIField("csl_intensity"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("period_in_years"),
        APIField("budget"),
        APIField("funding"),
        APIField("body"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        # Newest first, read in index order and stopped after a page: related cases sort
        # undated cases first (-start_date), the listing last.
        indexes = [
            models.Index(fields=["-start_date"], name="casestudy_start_date_desc"),
            # The listing's "newest first, undated last" index is PostgreSQL-only (NULLS LAST):
            # migration 0003 creates it there and skips SQLite.
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["detail"] = CaseStudyDetail(self, request)
        return context

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    # Search-index values (search_fields); defined here, on the model, where the search backends
    # look for them.
    def taxonomy_names(self):
        return search_terms.taxonomy_names(self)

    def theme_names(self):
        return search_terms.theme_names(self)

    @property
    def years(self):
        """Every calendar year the project ran in (the year facet matches any of them)."""
        if not self.start_date:
            return []
        return list(range(self.start_date.year, (self.end_date or self.start_date).year + 1))
