"""Names of taxonomy keys in the reader's language, with the Dutch name as fallback.

Case studies link to the Dutch taxonomy rows (both language versions share them),
so what a visitor reads is looked up by key: one query per taxonomy per request.
"""

from django.conf import settings
from django.utils.translation import get_language

from portal.models import Institution, OrganisationType, Place, Theme


def names_by_key(model, keys=None):
    """{key: name} in the active language; keys without a translation keep their Dutch name."""
    languages = [settings.LANGUAGE_CODE, get_language()]
    rows = model.objects.filter(locale__language_code__in=languages)
    if keys is not None:
        rows = rows.filter(key__in=keys)
    names = {}
    for key, name, language in rows.order_by().values_list("key", "name", "locale__language_code"):
        if language == languages[-1] or key not in names:
            names[key] = name
    return names


class TaxonomyLabels:
    """Lazily loaded key-to-name maps for the taxonomies a page shows."""

    models = {
        "theme": Theme,
        "place": Place,
        "institution": Institution,
        "organisation_type": OrganisationType,
    }

    def __init__(self):
        self._names = {}

    def names(self, taxonomy):
        if taxonomy not in self._names:
            self._names[taxonomy] = names_by_key(self.models[taxonomy])
        return self._names[taxonomy]

    def name(self, taxonomy, key):
        return self.names(taxonomy).get(key, key)
