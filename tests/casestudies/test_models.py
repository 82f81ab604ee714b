"""Page-type rules, required fields for publishing, and translation with wagtail-localize."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import Translation, TranslationSource

import pytest

from casestudies.factories import CaseStudyPageFactory, CaseStudyPartnerFactory
from casestudies.forms import REQUIRED_ON_PUBLISH
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from portal.models import HomePage, StandardPage, Theme

pytestmark = pytest.mark.django_db


class TestPageTypeRules(WagtailPageTestCase):
    def test_library_lives_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(StandardPage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(Page, CaseStudyIndexPage)

    def test_case_studies_live_under_the_library_only(self):
        self.assertCanCreateAt(CaseStudyIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)
        self.assertCanNotCreateAt(StandardPage, CaseStudyPage)
        self.assertCanNotCreateAt(CaseStudyPage, CaseStudyPage)
        self.assertAllowedSubpageTypes(CaseStudyPage, {})
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})

    def test_one_library_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="nl")
        assert not CaseStudyIndexPage.can_create_at(home)


def empty_form(library, *, data):
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    management = {
        f"{prefix}-{name}": value
        for prefix in ("partners",)
        for name, value in (
            ("TOTAL_FORMS", "0"),
            ("INITIAL_FORMS", "0"),
            ("MIN_NUM_FORMS", "0"),
            ("MAX_NUM_FORMS", "1000"),
        )
    }
    user = get_user_model().objects.create_superuser(
        "redacteur", "redacteur@example.org", "wachtwoord-lang-genoeg"
    )
    return form_class(
        data={"body-count": "0", **management, **data},
        instance=CaseStudyPage(),
        parent_page=library,
        for_user=user,
    )


def test_publishing_requires_the_facet_fields_with_clear_messages(demo_library):
    form = empty_form(demo_library, data={"title": "Nieuw", "slug": "nieuw"})
    assert not form.is_valid()
    for name, message in REQUIRED_ON_PUBLISH.items():
        assert str(message) in form.errors[name], name


def test_a_draft_may_be_incomplete(demo_library):
    form = empty_form(demo_library, data={"title": "Nieuw", "slug": "nieuw"})
    form.defer_required_fields()
    assert form.is_valid(), form.errors


def test_end_date_before_start_date_is_refused(demo_library):
    case = CaseStudyPageFactory.build(
        start_date=datetime.date(2020, 5, 1), end_date=datetime.date(2020, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        case.clean()
    assert "end_date" in error.value.message_dict


def test_years_span_the_whole_period():
    case = CaseStudyPage(start_date=datetime.date(2018, 11, 20), end_date=datetime.date(2020, 9, 30))
    assert case.years == [2018, 2019, 2020]
    assert CaseStudyPage(start_date=datetime.date(2021, 2, 8)).years == [2021]
    assert CaseStudyPage().years == []


def translate(page, locale, capture_on_commit):
    """Translate with wagtail-localize; it publishes on commit, so run those callbacks."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    with capture_on_commit(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale).specific


def test_wagtail_localize_keeps_non_text_fields_in_sync(
    demo_library, english, django_capture_on_commit_callbacks
):
    case = CaseStudyPageFactory(
        parent=demo_library,
        title="Vertaalbaar",
        themes=list(Theme.objects.filter(locale__language_code="nl", key__in=["eenzaamheid"])),
        education_format="thesis",
        start_date=datetime.date(2019, 1, 1),
    )
    CaseStudyPartnerFactory(page=case, name="Buurthuis De Brug")
    case = CaseStudyPage.objects.get(pk=case.pk)
    case.save_revision().publish()

    translated = translate(case, english, django_capture_on_commit_callbacks)
    assert translated.live
    assert translated.education_format == "thesis"
    assert translated.start_date == datetime.date(2019, 1, 1)
    assert list(translated.themes.values_list("key", flat=True)) == ["eenzaamheid"]
    assert [partner.name for partner in translated.partners.all()] == ["Buurthuis De Brug"]

    case.education_format = "minor"
    case.csl_intensity = "intensive"
    case.end_date = datetime.date(2020, 6, 30)
    case.themes = list(Theme.objects.filter(locale__language_code="nl", key__in=["vergrijzing", "corona"]))
    case.save_revision().publish()
    translated = translate(CaseStudyPage.objects.get(pk=case.pk), english, django_capture_on_commit_callbacks)
    assert (translated.education_format, translated.csl_intensity) == ("minor", "intensive")
    assert translated.end_date == datetime.date(2020, 6, 30)
    assert sorted(translated.themes.values_list("key", flat=True)) == ["corona", "vergrijzing"]


def test_english_case_shows_english_taxonomy_names(client):
    html = client.get("/en/case-studies/leiden-learning-with-the-city/").content.decode()
    assert "Loneliness" in html
    assert "Eenzaamheid" not in html
    assert "Municipality or city" in html  # the partner's organisation type


def test_demo_content_has_six_cases_in_both_languages(client):
    dutch = CaseStudyPage.objects.live().filter(locale__language_code="nl")
    english = CaseStudyPage.objects.live().filter(locale__language_code="en")
    assert dutch.count() == english.count() == 6
    assert not dutch.filter(hero_image__isnull=False).exists()  # the sources have no photos
    leuven = dutch.get(slug="leuven-studentenprojecten-draaiboek")
    assert str(leuven.budget) == "84762.21"
    assert (leuven.start_date, leuven.end_date) == (datetime.date(2018, 11, 20), datetime.date(2020, 9, 30))
    for case in english:
        assert client.get(case.url).status_code == 200
    assert {case.title for case in english}.isdisjoint({case.title for case in dutch})


def test_library_is_in_both_menus(client):
    assert 'href="/nl/praktijkvoorbeelden/"' in client.get("/nl/").content.decode()
    assert 'href="/en/case-studies/"' in client.get("/en/").content.decode()
