from django import template

from playbook.models import ReflectionExercisePage
from portal.public import public_in_active_language

register = template.Library()


@register.simple_tag
def illustrating_case_studies(page):
    """Public case studies, in the visitor's language, that illustrate the chapter or exercise `page`."""
    return page.case_studies


@register.simple_tag
def exercises_for_chapter(chapter):
    """Public reflection exercises, in the visitor's language, that link to `chapter` or a translation of it."""
    linked = ReflectionExercisePage.objects.filter(
        chapter_links__chapter__translation_key=chapter.translation_key
    )
    return sorted(public_in_active_language(linked), key=lambda exercise: exercise.path)


@register.simple_tag
def chapters_of_exercise(exercise):
    """The draaiboek chapters an exercise links to, in the visitor's language, public ones only."""
    return exercise.chapters
