from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.admin_reports.views import ContentHealthView, TranslationStatusView
from portal.models import Footer, Institution, NavigationMenu, OrganisationType, Place, Theme
from portal.page_cache import SERVED_PAGE_ATTRIBUTE
from portal.translation_publishing import refuse_publishing_a_translation_of_a_draft


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "key", "locale"]
    search_fields = ["name", "key"]
    ordering = ["name"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class PlaceViewSet(TaxonomyViewSet):
    model = Place
    icon = "site"
    list_display = [*TaxonomyViewSet.list_display, "country"]


class InstitutionViewSet(TaxonomyViewSet):
    model = Institution
    icon = "group"
    list_display = [*TaxonomyViewSet.list_display, "kind"]
    list_filter = ["kind"]


class OrganisationTypeViewSet(TaxonomyViewSet):
    model = OrganisationType
    icon = "folder-open-inverse"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = (ThemeViewSet, PlaceViewSet, InstitutionViewSet, OrganisationTypeViewSet)


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "placeholder"


class SiteChromeGroup(SnippetViewSetGroup):
    menu_label = _("Menu and footer")
    menu_icon = "list-ul"
    menu_order = 310
    items = (NavigationMenuViewSet, FooterViewSet)


register_snippet(TaxonomyGroup)
register_snippet(SiteChromeGroup)


class EditorialReportMenuItem(MenuItem):
    """Shown to whoever may add, edit or publish pages: the reports' own permission."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def register_report_urls():
    report_urls = [
        path("translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
        path("content-health/", ContentHealthView.as_view(), name="content_health"),
        path(
            "content-health/results/",
            ContentHealthView.as_view(results_only=True),
            name="content_health_results",
        ),
    ]
    return [path("editorial-reports/", include((report_urls, "portal_reports")))]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return EditorialReportMenuItem(
        _("Translation status"),
        reverse("portal_reports:translation_status"),
        icon_name="wagtail-localize-language",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_content_health_menu_item():
    return EditorialReportMenuItem(
        _("Content health"), reverse("portal_reports:content_health"), icon_name="warning", order=910
    )


@hooks.register("on_serve_page")
def remember_served_page(serve_page):
    """Wagtail calls this chain only once every before_serve_page hook let the request through,
    its view-restriction check included: the page cache's Cache-Control decision
    (portal.page_cache) then knows the page was served, not a login or password form."""

    def serve(page, request, serve_args, serve_kwargs):
        setattr(request, SERVED_PAGE_ATTRIBUTE, page)
        return serve_page(page, request, serve_args, serve_kwargs)

    return serve


# Before wagtail-localize's own hook, which hands a translation to its translation editor.
hooks.register("before_edit_page", refuse_publishing_a_translation_of_a_draft, order=-10)
