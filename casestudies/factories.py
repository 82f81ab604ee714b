"""Factories for case studies and the taxonomies they use; Faker values are drawn per object.

    library = CaseStudyIndexPageFactory(parent=home)
    CaseStudyPageFactory.create_batch(1000, parent=library)

Cases pick their taxonomies from the Dutch rows that exist (the demo content's) unless
given: CaseStudyPageFactory(parent=library, themes=[theme], institutions=[...]).
"""

import datetime
import random

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale
from wagtail.rich_text import RichText

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from factory.fuzzy import FuzzyChoice

from portal.models import (
    CSLIntensity,
    EducationFormat,
    Institution,
    InstitutionType,
    OrganisationType,
    Place,
    Theme,
)

from .models import CaseStudyIndexPage, CaseStudyPage, CaseStudyPartner


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def dutch_rows(model):
    return list(model.objects.filter(locale__language_code=settings.LANGUAGE_CODE))


class TaxonomyFactory(DjangoModelFactory):
    locale = factory.LazyFunction(default_locale)
    name = factory.Faker("word", locale="nl_NL")
    key = factory.Sequence(lambda n: f"factory-key-{n}")

    class Meta:
        abstract = True
        django_get_or_create = ("key", "locale")


class ThemeFactory(TaxonomyFactory):
    class Meta:
        model = Theme


class PlaceFactory(TaxonomyFactory):
    name = factory.Faker("city", locale="nl_NL")
    country = "NL"

    class Meta:
        model = Place


class InstitutionFactory(TaxonomyFactory):
    name = factory.Faker("company", locale="nl_NL")
    kind = FuzzyChoice(InstitutionType.values)

    class Meta:
        model = Institution


class OrganisationTypeFactory(TaxonomyFactory):
    class Meta:
        model = OrganisationType


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3)
    slug = factory.LazyAttributeSequence(lambda obj, n: f"{slugify(obj.title)[:40]}-{n}")
    summary = factory.Faker("sentence")

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6)
    slug = factory.LazyAttributeSequence(lambda obj, n: f"{slugify(obj.title)[:40]}-{n}")
    summary = factory.Faker("paragraph", nb_sentences=2)
    neighbourhood = factory.Faker("street_name", locale="nl_NL")
    education_format = FuzzyChoice(EducationFormat.values)
    csl_intensity = FuzzyChoice(CSLIntensity.values)
    start_date = factory.Faker(
        "date_between", start_date=datetime.date(2015, 1, 1), end_date=datetime.date(2025, 12, 31)
    )
    end_date = factory.LazyAttribute(
        lambda obj: obj.start_date + datetime.timedelta(days=random.randint(30, 900))
    )
    budget = factory.Faker("pydecimal", left_digits=6, right_digits=2, positive=True)
    funding = factory.Faker("sentence")
    contact_name = factory.Faker("name", locale="nl_NL")
    place = factory.LazyFunction(lambda: random.choice(dutch_rows(Place)))
    first_published_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=random.randint(0, 3000))
    )
    body = factory.LazyAttribute(lambda obj: [("text", RichText(f"<p>{obj.summary}</p>"))])

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True  # the relations are written directly; no second page save

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        chosen = extracted if extracted is not None else random.sample(dutch_rows(Theme), k=2)
        if create:
            CaseStudyPage.themes.through.objects.bulk_create(
                CaseStudyPage.themes.through(casestudypage=self, theme=theme) for theme in chosen
            )

    @factory.post_generation
    def institutions(self, create, extracted, **kwargs):
        chosen = extracted if extracted is not None else random.sample(dutch_rows(Institution), k=2)
        if create:
            CaseStudyPage.institutions.through.objects.bulk_create(
                CaseStudyPage.institutions.through(casestudypage=self, institution=row) for row in chosen
            )


class CaseStudyPartnerFactory(DjangoModelFactory):
    page = factory.SubFactory(CaseStudyPageFactory)
    name = factory.Faker("company", locale="nl_NL")
    organisation_type = factory.LazyFunction(lambda: random.choice(dutch_rows(OrganisationType)))

    class Meta:
        model = CaseStudyPartner
