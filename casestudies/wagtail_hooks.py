"""Editors' listing of case studies, filtered by the same facets as the public library."""

from django.conf import settings
from django.db.models import Q
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

import django_filters

from portal.models import CSLIntensity, EducationFormat, InstitutionType, Place, Theme

from .models import CaseStudyPage


def default_language(model):
    """Both language versions of a case link to the Dutch taxonomy rows, so filter on those."""
    return lambda request: model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class CaseStudyFilterSet(PageFilterSet):
    # WagtailFilterSet adds the language filter (?locale=nl) itself.
    themes = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"), queryset=default_language(Theme), widget=CheckboxSelectMultiple, distinct=True
    )
    place = django_filters.ModelMultipleChoiceFilter(
        label=_("Place"), queryset=default_language(Place), widget=CheckboxSelectMultiple
    )
    institution_type = django_filters.MultipleChoiceFilter(
        label=_("Type of institution"),
        field_name="institutions__kind",
        choices=InstitutionType.choices,
        widget=CheckboxSelectMultiple,
        distinct=True,
    )
    education_format = django_filters.MultipleChoiceFilter(
        label=_("Education format"), choices=EducationFormat.choices, widget=CheckboxSelectMultiple
    )
    csl_intensity = django_filters.MultipleChoiceFilter(
        label=_("Service-learning intensity"), choices=CSLIntensity.choices, widget=CheckboxSelectMultiple
    )
    year = django_filters.NumberFilter(label=_("Year"), method="filter_year", min_value=1900, max_value=2100)

    class Meta:
        model = CaseStudyPage
        fields = []

    def filter_year(self, queryset, name, value):
        """Cases that ran in that year, as on the public listing."""
        year = int(value)
        ended_later = Q(end_date__year__gte=year) | Q(end_date__isnull=True, start_date__year=year)
        return queryset.filter(Q(start_date__year__lte=year) & ended_later)


class CaseStudyListingViewSet(PageListingViewSet):
    model = CaseStudyPage
    icon = "doc-full-inverse"
    menu_label = _("Case studies")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = CaseStudyFilterSet
    name = "case_studies"


@hooks.register("register_admin_viewset")
def register_case_study_listing():
    return CaseStudyListingViewSet()
