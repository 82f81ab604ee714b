from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal import sections
from portal.fragment_cache import cached_fragment, page_fragment
from portal.models import Footer, FooterLink, NavigationItem, NavigationMenu

register = template.Library()


def _site_home(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        site.root_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )


def _page_translations(request, page):
    """{language code: (url, full url)} of the live translations of `page`, this one included."""
    return {
        translation.locale.language_code: (translation.get_url(request), translation.get_full_url(request))
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language with the address of what the visitor is reading in it.

    For a Wagtail page that is its live translation; where none exists, the home
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
        translations = cached_fragment(
            request, "translations", [request.get_host(), page.pk], lambda: _page_translations(request, page)
        )
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
    """(title, url) of each row's page in the active language, live pages only.

    One query for all rows: pages already in the active language are used as they
    are; for the others (a menu that fell back to Dutch) their live translations
    are looked up together instead of one `.localized` per row.
    """
    language = get_language()
    foreign = [row.page.translation_key for row in rows if row.page.locale.language_code != language]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=foreign, locale__language_code=language)
    }
    links = []
    for row in rows:
        page = translated.get(row.page.translation_key, row.page)
        if page.live:
            links.append({"title": row.label or page.title, "url": page.get_url(request)})
    return links


def _menu_items(request):
    menus = NavigationMenu.objects.in_active_locale()
    rows = NavigationItem.objects.filter(menu__in=menus).select_related("page__locale").order_by("sort_order")
    return _linked_pages(list(rows), request)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    host = request.get_host() if request else ""
    items = cached_fragment(request, "menu", [host, get_language()], lambda: _menu_items(request))
    current = context.get("page")
    return {"items": items, "current_url": current.url if isinstance(current, Page) else None}


def _render_footer(context):
    request = context.get("request")
    footer = Footer.objects.in_active_locale().first()
    rows = FooterLink.objects.filter(footer=footer).select_related("page__locale").order_by("sort_order")
    return render_to_string(
        "components/footer.html",
        {
            "footer": footer,
            "links": _linked_pages(list(rows), request),
            "settings": context.get("settings"),
            "request": request,
        },
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer's HTML, rendered once per language and content generation (rich text included)."""
    request = context.get("request")
    host = request.get_host() if request else ""
    html = cached_fragment(request, "footer", [host, get_language()], lambda: _render_footer(context))
    return mark_safe(html)  # noqa: S308 (our own template output)


def _ancestor_links(request, page):
    return [
        {"title": ancestor.title, "url": ancestor.get_url(request)}
        for ancestor in page.get_ancestors()
        if not ancestor.is_root()
    ]


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """Title and address of each ancestor of `page` below Wagtail's root."""
    request = context.get("request")
    host = request.get_host() if request else ""
    return cached_fragment(request, "breadcrumbs", [host, page.pk], lambda: _ancestor_links(request, page))


@register.simple_tag(takes_context=True)
def section_cards(context, page):
    """The sections below `page` (portal.sections), kept per content generation."""
    request = context.get("request")
    return page_fragment(request, "section-cards", page, lambda: sections.section_cards(request, page))
