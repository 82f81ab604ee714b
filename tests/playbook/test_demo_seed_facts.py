"""The demo draaiboek holds what the seeds hold (the transformational partnership, points of
attention, further reading, named roles), in both languages, and marks the portal's own
guidance as the portal's, never as a city's or an institution's."""

import html
import re

import pytest

from .helpers import chapters

pytestmark = pytest.mark.django_db


def chapter(language, slug_nl):
    dutch = next(page for page in chapters("nl") if page.slug == slug_nl)
    return dutch if language == "nl" else dutch.get_translations().get(locale__language_code=language)


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


MUST_SAY = {
    "transformatief-partnerschap": {
        "nl": ["gelijkheid en reciprociteit", "proportionaliteit van inzet", "win-win", "integriteit en gedeelde waarden",
               "nabijheid", "frequentie van contact", "wederzijdse invloed",
               "kosten en baten", "verwachtingsmanagement", "visie en missie",
               "Verder lezen", "Somers, K., Standaert, N. & Mottart, M.", "Owl Press",
               "Bringle, R. G., Clayton, P. H. & Price, M. F. (2009)", "https://www.servicelearningvlaanderen.be/"],
        "en": ["equality and reciprocity", "proportionality of effort", "win-win", "integrity and shared values",
               "closeness", "frequency of contact", "mutual influence",
               "costs and benefits", "expectation management", "vision and mission",
               "Further reading", "Somers, K., Standaert, N. & Mottart, M.", "Owl Press",
               "Bringle, R. G., Clayton, P. H. & Price, M. F. (2009)", "https://www.servicelearningvlaanderen.be/"],
    },
    "projectgroep": {
        "nl": ["Rollen en aanspreekpunten", "instellingsbrede contactpersoon", "buurtanker of brugfiguur",
               "Esther Haverkort", "Marieke van Haaren", "Han Nijssen", "Projectplan studentenproject"],
        "en": ["Roles and contact persons", "institution-wide contact person", "neighbourhood anchor or go-between",
               "Esther Haverkort", "Marieke van Haaren", "Han Nijssen", "Student project plan"],
    },
    "modelcontract": {
        "nl": ["eigen schets van Kennisbrug", "niet het modelcontract uit het draaiboek van Stad Leuven", "Zo pakt u het aan"],
        "en": ["Kennisbrug's own outline", "not the model contract in the City of Leuven's playbook", "How to go about it"],
    },
    "niveaus-van-csl": {
        "nl": ["Marieke van Haaren", "beschrijft Kennisbrug", "De omschrijving van Kennisbrug"],
        "en": ["Marieke van Haaren", "Kennisbrug's own description", "Kennisbrug's description"],
    },
    "van-project-naar-overeenkomst": {
        "nl": ["was het plan om na de zomer", "ROC Leiden", "Memorandum of Understanding"],
        "en": ["the plan was to sign", "ROC Leiden", "Memorandum of Understanding"],
    },
    "soorten-partnerschap": {
        "nl": ["Contact via de docent", "Contact via de studenten", "Een instellingsbrede contactpersoon", "eigenaar"],
        "en": ["Contact through the teacher", "Contact through the students", "An institution-wide contact person", "ownership"],
    },
}  # fmt: skip

# Inventions once presented as the seeds' facts, and plans once presented as done.
MUST_NOT_SAY = {
    "modelcontract": ["Het model telt twaalf artikelen", "The model has twelve articles"],
    "van-project-naar-overeenkomst": ["In Leiden kwam er een aparte samenwerkingsovereenkomst", "Leiden drew up a separate agreement"],
}  # fmt: skip


@pytest.mark.parametrize("slug", list(MUST_SAY))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_chapters_hold_the_seeds_in_both_languages(client, slug, language):
    text = page_text(client, chapter(language, slug))
    for phrase in MUST_SAY[slug][language]:
        assert phrase in text, f"{slug} ({language}) lacks {phrase!r}"
    for phrase in MUST_NOT_SAY.get(slug, []):
        assert phrase not in text, f"{slug} ({language}) still says {phrase!r}"


def test_the_partnership_chapter_is_a_translation_of_its_dutch_source():
    dutch, english = (
        chapter("nl", "transformatief-partnerschap"),
        chapter("en", "transformatief-partnerschap"),
    )
    assert english.translation_key == dutch.translation_key and english.live
    kinds = [block.block_type for block in dutch.body]
    assert kinds == [block.block_type for block in english.body]
    assert {"checklist", "references"} <= set(kinds)
