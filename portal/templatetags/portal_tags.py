from django import template
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal import sections
from portal.models import Footer, FooterLink, NavigationItem, NavigationMenu
from portal.page_cache import cached_fragment
from portal.public import public_in_active_language, public_pages

register = template.Library()


def _site_home(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        public_pages(site.root_page.get_translations(inclusive=True), any_language=True)
        .filter(locale__language_code=language_code)
        .first()
    )


def _page_translations(request, page):
    """{language code: (url, full url)} of the public translations of `page`, this one included."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    return {
        translation.locale.language_code: (translation.get_url(request), translation.get_full_url(request))
        for translation in public_pages(translations, any_language=True).select_related("locale")
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language with the address of what the visitor is reading in it.

    For a Wagtail page that is its public translation; where none exists, the home
    page of that language (is_translation is then False, and no hreflang is given).
    For other views (search, the intake form) the same route in the other language;
    error pages offer the home pages.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    if context.get("error_page"):
        translations = {}
    elif isinstance(page, Page) and page.pk:
        translations = _page_translations(request, page)
    else:
        translations = None

    versions = []
    for code, name in settings.LANGUAGES:
        if translations is None:
            url, is_translation = translate_url(request.get_full_path(), code), True
            full_url = request.build_absolute_uri(url)
        elif code in translations:
            (url, full_url), is_translation = translations[code], True
        else:
            home = _site_home(request, code)
            url, is_translation = (home.get_url(request) if home else f"/{code}/"), False
            full_url = request.build_absolute_uri(url)
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_current": code == current,
                "is_translation": is_translation,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def switch_url(context, version):
    """The switcher keeps the query string (e.g. case filters) when changing language."""
    request = context["request"]
    query = request.META.get("QUERY_STRING", "")
    if query and version["is_translation"] and "?" not in version["url"]:
        return f"{version['url']}?{query}"
    return version["url"]


def _linked_pages(rows, request):
    """(title, url) of the page of each of the `rows` (menu items, footer links) in the active
    language, public pages only, in the rows' order: one query."""
    row = rows.filter(page__translation_key=OuterRef("translation_key"))
    pages = public_in_active_language(Page.objects.filter(pk__in=rows.values("page_id"))).annotate(
        row_label=Subquery(row.values("label")[:1]), row_order=Subquery(row.values("sort_order")[:1])
    )
    return [
        {"title": page.row_label or page.title, "url": page.get_url(request)}
        for page in pages.order_by("row_order")
    ]


def _menu_items(request):
    rows = NavigationItem.objects.filter(menu__in=NavigationMenu.objects.in_active_locale())
    return _linked_pages(rows, request)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    host = request.get_host() if request else ""
    items = cached_fragment(request, "menu", [host, get_language()], lambda: _menu_items(request))
    current = context.get("page")
    return {"items": items, "current_url": current.url if isinstance(current, Page) else None}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    """The footer; base.html keeps its HTML in a `{% cache %}` block for public requests."""
    request = context.get("request")
    footer = Footer.objects.in_active_locale().first()
    return {
        "footer": footer,
        "links": _linked_pages(FooterLink.objects.filter(footer=footer), request) if footer else [],
        "settings": context.get("settings"),
        "request": request,
    }


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """Title and address of each ancestor of `page` below Wagtail's root (a page's ancestors are
    public whenever the page is)."""
    request = context.get("request")
    return [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page.get_ancestors()
        if not ancestor.is_root()
    ]


@register.simple_tag(takes_context=True)
def section_cards(context, page):
    """The sections below `page` (portal.sections)."""
    return sections.section_cards(context.get("request"), page)
