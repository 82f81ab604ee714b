"""What a case study is found by besides its own text: the names of what it is filed under.

Both language versions of a case share the Dutch taxonomy rows (see case_study.py), so indexing
the rows' own names would put Dutch theme names on English pages: an English search for
"Loneliness" would miss the English cases filed under it. Each page is indexed with the names in
its own language instead (the Dutch name where a row has no translation yet), and with the label
of its education format in that language, so the search backend stems them with the rules of
that language. (The intensity labels, "low" and the like, would only add noise.)
"""

from django.utils import translation

from portal.models import EducationFormat, Institution, Place, Theme


def pks_of(relation):
    """Primary keys of a (parental) many-to-many relation, also for a page not saved yet."""
    return [row.pk for row in relation.all()]


class TaxonomySearchTerms:
    """Search-index values of CaseStudyPage (see its search_fields)."""

    def theme_names(self):
        return " ".join(Theme.objects.filter(pk__in=pks_of(self.themes)).names_in(self.locale))

    def taxonomy_names(self):
        names = [
            self.theme_names(),
            *Institution.objects.filter(pk__in=pks_of(self.institutions)).names_in(self.locale),
            *Place.objects.filter(pk=self.place_id).names_in(self.locale),
        ]
        education_format = dict(EducationFormat.choices).get(self.education_format)
        if education_format:
            with translation.override(self.locale.language_code):
                names.append(str(education_format))
        return " ".join(name for name in names if name)
