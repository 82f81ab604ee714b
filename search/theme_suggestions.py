"""Autocomplete suggests themes too: a theme whose name (in the visitor's language) has words
starting with what was typed leads to the case-study listing filtered by it.

Only themes that file at least one public case study in the visitor's language are suggested,
so a suggestion never leads to an empty listing; the listing itself is the public one of that
language (portal.public), or there are no theme suggestions.
"""

import unicodedata
from urllib.parse import urlencode

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.models import Theme
from portal.public import public_pages


def folded(text):
    """Lowercase without accents: "Ééngezinswoning" and "eengezins" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def matches(name, terms):
    words = folded(name).split()
    return all(any(word.startswith(term) for word in words) for term in terms)


def theme_suggestions(terms, request, limit):
    """[{"title", "url", "type"}] for the themes matching every one of `terms` as a word prefix."""
    terms = [folded(term) for term in terms]
    themes = [theme for theme in Theme.objects.in_active_locale() if matches(theme.name, terms)]
    library = public_pages(CaseStudyIndexPage.objects.all()).first() if themes else None
    if library is None:
        return []
    keys = {theme.translation_key for theme in themes}
    in_use = set(
        public_pages(CaseStudyPage.objects.filter(themes__translation_key__in=keys))
        .filter(themes__translation_key__in=keys)
        .values_list("themes__translation_key", flat=True)
    )
    listing = library.get_url(request)
    return [
        {
            "title": theme.name,
            "url": f"{listing}?{urlencode({'theme': theme.key})}",
            "type": str(Theme._meta.verbose_name),
        }
        for theme in themes
        if theme.translation_key in in_use
    ][:limit]
