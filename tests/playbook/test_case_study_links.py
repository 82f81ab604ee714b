"""Case studies that illustrate a chapter or an exercise: the draaiboek owns the links; both
pages list each other, public pages only, in the reader's language, and a translation keeps its
links on the cases of its own language."""

from pathlib import Path

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from casestudies.models import CaseStudyPage
from playbook.models import ChapterCaseStudy, ExerciseCaseStudy, PlaybookChapterPage

pytestmark = pytest.mark.django_db


def dutch_link(model):
    link = model.objects.filter(page__locale__language_code="nl").select_related("page", "case_study").first()
    assert link is not None, f"the demo content has no {model.__name__}"
    return link


def section_of(html, heading):
    """The list under `heading` on a page, or '' when the page has no such heading."""
    if heading not in html:
        return ""
    return html.split(heading, 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize("model", [ChapterCaseStudy, ExerciseCaseStudy], ids=["chapter", "exercise"])
def test_page_and_case_list_each_other_in_both_languages(client, model):
    link = dutch_link(model)
    page, case = link.page, link.case_study
    english = Locale.objects.get(language_code="en")
    english_page, english_case = page.get_translation(english), case.get_translation(english)

    assert f'href="{case.url}"' in client.get(page.url).content.decode()
    assert f'href="{english_case.url}"' in client.get(english_page.url).content.decode()

    dutch_list = section_of(client.get(case.url).content.decode(), "In het draaiboek")
    assert f'href="{page.url}"' in dutch_list
    english_list = section_of(client.get(english_case.url).content.decode(), "In the playbook")
    assert f'href="{english_page.url}"' in english_list
    assert f'href="{page.url}"' not in english_list


def test_a_case_whose_links_are_gone_has_no_draaiboek_list(client):
    case = dutch_link(ChapterCaseStudy).case_study
    assert section_of(client.get(case.url).content.decode(), "In het draaiboek")
    for model in (ChapterCaseStudy, ExerciseCaseStudy):  # unlinked and published, as an editor does
        for link in model.objects.filter(case_study__translation_key=case.translation_key):
            page = link.page.get_latest_revision_as_object()
            page.case_study_links = [other for other in page.case_study_links.all() if other.pk != link.pk]
            page.save_revision().publish()
    assert section_of(client.get(case.url).content.decode(), "In het draaiboek") == ""


def test_a_translation_links_the_cases_of_its_own_language(client, django_capture_on_commit_callbacks):
    """Linking a Dutch case to a Dutch chapter and syncing the translation, as an editor does,
    gives the English chapter a link to the English case."""
    chapter = PlaybookChapterPage.objects.live().filter(locale__language_code="nl").order_by("path").last()
    linked = chapter.case_study_links.values("case_study")
    case = CaseStudyPage.objects.live().filter(locale__language_code="nl").exclude(pk__in=linked).first()
    chapter.case_study_links.add(ChapterCaseStudy(case_study=case))
    chapter.save_revision().publish()

    english = Locale.objects.get(language_code="en")
    source, _ = TranslationSource.update_or_create_from_instance(chapter)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=english).save_target(publish=True)

    english_chapter = chapter.get_translation(english)
    english_case = case.get_translation(english)
    targets = set(ChapterCaseStudy.objects.filter(page=english_chapter).values_list("case_study", flat=True))
    assert english_case.pk in targets
    assert case.pk not in targets
    assert not CaseStudyPage.objects.filter(pk__in=targets, locale__language_code="nl").exists()
    assert f'href="{english_case.url}"' in client.get(english_chapter.url).content.decode()


def test_a_chapter_lists_a_case_in_the_readers_language():
    link = dutch_link(ChapterCaseStudy)
    with translation.override("en"):
        cases = link.page.case_studies
    assert link.case_study.get_translation(Locale.objects.get(language_code="en")) in cases
    assert link.case_study not in cases


def test_casestudies_knows_nothing_of_the_draaiboek():
    """Import contracts see imports; this sees what they cannot: model names as strings and
    relations found by name. Visitor prose in the demo texts may speak of a playbook."""
    root = Path(settings.BASE_DIR) / "casestudies"
    names = (
        "playbook.",
        "playbook_",
        "illustrated_by",
        'app_label="playbook"',
        "PlaybookChapter",
        "ReflectionExercise",
    )
    found = [
        f"{path.relative_to(root)}: {name}"
        for path in root.rglob("*")
        if path.suffix in {".py", ".html"} and "demo_content" not in path.parts
        and not (path.parent.name == "migrations" and path.name < "0006")
        for name in names
        # A later migration names the one that dropped the old links as its dependency.
        if name in path.read_text().replace("0006_playbook_links_leave", "")
    ]  # fmt: skip
    assert found == []
