"""Education offers take their level from the one vocabulary of institution types
(portal.models.InstitutionType): anything else is refused, in the staff member's language,
and the database refuses it too."""

import importlib

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

import pytest

from portal.models import Institution, InstitutionType
from submissions.models import EducationOffer

from .helpers import make_offer

pytestmark = pytest.mark.django_db

vocabulary_migration = importlib.import_module("submissions.migrations.0006_offer_level_vocabulary")


def level_errors(offer, language):
    with translation.override(language), pytest.raises(ValidationError) as refused:
        offer.full_clean()
    return [str(message) for message in refused.value.message_dict["level"]]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "Kies een onderwijsniveau uit de lijst: Universiteit, Hogeschool, "),
        ("en", "Choose a level of education from the list: University, University of applied sciences, "),
    ],
)
@pytest.mark.parametrize("level", ["hbo", "wo", "bachelor", ""])
def test_an_unknown_level_is_refused_in_the_staff_language(language, message, level):
    offer = make_offer("Stadsonderzoek")
    offer.level = level
    assert any(error.startswith(message) for error in level_errors(offer, language))


def test_the_level_is_the_type_of_the_institution():
    offer = make_offer("Stadsonderzoek")  # at Hogeschool Leiden
    offer.full_clean()
    offer.level = InstitutionType.UNIVERSITY
    assert level_errors(offer, "nl") == ["Het niveau moet het type van Hogeschool Leiden zijn: Hogeschool."]
    assert level_errors(offer, "en") == [
        "The level must be the type of Hogeschool Leiden: University of applied sciences."
    ]


def test_the_database_refuses_a_level_outside_the_vocabulary():
    offer = make_offer("Stadsonderzoek")
    with pytest.raises(IntegrityError), transaction.atomic():
        EducationOffer.objects.filter(pk=offer.pk).update(level="hbo")


def test_the_migration_maps_the_former_levels():
    # A database from before the vocabulary: no constraint (the DDL is rolled back with the test).
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE submissions_educationoffer DROP CONSTRAINT offer_level_in_vocabulary")
    university = Institution.objects.get(key="universiteit-leiden", locale__language_code="nl")
    offers = {
        "hbo": make_offer("Een"),
        "wo": make_offer("Twee", institution=university),
        "bachelor": make_offer("Drie", institution=university),
        "mbo": make_offer(
            "Vier", institution=Institution.objects.get(key="mborijnland", locale__language_code="nl")
        ),
    }
    for former, offer in offers.items():
        EducationOffer.objects.filter(pk=offer.pk).update(level=former)
    vocabulary_migration.to_vocabulary(apps, None)
    levels = {former: EducationOffer.objects.get(pk=offer.pk).level for former, offer in offers.items()}
    assert levels == {"hbo": "hogeschool", "wo": "university", "bachelor": "university", "mbo": "mbo"}
