"""Names of taxonomy keys in the reader's language, with the Dutch name as fallback
(portal.localized.names_by_key).

Case studies link to the Dutch taxonomy rows (both language versions share them),
so what a visitor reads is looked up by key: one query per taxonomy per request.
"""

from portal.localized import names_by_key
from portal.models import Institution, OrganisationType, Place, Theme


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
