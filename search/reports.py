"""Popular and zero-result searches: for the zero-results page and the editors' report in the admin."""

import datetime

from django.conf import settings
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import SearchTerm

REPORT_DAYS = 30
REPORT_ROWS = 50
# The editors who manage promoted search results are the ones who act on this report.
REPORT_PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def search_totals(language, days=REPORT_DAYS):
    since = timezone.localdate() - datetime.timedelta(days=days)
    return (
        SearchTerm.objects.filter(language=language, date__gte=since)
        .values("query")
        .annotate(searches=Sum("searches"), zero_result_searches=Sum("zero_result_searches"))
    )


def popular_queries(language, days=REPORT_DAYS):
    """Most searched texts that found something (the zero-results page links to them)."""
    totals = search_totals(language, days).order_by("-searches", "query")
    return [row for row in totals[:REPORT_ROWS] if row["zero_result_searches"] < row["searches"]]


def zero_result_queries(language, days=REPORT_DAYS):
    totals = search_totals(language, days).filter(zero_result_searches__gt=0)
    return list(totals.order_by("-zero_result_searches", "query")[:REPORT_ROWS])


class SearchTermsReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """What visitors searched for in the last 30 days, per language; no personal data is kept."""

    permission_required = REPORT_PERMISSION
    raise_exception = True
    template_name = "search/admin/search_terms_report.html"
    page_title = _("Search terms")
    header_icon = "search"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        languages = dict(settings.LANGUAGES)
        language = self.request.GET.get("language")
        if language not in languages:
            language = settings.LANGUAGE_CODE
        return super().get_context_data(
            **kwargs,
            languages=languages.items(),
            language=language,
            days=REPORT_DAYS,
            popular=search_totals(language).order_by("-searches", "query")[:REPORT_ROWS],
            zero_results=zero_result_queries(language),
        )
