from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.models import Footer, NavigationMenu

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
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    else:
        translations = None

    versions = []
    for code, name in settings.LANGUAGES:
        if translations is None:
            url, is_translation = translate_url(request.get_full_path(), code), True
            full_url = request.build_absolute_uri(url)
        elif code in translations:
            url, is_translation = translations[code].get_url(request), True
            full_url = translations[code].get_full_url(request)
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


def _localized_snippet(model):
    return model.objects.in_active_locale().first()


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    menu = _localized_snippet(NavigationMenu)
    items = []
    if menu is not None:
        for item in menu.items.select_related("page"):
            page = item.page.localized
            if page.live:
                items.append({"title": item.label or page.title, "url": page.get_url(context.get("request"))})
    current = context.get("page")
    return {"items": items, "current_url": current.url if isinstance(current, Page) else None}


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    footer = _localized_snippet(Footer)
    links = []
    if footer is not None:
        for link in footer.links.select_related("page"):
            page = link.page.localized
            if page.live:
                links.append({"title": link.label or page.title, "url": page.get_url(context.get("request"))})
    return {
        "footer": footer,
        "links": links,
        "settings": context.get("settings"),
        "request": context.get("request"),
    }
