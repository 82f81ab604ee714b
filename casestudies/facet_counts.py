"""Facet counts computed by PostgreSQL in one query, whatever the number of cases.

Each facet's filter is one definition, `case_ids_with()`: a query of the ids of the
cases that have any of the selected values (OR within a facet). The listing filters
its page with it (AND across facets), and the count query below evaluates it once per
facet as a flag on every published case. The count of a value is then the number of
cases having that value whose flags for all OTHER facets are true:

    count(*) FILTER (WHERE place_ok AND institution_type_ok AND ...)   -- for a theme's row

grouped by (facet, value) over one row per case and value. Every value any published
case has comes back (with 0 where the other facets exclude it), so the same query says
which values exist; the row ('', '') counts the cases matching every facet.
"""

import datetime
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import connection
from django.db.models import Q, Value

from wagtail.models import Locale

from portal.localized import fallback_languages
from portal.models import Institution, Place, Theme

from .models.case_study import CaseStudyPage

FACETS = ("theme", "place", "institution_type", "format", "intensity", "year")
THEMES = CaseStudyPage.themes.through
INSTITUTIONS = CaseStudyPage.institutions.through


def year_filter(years):
    """Cases that ran in any of these years: started by its end and ended (or started) after its start."""
    return reduce(
        or_,
        (
            Q(start_date__lte=datetime.date(year, 12, 31))
            & (
                Q(end_date__gte=datetime.date(year, 1, 1))
                | Q(end_date__isnull=True, start_date__gte=datetime.date(year, 1, 1))
            )
            for year in sorted(int(year) for year in years)
        ),
    )


def case_ids_with(param, values):
    """The ids of all cases (of any language, live or not) with one of `values` in facet `param`."""
    cases = CaseStudyPage.objects.order_by()
    queries = {
        "theme": lambda: THEMES.objects.filter(theme__key__in=values).values("casestudypage_id"),
        # Through the place ids, so PostgreSQL can use the index on place_id.
        "place": lambda: cases.filter(place_id__in=Place.objects.filter(key__in=values).values("pk")).values(
            "pk"
        ),
        "institution_type": lambda: INSTITUTIONS.objects.filter(institution__kind__in=values).values(
            "casestudypage_id"
        ),
        "format": lambda: cases.filter(education_format__in=values).values("pk"),
        "intensity": lambda: cases.filter(csl_intensity__in=values).values("pk"),
        "year": lambda: cases.filter(year_filter(values)).values("pk"),
    }
    return queries[param]().order_by()


def known_keys(cases, themes, places):
    """{(facet, key)}: which of these theme and place keys some case in `cases` has, in one query."""
    theme_keys = (
        THEMES.objects.filter(casestudypage__in=cases.order_by().values("pk"), theme__key__in=themes)
        .annotate(facet=Value("theme"))
        .values_list("theme__key", "facet")
    )
    place_keys = (
        cases.filter(place__key__in=places).annotate(facet=Value("place")).values_list("place__key", "facet")
    )
    return {(facet, key) for key, facet in theme_keys.order_by().union(place_keys.order_by())}


@dataclass
class FacetCounts:
    """counts[facet][value] for every value a case in `cases` has; names of themes and places."""

    counts: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)
    total: int = 0


def sql_of(queryset):
    return queryset.query.sql_with_params()


def table(model):
    return connection.ops.quote_name(model._meta.db_table)


def column(model, name):
    return connection.ops.quote_name(model._meta.get_field(name).column)


def count_facets(cases, selected):
    """One query: the counts of every facet value under `selected` ({facet: set of values})."""
    if connection.vendor != "postgresql":
        return count_facets_in_python(cases, selected)
    flags, flag_params = [], []
    for param in FACETS:
        if selected.get(param):
            sql, params = sql_of(case_ids_with(param, selected[param]))
            flags.append(f"c.{column(CaseStudyPage, 'page_ptr')} IN ({sql}) AS {param}_ok")
            flag_params += params
        else:
            flags.append(f"TRUE AS {param}_ok")
    base_sql, base_params = sql_of(cases.order_by().values("pk"))

    def others(facet):
        """Whether a row of this facet counts: the case passes every OTHER facet's filter."""
        return " AND ".join(f"m.{param}_ok" for param in FACETS if param != facet) + " AS counted"

    case = CaseStudyPage
    query = f"""
        WITH cases AS (
            SELECT c.{column(case, "page_ptr")} AS id, c.{column(case, "place")} AS place_id,
                   c.{column(case, "education_format")} AS format, c.{column(case, "csl_intensity")} AS intensity,
                   c.{column(case, "start_date")} AS start_date,
                   COALESCE(c.{column(case, "end_date")}, c.{column(case, "start_date")}) AS end_date,
                   {", ".join(flags)}
            FROM {table(case)} c WHERE c.{column(case, "page_ptr")} IN ({base_sql})
        ),
        facet_values AS (
            SELECT DISTINCT 'theme' AS facet, t.{column(Theme, "key")} AS value, m.id, {others("theme")}
                FROM cases m
                JOIN {table(THEMES)} ct ON ct.{column(THEMES, "casestudypage")} = m.id
                JOIN {table(Theme)} t ON t.id = ct.{column(THEMES, "theme")}
            UNION ALL
            SELECT 'place', p.{column(Place, "key")}, m.id, {others("place")} FROM cases m
                JOIN {table(Place)} p ON p.id = m.place_id WHERE p.{column(Place, "key")} <> ''
            UNION ALL
            SELECT DISTINCT 'institution_type', i.{column(Institution, "kind")}, m.id, {others("institution_type")}
                FROM cases m
                JOIN {table(INSTITUTIONS)} ci ON ci.{column(INSTITUTIONS, "casestudypage")} = m.id
                JOIN {table(Institution)} i ON i.id = ci.{column(INSTITUTIONS, "institution")}
            UNION ALL
            SELECT 'format', m.format, m.id, {others("format")} FROM cases m WHERE m.format <> ''
            UNION ALL
            SELECT 'intensity', m.intensity, m.id, {others("intensity")} FROM cases m WHERE m.intensity <> ''
            UNION ALL
            SELECT 'year', EXTRACT(YEAR FROM m.start_date)::int || '-' || EXTRACT(YEAR FROM m.end_date)::int,
                m.id, {others("year")} FROM cases m WHERE m.start_date IS NOT NULL
            UNION ALL
            SELECT '', '', m.id, {others("")} FROM cases m
        )
        SELECT v.facet, v.value, COUNT(*) FILTER (WHERE v.counted),
            CASE v.facet WHEN 'theme' THEN {name_sql(Theme)} WHEN 'place' THEN {name_sql(Place)} END
        FROM facet_values v
        GROUP BY v.facet, v.value
    """  # noqa: S608 (only quoted names from _meta and compiled ORM SQL; every value is a parameter)
    languages = fallback_languages()[::-1]  # name_sql's COALESCE tries the first one first
    with connection.cursor() as cursor:
        cursor.execute(query, [*flag_params, *base_params, *languages, *languages])
        rows = cursor.fetchall()
    result = FacetCounts(counts={param: {} for param in FACETS}, names={"theme": {}, "place": {}})
    for facet, value, count, name in rows:
        if not facet:
            result.total = count
        elif facet == "year":
            add_years(result.counts["year"], value, count)
        else:
            result.counts[facet][value] = count
            if facet in result.names:
                result.names[facet][value] = name
    return result


def count_facets_in_python(cases, selected):
    """The same counts from plain ORM queries, counted in Python: for the SQLite quick start,
    where the PostgreSQL query above does not run. Meant for a demo's few hundred cases."""
    ids = list(cases.order_by().values_list("pk", flat=True))
    values = {pk: {facet: set() for facet in FACETS} for pk in ids}
    for pk, key in THEMES.objects.filter(casestudypage_id__in=ids).values_list(
        "casestudypage_id", "theme__key"
    ):
        values[pk]["theme"].add(key)
    for pk, kind in INSTITUTIONS.objects.filter(casestudypage_id__in=ids).values_list(
        "casestudypage_id", "institution__kind"
    ):
        values[pk]["institution_type"].add(kind)
    columns = ("pk", "place__key", "education_format", "csl_intensity", "start_date", "end_date")
    for pk, place, education_format, intensity, start, end in CaseStudyPage.objects.filter(
        pk__in=ids
    ).values_list(*columns):
        case = values[pk]
        case["place"].update({place} - {None, ""})
        case["format"].update({education_format} - {None, ""})
        case["intensity"].update({intensity} - {None, ""})
        if start:
            case["year"].update(str(year) for year in range(start.year, (end or start).year + 1))

    def passes(case, except_facet):
        return all(
            not selected.get(facet) or case[facet] & set(selected[facet])
            for facet in FACETS
            if facet != except_facet
        )

    result = FacetCounts(counts={param: {} for param in FACETS}, names={"theme": {}, "place": {}})
    for case in values.values():
        for facet in FACETS:
            counted = passes(case, facet)
            for value in case[facet]:
                result.counts[facet][value] = result.counts[facet].get(value, 0) + counted
        result.total += passes(case, None)
    for facet, model in (("theme", Theme), ("place", Place)):
        for language in fallback_languages():  # the active language wins
            rows = model.objects.filter(key__in=result.counts[facet], locale__language_code=language)
            result.names[facet].update(rows.values_list("key", "name"))
    return result


def add_years(counts, span, count):
    """Count the cases of a span of years ("2019-2021") in each of its years.

    Spans rather than one row per year keep the query free of generate_series(), whose
    row estimate (1,000 per case) makes PostgreSQL's planner JIT-compile it for seconds.
    """
    first, last = (int(year) for year in span.split("-"))
    for year in range(first, last + 1):
        counts[str(year)] = counts.get(str(year), 0) + count


def name_sql(model):
    """The row's name in the active language, else in the default one."""

    def name_in():
        return (  # quoted names from _meta; the language is a parameter
            f"(SELECT n.{column(model, 'name')} FROM {table(model)} n WHERE n.{column(model, 'key')} = v.value "  # noqa: S608
            f"AND n.{column(model, 'locale')} = (SELECT l.id FROM {table(Locale)} l WHERE l.language_code = %s) "
            "LIMIT 1)"
        )

    return f"COALESCE({name_in()}, {name_in()})"
