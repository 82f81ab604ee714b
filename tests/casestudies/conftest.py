"""Libraries built from factories with known facets, beside the demo library."""

import datetime

from wagtail.models import Locale, Site

import pytest

from casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from portal.models import Institution, Place, Theme


def dutch(model, key):
    return model.objects.get(locale__language_code="nl", key=key)


@pytest.fixture
def home():
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_library():
    return CaseStudyIndexPage.objects.get(locale__language_code="nl")


@pytest.fixture
def english_demo_library():
    return CaseStudyIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def library(home):
    """An empty Dutch library at /nl/testbieb/ for cases with controlled facets."""
    return CaseStudyIndexPageFactory(parent=home, title="Testbieb", slug="testbieb")


@pytest.fixture
def make_case(library):
    def make(
        title, *, themes=(), place="leuven", institutions=(), start=None, end=None, parent=None, **fields
    ):
        return CaseStudyPageFactory(
            parent=parent or library,
            title=title,
            place=dutch(Place, place),
            themes=[dutch(Theme, key) for key in themes],
            institutions=[dutch(Institution, key) for key in institutions],
            start_date=start,
            end_date=end,
            **fields,
        )

    return make


@pytest.fixture
def facet_cases(make_case):
    """Five cases whose facet values the listing tests count on."""
    return {
        "a": make_case(
            "Alpha", themes=["eenzaamheid"], place="leiden", institutions=["hogeschool-leiden"],
            education_format="thesis", csl_intensity="low",
            start=datetime.date(2019, 3, 1), end=datetime.date(2020, 6, 30),
        ),
        "b": make_case(
            "Bravo", themes=["eenzaamheid", "vergrijzing"], place="leuven", institutions=["ku-leuven"],
            education_format="internship", csl_intensity="medium",
            start=datetime.date(2021, 1, 1), end=datetime.date(2021, 12, 31),
        ),
        "c": make_case(
            "Charlie", themes=["vergrijzing"], place="leiden", institutions=["ku-leuven", "mborijnland"],
            education_format="thesis", csl_intensity="intensive",
            start=datetime.date(2022, 9, 1), end=None,
        ),
        "d": make_case(
            "Delta", themes=["duurzaamheid"], place="gent", institutions=["arteveldehogeschool"],
            education_format="minor", csl_intensity="low",
            start=datetime.date(2018, 1, 1), end=datetime.date(2018, 5, 1),
        ),
        "e": make_case(
            "Echo", themes=["duurzaamheid", "eenzaamheid"], place="gent", institutions=["ugent"],
            education_format="course_assignment", csl_intensity="medium", start=None, end=None,
        ),
    }  # fmt: skip


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")
