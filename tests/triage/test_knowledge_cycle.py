"""The knowledge cycle: a completed question with publication consent becomes a draft case study in
the question's language, with the other language queued for translation."""

from wagtail_localize.models import Translation

import pytest

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from submissions.models import ConsentKind, Match, MatchStatus, Status
from submissions.triage.knowledge_cycle import KnowledgeCycleRefused, create_case_study_draft

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer

pytestmark = pytest.mark.django_db

ALL_CONSENTS = (ConsentKind.CONTACT, ConsentKind.PUBLICATION, ConsentKind.NAMING)


def test_a_completed_question_becomes_a_prefilled_dutch_draft():
    user = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(
        status=Status.COMPLETED,
        consents=ALL_CONSENTS,
        themes=("eenzaamheid", "vergrijzing"),
        neighbourhood="Noord",
    )
    page = create_case_study_draft(vraagstuk, user)

    page = CaseStudyPage.objects.get(pk=page.pk)
    assert not page.live
    assert page.locale.language_code == "nl"
    assert page.get_parent().specific_class is CaseStudyIndexPage
    assert page.get_parent().locale.language_code == "nl"
    assert page.vraagstuk_reference == vraagstuk.reference
    assert page.title == vraagstuk.title
    assert page.place == vraagstuk.place
    assert page.neighbourhood == "Noord"
    assert sorted(t.key for t in page.themes.all()) == ["eenzaamheid", "vergrijzing"]
    assert [p.name for p in page.partners.all()] == ["Gemeente Leiden"]
    assert page.latest_revision is not None
    assert "Veel ouderen wonen alleen." in str(page.body)


def test_the_partner_is_named_only_with_their_consent():
    vraagstuk = make_vraagstuk(
        status=Status.COMPLETED, consents=(ConsentKind.CONTACT, ConsentKind.PUBLICATION)
    )
    page = create_case_study_draft(vraagstuk, make_user("coordinator", superuser=True))
    assert CaseStudyPage.objects.get(pk=page.pk).partners.count() == 0
    assert "Gemeente Leiden" not in str(CaseStudyPage.objects.get(pk=page.pk).body)


@pytest.mark.parametrize(
    ("status", "consents"),
    [(Status.IN_PROGRESS, ALL_CONSENTS), (Status.COMPLETED, (ConsentKind.CONTACT, ConsentKind.NAMING))],
)
def test_no_draft_without_completion_and_publication_consent(status, consents):
    vraagstuk = make_vraagstuk(status=status, consents=consents)
    with pytest.raises(KnowledgeCycleRefused):
        create_case_study_draft(vraagstuk, make_user("coordinator", superuser=True))
    assert not CaseStudyPage.objects.filter(vraagstuk_reference=vraagstuk.reference).exists()


def test_one_draft_per_question():
    user = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=ALL_CONSENTS)
    create_case_study_draft(vraagstuk, user)
    with pytest.raises(KnowledgeCycleRefused):
        create_case_study_draft(vraagstuk, user)
    # One draft and its one queued translation.
    pages = CaseStudyPage.objects.filter(vraagstuk_reference=vraagstuk.reference)
    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["en", "nl"]


def test_the_draft_takes_institution_format_and_period_from_the_accepted_match():
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=ALL_CONSENTS)
    declined = make_offer("Onderzoekspracticum", education_format="thesis")
    accepted = make_offer("Wijkgericht werken", education_format="internship")
    Match.objects.create(vraagstuk=vraagstuk, offer=declined, status=MatchStatus.DECLINED)
    Match.objects.create(vraagstuk=vraagstuk, offer=accepted, status=MatchStatus.ACCEPTED)

    page = CaseStudyPage.objects.get(
        pk=create_case_study_draft(vraagstuk, make_user("coordinator", superuser=True)).pk
    )

    assert [institution.key for institution in page.institutions.all()] == ["hogeschool-leiden"]
    assert page.education_format == "internship"
    assert (page.start_date, page.end_date) == (accepted.starts_on, accepted.ends_on)
    assert page.period_note == "Wijkgericht werken (Sociaal werk), 2027-2028 semester 1"


def translation_of(page, language):
    return CaseStudyPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=language
    ).first()


def test_the_other_language_is_queued_for_translation_not_published():
    user = make_user("coordinator", superuser=True)
    page = create_case_study_draft(make_vraagstuk(status=Status.COMPLETED, consents=ALL_CONSENTS), user)

    english = translation_of(page, "en")
    assert english is not None and not english.live
    assert english.get_parent().locale.language_code == "en"
    assert Translation.objects.filter(
        source__object_id=page.translation_key, target_locale__language_code="en"
    ).exists()


def test_an_english_question_becomes_an_english_draft_in_the_english_library():
    user = make_user("coordinator", superuser=True)
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=ALL_CONSENTS, language="en")
    page = CaseStudyPage.objects.get(pk=create_case_study_draft(vraagstuk, user).pk)

    assert page.locale.language_code == "en"
    assert page.get_parent().specific_class is CaseStudyIndexPage
    assert page.get_parent().locale.language_code == "en"
    assert not page.live
    dutch = translation_of(page, "nl")
    assert dutch is not None and not dutch.live
    assert dutch.get_parent().locale.language_code == "nl"
    assert CaseStudyPage.objects.filter(vraagstuk_reference=vraagstuk.reference).count() == 2
