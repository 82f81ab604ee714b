"""The demo case studies state the seeds' facts (../shared/seeds/), in both languages, and
present no plan as done and no portal invention as a city's or an institution's."""

import html
import re
from datetime import date
from decimal import Decimal

import pytest

from casestudies.models import CaseStudyPage

pytestmark = pytest.mark.django_db


def case(slug, language="nl"):
    dutch = CaseStudyPage.objects.get(slug=slug, locale__language_code="nl")
    return dutch if language == "nl" else dutch.get_translations().get(locale__language_code=language)


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


# slug: {language: phrases the page must show, as the seeds state them}
SEED_FACTS = {
    "leuven-studentenprojecten-draaiboek": {
        "nl": ["KU Leuven", "UCLL", "VTI", "VLAIO", "80%", "22 maanden", "februari 2020", "winkelbeleving", "Helena Schulpé", "helena.schulpe@leuven.be"],
        "en": ["KU Leuven", "UCLL", "VTI", "VLAIO", "80%", "22 months", "February 2020", "shopping", "Helena Schulpé", "helena.schulpe@leuven.be"],
    },
    "leiden-leren-met-de-stad": {
        "nl": ["2019 tot 2022", "najaar van 2018", "honoursstudenten", "City Deal Kennis Maken", "programma-adviseur Esther Haverkort", "projectmanager Marieke van Haaren", "Han Nijssen, programmamanager Leiden Kennisstad", "plan van aanpak"],
        "en": ["2019 to 2022", "autumn 2018", "honours students", "City Deal Kennis Maken", "programme adviser Esther Haverkort", "project manager Marieke van Haaren", "Han Nijssen, programme manager of Leiden Kennisstad", "drew up a plan"],
    },
    "leiden-noord-leren-met-de-stad-op-locatie": {
        "nl": ["BOOT in Amsterdam", "8 februari", "één dag per week", "vijf tot tien weken", "bibliotheek", "Zes tips van Marieke van Haaren", "ROC Leiden", "zou een aparte samenwerkingsovereenkomst worden getekend"],
        "en": ["BOOT in Amsterdam", "8 February", "one day a week", "five to ten weeks", "library", "Six tips from Marieke van Haaren", "ROC Leiden", "was to be signed after the summer"],
    },
    "leiden-stad-als-lab-convenant-student-en-stad": {
        "nl": ["eHealth", "mboRijnland", "Plaatselijke Kamer van Verenigingen", "vijf grote studentenverenigingen", "2017 tot 2021"],
        "en": ["eHealth", "mboRijnland", "five large student societies", "2017 to 2021"],
    },
    "gent-buurtcampus-arteveldehogeschool": {
        "nl": ["Departement Omgeving", "SAAMO", "GMF", "Formaat", "SIF Gent", "KAA Gent Foundation", "Sportaround", "Ghent Basketball", "UiTPAS", "MES en OND", "buurtanker of brugfiguur"],
        "en": ["Departement Omgeving", "SAAMO", "GMF", "Formaat", "SIF Gent", "KAA Gent Foundation", "Sportaround", "Ghent Basketball", "UiTPAS", "MES and OND", "neighbourhood anchor or bridge figure"],
    },
    "ku-leuven-tada-strategisch-partnerschap": {
        "nl": ["2022", "2024", "2025", "februari 2026", "Memorandum of Understanding", "weekendscholen", "alumniwerking", "Toekomstatelier Leuven", "met bijzondere aandacht voor de meest kwetsbaren"],
        "en": ["2022", "2024", "2025", "February 2026", "Memorandum of Understanding", "weekend schools", "alumni network", "Toekomstatelier Leuven", "particular attention to the most vulnerable"],
    },
}  # fmt: skip

# Phrases that were wrong: inventions presented as the seeds' facts, or plans as done.
NOT_IN_THE_SEEDS = {
    "leuven-studentenprojecten-draaiboek": ["projectcoördinator, Stad Leuven", "project coordinator, City of Leuven"],
    "leiden-noord-leren-met-de-stad-op-locatie": ["laagdrempelige plek waar studenten en bewoners elkaar treffen", "werkt eraan om ook het mbo te betrekken"],
    "gent-buurtcampus-arteveldehogeschool": ["onderzoek voor de stad", "research for the city"],
    # The seed gives the years 2019-2022, no days.
    "leiden-leren-met-de-stad": ["1 januari 2019", "31 december 2022", "1 January 2019", "31 December 2022"],
    "leiden-stad-als-lab-convenant-student-en-stad": ["1 januari 2017", "1 January 2017"],
}  # fmt: skip


@pytest.mark.parametrize("slug", list(SEED_FACTS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_each_case_states_the_seeds_facts(client, slug, language):
    text = page_text(client, case(slug, language))
    for phrase in SEED_FACTS[slug][language]:
        assert phrase in text, f"{slug} ({language}) lacks {phrase!r}"
    for phrase in NOT_IN_THE_SEEDS.get(slug, []):
        assert phrase not in text, f"{slug} ({language}) still says {phrase!r}"


def test_leuven_key_figures_as_the_seed_states_them():
    leuven = case("leuven-studentenprojecten-draaiboek")
    assert leuven.budget == Decimal("84762.21")
    assert (leuven.start_date, leuven.end_date) == (date(2018, 11, 20), date(2020, 9, 30))
    assert leuven.contact_email == "helena.schulpe@leuven.be"
    assert {institution.key for institution in leuven.institutions.all()} == {
        "ku-leuven",
        "ucll",
        "vti-leuven",
    }
    assert "VLAIO" in " ".join(partner.name for partner in leuven.partners.all())


def test_named_contacts_have_the_roles_the_seeds_give():
    expected = {
        "leiden-leren-met-de-stad": ("Marieke van Haaren", "projectmanager, Leren met de Stad"),
        "leiden-noord-leren-met-de-stad-op-locatie": (
            "Esther Haverkort",
            "programma-adviseur, Leren met de Stad",
        ),
        "leuven-studentenprojecten-draaiboek": ("Helena Schulpé", "contactpersoon, Stad Leuven"),
    }
    for slug, (name, role) in expected.items():
        page = case(slug)
        assert (page.contact_name, page.contact_role) == (name, role)
        assert case(slug, "en").contact_name == name
