"""The one rule for what the public may see of the page tree.

A page is public when it is live and neither it nor any of its ancestors carries a view
restriction (private, password or groups). Every list a visitor sees (menus, the language
switcher, section cards, linked and related pages, listings and their counts, search, the
sitemap, feeds, the API and the open-data exports) is built through this module. A page
itself is served by Wagtail only past its own view-restriction check, which applies the same
rule (portal.page_cache relies on it).
"""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.db.models.lookups import StartsWith
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction


def active_language_code():
    """The content language Wagtail's Locale.get_active() would pick, without a query."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def under_view_restriction(path_field="path"):
    """True for a page at or below a page with a view restriction.

    Wagtail's `PageQuerySet.public()` loads every restriction first; this is the same rule
    evaluated inside the query, so a list costs one query however long it is.
    """
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef(path_field), F("page__path"))))


def view_restrictions_of(page):
    """The view restrictions Wagtail checks before serving `page`, in one query instead of two:
    those of the page and of each ancestor, an alias answering with its source's."""
    chain = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    sources = Page.objects.filter(path__in=chain).values(source=Coalesce("alias_of_id", "id"))
    return PageViewRestriction.objects.filter(page_id__in=sources)


def public_pages(queryset=None, *, any_language=False, searchable=False):
    """The pages of `queryset` (all pages when None) the public may see, in the active
    language unless `any_language` (the language switcher and the sitemap need every one).

    `searchable` gives the same rule in the form every search backend can filter on
    (Elasticsearch cannot evaluate a subquery): Wagtail's own `.public()` and the Locale row.
    """
    pages = (Page.objects.all() if queryset is None else queryset).live()
    if searchable:
        pages = pages.public()
        return pages if any_language else pages.filter(locale=Locale.get_active())
    pages = pages.exclude(under_view_restriction())
    return pages if any_language else pages.filter(locale__language_code=active_language_code())


def public_in_active_language(pages):
    """Each page of the queryset `pages` in the visitor's language, public ones only, one query.

    A page whose translation in the active language is public becomes that translation (so a
    page and its translation both in `pages` are listed once); a page without one is kept in
    its own language (the fallback) when it is public itself.
    """
    model = pages.model
    translated = public_pages(model.objects.filter(translation_key=OuterRef("translation_key")))
    return public_pages(
        model.objects.filter(translation_key__in=pages.values("translation_key")), any_language=True
    ).filter(
        Q(locale__language_code=active_language_code()) | Q(pk__in=pages.values("pk")) & ~Exists(translated)
    )
