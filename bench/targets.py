"""The addresses a load run measures, looked up in the benchmark database.

Needs Django set up (run_load.py does). Anything an app has not built yet is left
out and reported as missing, so the run works at every stage of the project.
"""

from urllib.parse import urlencode

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import translation

SEARCH_WORD = "buurt"  # common in the Dutch demo and generated content


def first_live(label):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model.objects.live().public().filter(locale__language_code="nl").order_by("path").first()


def facet_query(case):
    """Three facet filters a real case matches: its theme, place and education format."""
    theme = case.themes.first() if hasattr(case, "themes") else None
    place = getattr(case, "place", None)
    values = {"theme": getattr(theme, "key", None), "place": getattr(place, "key", None)}
    values["format"] = getattr(case, "education_format", None)
    return "?" + urlencode({name: value for name, value in values.items() if value})


def route(name, query=""):
    try:
        with translation.override("nl"):
            return reverse(name) + query
    except NoReverseMatch:
        return None


def page_targets():
    """[(name, path or None)] in the order of the report."""
    listing = first_live("casestudies.CaseStudyIndexPage")
    case = first_live("casestudies.CaseStudyPage")
    chapter = first_live("playbook.PlaybookChapterPage")
    exercise = first_live("playbook.ReflectionExercisePage")
    standard = first_live("portal.StandardPage")
    return [
        ("home", "/nl/"),
        ("standard page", standard and standard.get_url()),
        ("case listing", listing and listing.get_url()),
        ("case listing, 3 facets", listing and case and listing.get_url() + facet_query(case.specific)),
        ("case detail", case and case.get_url()),
        ("draaiboek chapter", chapter and chapter.get_url()),
        ("reflection exercise", exercise and exercise.get_url()),
        ("search", route("search:search", f"?q={SEARCH_WORD}")),
        ("chapter PDF", chapter and getattr(chapter.specific, "pdf_url", None)),
        ("intake form (GET)", route("submissions:form")),
    ]


def form_target():
    return route("submissions:form")


def stored_submissions():
    try:
        return apps.get_model("submissions.Vraagstuk").objects.count()
    except LookupError:
        return None
