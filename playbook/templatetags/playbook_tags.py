from django import template

from wagtail.models import Page

from modelcluster.fields import ParentalKey

from playbook.localized_pages import localized_live_pages
from playbook.models import ReflectionExercisePage
from portal.fragment_cache import page_fragment

register = template.Library()

# The casestudies app links a case study to the pages it illustrates with a model holding a
# ParentalKey to the case study and a ForeignKey to wagtailcore.Page with
# related_name="illustrated_by". playbook does not import casestudies, so the relation is
# found by that name at run time, and its two field names are read from the model itself.
ILLUSTRATION_ACCESSOR = "illustrated_by"


def illustration_relation():
    """(link model, name of its page field, name of its case-study field), or None when absent."""
    for relation in Page._meta.related_objects:
        if relation.get_accessor_name() != ILLUSTRATION_ACCESSOR:
            continue
        link_model = relation.related_model
        parent_keys = [field.name for field in link_model._meta.fields if isinstance(field, ParentalKey)]
        if len(parent_keys) == 1:
            return link_model, relation.field.name, parent_keys[0]
    return None


def kept_per_generation(fragment_name):
    """Registers `query(page)` as a template tag whose list of pages is a page fragment
    (portal.fragment_cache.page_fragment), kept until content is published."""

    def register_tag(query):
        # No functools.wraps: Django reads the tag's own signature (context first) through it.
        @register.simple_tag(takes_context=True, name=query.__name__)
        def tag(context, page):
            return page_fragment(context.get("request"), fragment_name, page, lambda: query(page))

        return tag

    return register_tag


@kept_per_generation("illustrating-cases")
def illustrating_case_studies(page):
    """Live case studies, in the visitor's language, that illustrate page or a translation of it."""
    relation = illustration_relation()
    if relation is None:
        return []
    link_model, page_field, case_study_field = relation
    case_study_model = link_model._meta.get_field(case_study_field).related_model
    translations = Page.objects.filter(translation_key=page.translation_key).values("pk")
    linked = case_study_model.objects.filter(
        pk__in=link_model.objects.filter(**{f"{page_field}__in": translations}).values(case_study_field)
    )
    return sorted(localized_live_pages(linked), key=lambda case_study: case_study.title)


@kept_per_generation("chapter-exercises")
def exercises_for_chapter(chapter):
    """Live reflection exercises, in the visitor's language, that link to chapter or a translation of it."""
    linked = ReflectionExercisePage.objects.filter(
        chapter_links__chapter__translation_key=chapter.translation_key
    )
    return sorted(localized_live_pages(linked), key=lambda exercise: exercise.path)


@kept_per_generation("exercise-chapters")
def chapters_of_exercise(exercise):
    """The draaiboek chapters an exercise links to, in the visitor's language, live ones only."""
    return exercise.chapters
