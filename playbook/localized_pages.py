"""Linked pages in the visitor's language, each list in one query however many pages it holds.

`page.localized` costs a Locale query and a page query per page; these helpers ask the
database once for every page's live translation in the active language instead, with
the same outcome: the live translation where one exists, else the page itself, live
pages only.
"""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import PageViewRestriction


def active_language_code():
    """The content language Wagtail's Locale.get_active() would pick, without querying."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def live_translations_in_active_language(model, translation_keys):
    """Live pages of model in the active language with one of translation_keys (a list or subquery)."""
    return model.objects.filter(
        translation_key__in=translation_keys, locale__language_code=active_language_code(), live=True
    )


def localized_live_pages(pages):
    """Each page of the queryset `pages` as `page.localized`, keeping only live ones, in one query.

    A page in another language whose translation in the active language is live becomes that
    translation, so a page and its translation both in `pages` are listed once.
    """
    model = pages.model
    live_translation = live_translations_in_active_language(model, [OuterRef("translation_key")])
    # Both branches share the translation keys of `pages`; filtering on them outside the OR
    # lets PostgreSQL look the few candidates up by index instead of testing every page.
    return model.objects.filter(live=True, translation_key__in=pages.values("translation_key")).filter(
        Q(locale__language_code=active_language_code())
        | Q(pk__in=pages.values("pk")) & ~Exists(live_translation)
    )


def in_public_section():
    """Filter for pages outside every private section, as PageQuerySet.public() without its
    query for all restrictions: a page is private when a restriction sits on it or an ancestor."""
    return ~Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))
