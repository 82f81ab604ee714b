"""The published case catalogue of one language as open data (CSV and JSON).

Only live, public cases of the language tree are listed, filtered as the listing
they were downloaded from (casestudies.facets.CaseListing); contact e-mail addresses
stay out (they are on the pages for people, not for harvesting).
"""

import csv

from portal.spreadsheet_cells import safe_cell

from .labels import TaxonomyLabels

CSV_COLUMNS = [
    "id", "translation_key", "language", "url", "title", "summary", "place", "place_name",
    "neighbourhood", "themes", "institutions", "institution_types", "education_format",
    "csl_intensity", "start_date", "end_date", "period_in_years", "budget_eur", "funding", "partners",
    "first_published_at", "last_published_at",
]  # fmt: skip


def catalogue_rows(cases, request):
    """One row per case of `cases` (the published cases a listing matches), newest first."""
    labels = TaxonomyLabels()
    cases = (
        cases.select_related("place", "locale")
        .prefetch_related("themes", "institutions", "partners__organisation_type")
        .order_by("-first_published_at", "pk")
    )
    rows = []
    for case in cases:
        institutions = list(case.institutions.all())
        rows.append(
            {
                "id": case.pk,
                "translation_key": str(case.translation_key),
                "language": case.locale.language_code,
                "url": case.get_full_url(request),
                "title": case.title,
                "summary": case.summary,
                "place": case.place.key if case.place else None,
                "place_name": labels.name("place", case.place.key) if case.place else None,
                "neighbourhood": case.neighbourhood,
                "themes": sorted(theme.key for theme in case.themes.all()),
                "institutions": sorted(institution.key for institution in institutions),
                "institution_types": sorted({institution.kind for institution in institutions}),
                "education_format": case.education_format or None,
                "csl_intensity": case.csl_intensity or None,
                "start_date": case.start_date.isoformat() if case.start_date else None,
                "end_date": case.end_date.isoformat() if case.end_date else None,
                # True when the sources give years only: the dates are then 1 January and 31 December.
                "period_in_years": case.period_in_years,
                "budget_eur": str(case.budget) if case.budget is not None else None,
                "funding": case.funding,
                "partners": [
                    partner.name or labels.name("organisation_type", partner.organisation_type.key)
                    for partner in case.partners.all()
                ],
                "first_published_at": case.first_published_at.isoformat()
                if case.first_published_at
                else None,
                "last_published_at": case.last_published_at.isoformat() if case.last_published_at else None,
            }
        )
    return rows


def csv_cell(value):
    if isinstance(value, list):
        value = "; ".join(value)
    if value is None:
        return ""
    return safe_cell(str(value))


def catalogue_csv(rows, output):
    writer = csv.writer(output)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in CSV_COLUMNS])
