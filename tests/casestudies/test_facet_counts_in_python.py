"""The SQLite quick start counts facets in Python; it must agree with PostgreSQL's one query."""

from django.utils import translation

import pytest

from casestudies.facet_counts import count_facets, count_facets_in_python
from casestudies.models import CaseStudyIndexPage

pytestmark = pytest.mark.django_db

SELECTIONS = [
    {},
    {"theme": {"studenten-stad"}},
    {"theme": {"studenten-stad", "eenzaamheid"}, "place": {"leiden"}},
    {"place": {"leuven"}, "format": {"innovation_project"}},
    {"year": {"2019"}, "intensity": {"low", "medium"}},
    {"institution_type": {"hogeschool"}, "theme": {"onderwijskansen"}},
    {"theme": {"bestaat-niet"}},
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("selected", SELECTIONS)
def test_python_counts_equal_the_postgresql_query(language, selected):
    index = CaseStudyIndexPage.objects.get(locale__language_code=language)
    cases = index.published_cases()
    with translation.override(language):
        in_sql = count_facets(cases, selected)
        in_python = count_facets_in_python(cases, selected)
    assert in_sql.total == in_python.total
    assert in_sql.names == in_python.names
    assert in_sql.counts == in_python.counts
    assert sum(in_sql.counts["theme"].values()) > 0
