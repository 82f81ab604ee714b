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


def theme_names(case_study):
    return " ".join(Theme.objects.filter(pk__in=pks_of(case_study.themes)).names_in(case_study.locale))


def taxonomy_names(case_study):
    locale = case_study.locale
    names = [
        theme_names(case_study),
        *Institution.objects.filter(pk__in=pks_of(case_study.institutions)).names_in(locale),
        *Place.objects.filter(pk=case_study.place_id).names_in(locale),
    ]
    education_format = dict(EducationFormat.choices).get(case_study.education_format)
    if education_format:
        with translation.override(locale.language_code):
            names.append(str(education_format))
    return " ".join(name for name in names if name)
