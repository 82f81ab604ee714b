from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import REPORT_PERMISSION, SearchTermsReportView


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_terms_report_url():
    return [path("reports/search-terms/", SearchTermsReportView.as_view(), name="search_terms_report")]


@hooks.register("register_reports_menu_item")
def register_search_terms_report_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"), reverse("search_terms_report"), icon_name="search", order=900
    )
