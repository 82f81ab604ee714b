"""Demo content: the draaiboek (index and chapters) and the reflection exercises, in Dutch and English."""

from django.db import transaction
from django.utils.text import slugify

from casestudies.models import CaseStudyPage
from portal.demo import DemoBuilder, add_to_menu, ensure_page, register, site_home, sync_translation

from .demo_data.assets import delete_assets, ensure_partnership_figures
from .demo_data.chapters import CHAPTERS
from .demo_data.exercises import EXERCISES, FIGURE_TEXT
from .demo_data.illustrations import ILLUSTRATED_BY
from .models import (
    ChapterCaseStudy,
    ExerciseCaseStudy,
    PlaybookChapterPage,
    PlaybookIndexPage,
    ReflectionExerciseChapter,
    ReflectionExerciseIndexPage,
    ReflectionExercisePage,
)

DRAAIBOEK = {
    "nl": {
        "title": "Draaiboek",
        "summary": "Hoe zet u als stad samen met de scholen in uw stad een studentenproject op? Juridisch, organisatorisch en praktisch, stap voor stap.",
        "intro": "<p>Dit draaiboek bundelt wat Leuven leerde met zijn pilot van innovatieve studentenprojecten, aangevuld met ervaringen uit Leiden en uit service-learning in Vlaanderen. Lees het hoofdstuk per hoofdstuk of download het als één PDF.</p>",
    },
    "en": {
        "title": "Playbook",
        "slug": "playbook",
        "summary": "How does a city set up a student project with the schools in town? Legal, organisational and practical, step by step.",
        "intro": "<p>This playbook brings together what Leuven learned from its pilot of innovative student projects, with experience from Leiden and from service-learning in Flanders. Read it chapter by chapter or download it as one PDF.</p>",
    },
}

EXERCISE_INDEX = {
    "nl": {
        "title": "Reflectie-oefeningen",
        "summary": "Werkbladen voor docenten, studenten en partners om samen stil te staan bij partnerschap in service-learning.",
        "intro": "<p>Gebruik de oefeningen in de klas of in een overleg met partners. Vul ze online in (uw antwoorden blijven in uw browser) of print het werkblad.</p>",
    },
    "en": {
        "title": "Reflection exercises",
        "slug": "reflection-exercises",
        "summary": "Worksheets for teachers, students and partners to reflect together on partnership in service-learning.",
        "intro": "<p>Use the exercises in class or in a meeting with partners. Fill them in online (your answers stay in your browser) or print the worksheet.</p>",
    },
}


def question_stream(questions):
    return [("question", {"question": question, "sub_questions": subs}) for question, subs in questions]


def build_chapters(ctx, index):
    chapters = {}
    for chapter in CHAPTERS:
        content = {language: chapter[language] for language in ("nl", "en")}
        chapters[chapter["slug"]] = ensure_page(
            ctx,
            index,
            PlaybookChapterPage,
            slug=chapter["slug"],
            nl=content["nl"],
            en={"slug": slugify(chapter["en"]["title"]), **content["en"]},
            shared={"section": chapter["section"], "last_reviewed": chapter["last_reviewed"]},
        )
    return chapters


def chapter_in(chapter, language):
    return PlaybookChapterPage.objects.get(
        translation_key=chapter.translation_key, locale__language_code=language
    )


def exercise_fields(exercise, language, figures, chapters):
    content = exercise[language]
    fields = {
        **{name: value for name, value in content.items() if name != "questions"},
        "questions": question_stream(content["questions"]),
        "chapter_links": [
            ReflectionExerciseChapter(chapter=chapter_in(chapters[slug], language))
            for slug in exercise["chapters"]
        ],
    }
    if exercise["figure"]:
        fields.update(figure=figures[language], **FIGURE_TEXT[language])
    return fields


def build_exercises(ctx, index, figures, chapters):
    for exercise in EXERCISES:
        low, high = exercise["group_size"]
        ensure_page(
            ctx,
            index,
            ReflectionExercisePage,
            slug=exercise["slug"],
            nl=exercise_fields(exercise, "nl", figures, chapters),
            en={
                "slug": slugify(exercise["en"]["title"]),
                **exercise_fields(exercise, "en", figures, chapters),
            },
            shared={
                "audience": exercise["audience"],
                "duration_minutes": exercise["duration_minutes"],
                "group_size_min": low,
                "group_size_max": high,
            },
        )


@register
class PlaybookDemo(DemoBuilder):
    order = 20
    label = "draaiboek and reflection exercises"

    def build(self, ctx):
        home = site_home(ctx)
        figures = ensure_partnership_figures(ctx)
        draaiboek = ensure_page(
            ctx, home, PlaybookIndexPage, slug="draaiboek", nl=DRAAIBOEK["nl"], en=DRAAIBOEK["en"]
        )
        chapters = build_chapters(ctx, draaiboek)
        exercises = ensure_page(
            ctx,
            home,
            ReflectionExerciseIndexPage,
            slug="reflectie-oefeningen",
            nl=EXERCISE_INDEX["nl"],
            en=EXERCISE_INDEX["en"],
        )
        build_exercises(ctx, exercises, figures, chapters)
        add_to_menu(ctx, draaiboek)
        add_to_menu(ctx, exercises)

    def reset(self, ctx):
        # The pages go with portal's page trees; the files they link to do not.
        delete_assets()


def link_case_studies(ctx, page, case_slugs):
    """The Dutch chapter or exercise `page` names the Dutch cases `case_slugs` as its illustrations;
    its English translation follows by a sync (its links then point at the English cases). A page
    that already has links keeps them."""
    cases = {case.slug: case for case in CaseStudyPage.objects.filter(locale=ctx.nl, slug__in=case_slugs)}
    if page.case_study_links.exists() or not cases:
        return
    link = ChapterCaseStudy if isinstance(page, PlaybookChapterPage) else ExerciseCaseStudy
    with transaction.atomic():
        page.case_study_links = [link(case_study=cases[slug]) for slug in case_slugs if slug in cases]
        page.save_revision().publish()
    sync_translation(ctx, page)
    ctx.log(f"nl  {page.url_path}: {len(cases)} case studies")


@register
class DraaiboekCaseStudiesDemo(DemoBuilder):
    """Runs after the case studies (order 30), which the chapters and exercises link to."""

    order = 35
    label = "case studies that illustrate the draaiboek"

    def build(self, ctx):
        pages = {
            page.slug: page
            for model in (PlaybookChapterPage, ReflectionExercisePage)
            for page in model.objects.filter(locale=ctx.nl, slug__in=ILLUSTRATED_BY)
        }
        for slug, case_slugs in ILLUSTRATED_BY.items():
            if slug in pages:
                link_case_studies(ctx, pages[slug], case_slugs)
