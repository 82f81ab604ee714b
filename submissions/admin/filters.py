"""Filters of the triage list: status, theme, place, language, age, overdue."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from portal.models import Place, Theme

from ..models import Status, Vraagstuk
from ..triage.overdue import overdue_q
from ..triage.people import coordinators

AGE_CHOICES = [
    ("week", _("Less than a week")),
    ("month", _("Less than a month")),
    ("quarter", _("Less than three months")),
    ("older", _("Three months or more")),
]
AGE_DAYS = {"week": 7, "month": 30, "quarter": 91}


def default_language(model):
    # Questions store the default-language rows of each taxonomy (see intake.canonical).
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")


class VraagstukFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(label=_("Status"), choices=Status.choices)
    themes = django_filters.ModelMultipleChoiceFilter(
        label=_("Themes"), queryset=lambda request: default_language(Theme)
    )
    place = django_filters.ModelChoiceFilter(
        label=_("Place"), queryset=lambda request: default_language(Place)
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=lambda request: coordinators(), null_label=_("Nobody")
    )
    mine = django_filters.BooleanFilter(label=_("Assigned to me"), method="filter_mine")
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGE_CHOICES, method="filter_age")
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")

    class Meta:
        model = Vraagstuk
        fields = ["status", "themes", "place", "assignee", "language"]

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        if value == "older":
            return queryset.filter(created_at__lte=now - timedelta(days=AGE_DAYS["quarter"]))
        return queryset.filter(created_at__gt=now - timedelta(days=AGE_DAYS[value]))

    def filter_mine(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(assignee=self.request.user)

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(overdue_q()) if value else queryset.exclude(overdue_q())
