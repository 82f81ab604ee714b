"""The two editorial reports under Reports in the Wagtail admin.

Both list plain Python rows (not a queryset), filtered by `?status=` / `?issue=`
links above the table, paginated and exportable to XLSX/CSV like Wagtail's own
reports. Anyone who may add, edit or publish pages may open them.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..spreadsheet_cells import safe_cell
from .content_health import ISSUE_LABELS, health_issues
from .translation_status import STATUS_LABELS, TranslationReport


class FilteredRowsReportView(ReportView):
    """A report over a list of rows with one choice filter rendered as links."""

    results_template_name = "portal/reports/filtered_results.html"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    filter_param = ""
    filter_choices = {}
    filter_label = ""

    def get_rows(self):
        raise NotImplementedError

    def row_value(self, row):
        return getattr(row, self.filter_param)

    @property
    def active_choice(self):
        value = self.request.GET.get(self.filter_param, "")
        return value if value in self.filter_choices else ""

    def get_queryset(self):
        rows = self.get_rows()
        if self.active_choice:
            rows = [row for row in rows if self.row_value(row) == self.active_choice]
        return rows

    def get_filename(self):
        return f"{self.export_basename}-{datetime.date.today():%Y-%m-%d}"

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # A page title comes from editors, or from a partner via the knowledge cycle.
        return safe_cell(value)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filter_param"] = self.filter_param
        context["filter_label"] = self.filter_label
        context["filter_choices"] = list(self.filter_choices.items())
        context["active_choice"] = self.active_choice
        return context


class TranslationStatusView(FilteredRowsReportView):
    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    index_url_name = "portal_reports:translation_status"
    index_results_url_name = "portal_reports:translation_status_results"
    filter_param = "status"
    filter_choices = STATUS_LABELS
    filter_label = _("Status")
    export_basename = "translation-status"
    columns = [
        TitleColumn("title", label=_("Source"), get_url=lambda row: row.source_edit_url),
        Column("kind_label", label=_("Kind")),
        Column("type_name", label=_("Type")),
        Column("source_language", label=_("From")),
        Column("target_language", label=_("To")),
        Column("status_label", label=_("Status")),
        DateColumn("source_changed_at", label=_("Source changed")),
        DateColumn("translation_changed_at", label=_("Translation changed")),
        TitleColumn("action_label", label=_("Action"), get_url=lambda row: row.action_url),
    ]
    list_export = [
        "title",
        "kind",
        "type_name",
        "source_language",
        "target_language",
        "status",
        "translation_live",
        "source_changed_at",
        "translation_changed_at",
    ]
    export_headings = {
        "title": _("Source"),
        "kind": _("Kind"),
        "type_name": _("Type"),
        "source_language": _("From"),
        "target_language": _("To"),
        "status": _("Status"),
        "translation_live": _("Translation live"),
        "source_changed_at": _("Source changed"),
        "translation_changed_at": _("Translation changed"),
    }

    def get_rows(self):
        return TranslationReport().rows()


class ContentHealthView(FilteredRowsReportView):
    page_title = _("Content health")
    header_icon = "warning"
    index_url_name = "portal_reports:content_health"
    index_results_url_name = "portal_reports:content_health_results"
    filter_param = "issue"
    filter_choices = ISSUE_LABELS
    filter_label = _("Problem")
    export_basename = "content-health"
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
        Column("type_name", label=_("Type")),
        Column("issue_label", label=_("Problem")),
        Column("detail", label=_("Details")),
    ]
    list_export = ["title", "type_name", "issue", "detail"]
    export_headings = {
        "title": _("Title"),
        "type_name": _("Type"),
        "issue": _("Problem"),
        "detail": _("Details"),
    }

    def get_rows(self):
        return health_issues()
