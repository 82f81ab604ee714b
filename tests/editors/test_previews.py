"""Every page type previews its draft, changed inline relations included, and a preview never
reaches a visitor.

The preview is made as Wagtail's admin makes it: a draft page object held in memory, served
through the whole middleware stack by `make_preview_request`.
"""

from wagtail.models import get_page_models

import pytest

from casestudies.models import CaseStudyPage, CaseStudyPartner
from playbook.models import (
    ChapterCaseStudy,
    PlaybookChapterPage,
    ReflectionExerciseChapter,
    ReflectionExercisePage,
)
from portal.models import OrganisationType, Theme

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Conceptversie voor de redactie"


def page_types():
    return sorted((model for model in get_page_models() if model._meta.app_label != "wagtailcore"), key=str)


def dutch_live(model):
    page = model.objects.live().filter(locale__language_code="nl").order_by("path").first()
    assert page is not None, f"no live Dutch {model._meta.label} in the demo content"
    return page


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model._meta.label)
def test_every_page_type_previews_its_draft(model):
    page = dutch_live(model)
    page.title = DRAFT_TITLE
    response = page.make_preview_request()
    assert response.status_code == 200
    assert DRAFT_TITLE in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_a_case_study_previews_changed_partners_and_themes():
    page = dutch_live(CaseStudyPage)
    theme = Theme.objects.filter(locale__language_code="nl").exclude(pk__in=page.themes.all()).first()
    page.themes = [*page.themes.all(), theme]
    page.partners.add(
        CaseStudyPartner(
            name="Buurtvereniging Zwaluwnest",
            organisation_type=OrganisationType.objects.filter(locale__language_code="nl").first(),
        )
    )
    html = page.make_preview_request().content.decode()
    assert "Buurtvereniging Zwaluwnest" in html
    assert theme.name in html


def test_an_exercise_previews_a_newly_linked_chapter_that_visitors_do_not_see(client, caches_on):
    exercise = dutch_live(ReflectionExercisePage)
    linked = {link.chapter_id for link in exercise.chapter_links.all()}
    chapter = (
        PlaybookChapterPage.objects.live().filter(locale_id=exercise.locale_id).exclude(pk__in=linked).first()
    )
    assert chapter.title not in client.get(exercise.url).content.decode()

    exercise.chapter_links.add(ReflectionExerciseChapter(chapter=chapter))
    assert chapter.title in exercise.make_preview_request().content.decode()

    for _ in range(2):  # a fresh render, then the kept one
        assert chapter.title not in client.get(exercise.url).content.decode()


def test_a_chapter_previews_a_newly_linked_case_study_that_visitors_do_not_see(client, caches_on):
    chapter = dutch_live(PlaybookChapterPage)
    linked = chapter.case_study_links.values("case_study")
    case = CaseStudyPage.objects.live().filter(locale_id=chapter.locale_id).exclude(pk__in=linked).first()
    assert case.title not in client.get(chapter.url).content.decode()

    chapter.case_study_links.add(ChapterCaseStudy(case_study=case))
    assert case.title in chapter.make_preview_request().content.decode()

    for _ in range(2):  # a fresh render, then the kept one
        assert case.title not in client.get(chapter.url).content.decode()
