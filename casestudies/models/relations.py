"""The rows a case study owns: its partner organisations."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey


def default_language_rows():
    """Editors pick taxonomy rows of the default language; keys make them language-independent."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class CaseStudyPartner(Orderable):
    """A partner organisation: its proper name, the same in both languages, and its type, named in
    the reader's language. A partner without a proper name of its own (the residents of a
    neighbourhood, its library) is left unnamed: a Dutch description here would be shown on the
    English page, so its type alone names it."""

    page = ParentalKey("casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(
        _("name"),
        max_length=160,
        blank=True,
        help_text=_(
            "The organisation's own name, shown in both languages. Leave it empty for a partner "
            "without one (residents, a neighbourhood library): its type then names it."
        ),
    )
    organisation_type = models.ForeignKey(
        "portal.OrganisationType",
        verbose_name=_("type of organisation"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_language_rows,
    )

    # A list, not a snippet chooser: its choices are named in the editor's language
    # (casestudies.forms), where a chooser would show the Dutch row's name.
    panels = [FieldPanel("name"), FieldPanel("organisation_type", widget=forms.Select)]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name or str(self.organisation_type)
