"""The one rule for "in the active language, with fallback" for snippets and taxonomies.

Pages have theirs in portal.public (`public_in_active_language`: the public translation in the
visitor's language, else the page itself when public). Snippets (menus, the footer) and taxonomy
rows (themes, places, institutions, organisation types) follow this sibling rule: the rows of
the active language, else those of the default language (Dutch), which every row starts in.
"""

from django.conf import settings
from django.db.models import Subquery
from django.db.models.functions import Coalesce

from wagtail.models import Locale

from .public import active_language_code


def fallback_languages():
    """The languages a taxonomy name is looked for in, the last one winning: the default
    language, then the active one. For lookups that must stay one query (a case's facts,
    facet counts) and so read the rows themselves."""
    return [settings.LANGUAGE_CODE, active_language_code()]


def rows_in_active_language(queryset):
    """The rows of `queryset` in the active language when it has any, else the default language's.

    One query: the locale is chosen inside it, so menus, footers and facets cost no Locale lookups.
    """
    active_rows = queryset.filter(locale__language_code=active_language_code()).values("locale_id")[:1]
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values("id")[:1]
    return queryset.filter(locale_id=Coalesce(Subquery(active_rows), Subquery(default_locale)))


def names_by_key(model, keys=None):
    """{key: name} of a taxonomy in the active language; a key without a translation keeps the
    default language's name. Pages and the admin link the Dutch rows, so names are found by key."""
    languages = fallback_languages()
    rows = model.objects.filter(locale__language_code__in=languages)
    if keys is not None:
        rows = rows.filter(key__in=keys)
    names = {}
    for key, name, language in rows.order_by().values_list("key", "name", "locale__language_code"):
        if language == languages[-1] or key not in names:
            names[key] = name
    return names
