from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import Footer, Institution, NavigationMenu, OrganisationType, Place, Theme


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
