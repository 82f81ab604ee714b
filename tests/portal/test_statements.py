"""The privacy and accessibility statements say what a public body must publish, in both
languages, with retention periods and the data-protection contact read from the configuration."""

import re

from wagtail.blocks import StructBlockValidationError as ValidationError
from wagtail.models import Locale, Site

import pytest

from portal.models import SiteSettings, StandardPage
from portal.statement_blocks import RetentionPeriodBlock

pytestmark = pytest.mark.django_db


def statement(client, language, dutch_slug):
    dutch = StandardPage.objects.get(locale__language_code="nl", slug=dutch_slug)
    page = dutch if language == "nl" else dutch.get_translation(Locale.objects.get(language_code=language))
    response = client.get(page.url)
    assert response.status_code == 200
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", text)


PRIVACY_MUST_SAY = {
    "nl": [
        "verwerkingsverantwoordelijke",
        "art. 6 lid 1 onder a AVG",
        "Wie uw gegevens ziet",
        "verwerkersovereenkomst",
        "Gegevensbeschermingsautoriteit",
        "Autoriteit Persoonsgegevens",
        "Uw rechten",
    ],
    "en": [
        "controller",
        "Art. 6(1)(a) GDPR",
        "Who sees your data",
        "data processing agreement",
        "Data Protection Authority",
        "Autoriteit Persoonsgegevens",
        "Your rights",
    ],
}

ACCESSIBILITY_MUST_SAY = {
    "nl": [
        "Nalevingsstatus",
        "gedeeltelijk",
        "Laatste evaluatie: 1 december 2026",
        "eigen beoordeling",
        "Bekende problemen",
        "Een probleem melden",
        "Vlaamse Ombudsdienst",
        "Nationale ombudsman",
    ],
    "en": [
        "Compliance status",
        "partially complies",
        "Last evaluation: 1 December 2026",
        "self-assessment",
        "Known issues",
        "Reporting a problem",
        "Flemish Ombudsman",
        "National Ombudsman",
    ],
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_privacy_statement_names_what_the_law_asks(client, language):
    text = statement(client, language, "privacyverklaring")
    for phrase in PRIVACY_MUST_SAY[language]:
        assert phrase in text, phrase


@pytest.mark.parametrize("language", ["nl", "en"])
def test_accessibility_statement_follows_the_model(client, language):
    text = statement(client, language, "toegankelijkheid")
    for phrase in ACCESSIBILITY_MUST_SAY[language]:
        assert phrase in text, phrase


@pytest.mark.parametrize("language", ["nl", "en"])
def test_retention_period_is_the_one_the_retention_job_uses(client, settings, language):
    settings.TRIAGE_RETENTION_MONTHS = 17
    text = statement(client, language, "privacyverklaring")
    expected = {"nl": r"afgesloten vraagstukken\s*:\s*17 maanden", "en": r"closed questions\s*:\s*17 months"}
    assert re.search(expected[language], text), text
    # A new period is configuration, deployed as a new release: every kept page is rendered again.
    settings.TRIAGE_RETENTION_MONTHS, settings.RELEASE = 30, "release-with-30-months"
    assert re.search(r":\s*30\b", statement(client, language, "privacyverklaring"))


def test_a_retention_period_text_must_say_where_the_number_goes():
    block = RetentionPeriodBlock()
    value = block.to_python({"data": "Gegevens", "period": "closed_questions", "period_text": "twee jaar"})
    with pytest.raises(ValidationError):
        block.clean(value)
    block.clean(
        block.to_python({"data": "Gegevens", "period": "closed_questions", "period_text": "{months} maanden"})
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_data_protection_contact_comes_from_site_settings(client, language):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.data_protection_contact = "Functionaris Test"
    site_settings.data_protection_email = "dpo-test@gemeente.example"
    site_settings.save()
    text = statement(client, language, "privacyverklaring")
    assert "Functionaris Test" in text
    assert "dpo-test@gemeente.example" in text
    assert site_settings.organisation_name in text
