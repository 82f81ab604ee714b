"""Deterministic content at the scale of issue 9, for the load benchmark.

    createdb -h 127.0.0.1 -U postgres kb_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/kb_bench SECRET_KEY=bench-only
    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python manage.py migrate
    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python manage.py load_demo_content
    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python bench/generate_content.py --seed 9

Each kind of content is made with its app's factory (found in `<app>.factories` by
model, so this file names no factory). Pages without a factory are copies of a
demo page of that type with new titles. Other models without a factory are left
out and reported: the hook is a factory for that model. Every item is seeded from
(--seed, kind, number), so a run that stopped halfway continues where it was and
gives the same content as one uninterrupted run (dates count back from the day of
the run). Pages get a published English translation, one page per transaction
(wagtail-localize #773). Education offers are made before the vraagstukken, whose
histories are matched with them.
"""

import argparse
import importlib
import importlib.util
import inspect
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django

django.setup()

from django.apps import apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

import factory  # noqa: E402
import factory.random  # noqa: E402

from bench.limits import require_local_database, require_within  # noqa: E402
from bench.progress import ProgressBar  # noqa: E402

# Model label -> how many (issue 9). Pages count per language.
SCALE = {
    "casestudies.CaseStudyPage": 5000,
    "playbook.PlaybookChapterPage": 60,
    "playbook.ReflectionExercisePage": 40,
    "submissions.EducationOffer": 200,  # before the vraagstukken: their histories match them to offers
    "submissions.Vraagstuk": 10000,
}
WORDS = [
    "buurt",
    "stad",
    "studenten",
    "ouderen",
    "eenzaamheid",
    "fietsen",
    "markt",
    "school",
    "wijk",
    "zorg",
    "energie",
    "moestuin",
    "bibliotheek",
    "taal",
    "jongeren",
    "klimaat",
    "verkeer",
    "cultuur",
    "sport",
    "gezondheid",
]


def find_model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def find_factory(model):
    module_name = f"{model._meta.app_label}.factories"
    if importlib.util.find_spec(module_name) is None:
        return None
    module = importlib.import_module(module_name)
    for _name, candidate in inspect.getmembers(module, inspect.isclass):
        if issubclass(candidate, factory.Factory) and candidate._meta.model is model:
            return candidate
    return None


def seed_item(seed, label, number, item_factory):
    """Item `number` gets the same random values and sequence number in every run."""
    key = f"{seed}:{label}:{number}"
    random.seed(key)
    factory.random.reseed_random(key)
    if item_factory is not None:
        item_factory.reset_sequence(number, force=True)  # unique slugs when a run continues


def dutch_parent(model):
    parent_types = [parent for parent in model.allowed_parent_page_models() if parent is not Page]
    parent = Page.objects.type(*parent_types).filter(locale__language_code="nl").order_by("path").first()
    if parent is None:
        raise SystemExit(f"No parent page for {model._meta.label}: run load_demo_content first.")
    return parent.specific


def make_page(model, page_factory, parent, number):
    """A new live Dutch page of `model` under `parent`."""
    if page_factory is not None:
        return page_factory(parent=parent)
    template = model.objects.live().filter(locale__language_code="nl").order_by("path").first()
    if template is None:
        raise SystemExit(f"No factory and no demo page to copy for {model._meta.label}.")
    title = " ".join(random.sample(WORDS, 3)).capitalize()
    return template.copy(
        to=parent,
        update_attrs={"title": f"{title} {number}", "slug": f"{template.slug}-bench-{number}"},
        keep_live=True,
        log_action=None,
    )


def generate_pages(model, count, seed, english):
    label = model._meta.label
    page_factory = find_factory(model)
    existing = model.objects.filter(locale__language_code="nl").count()
    progress = ProgressBar(f"{label} ({'factory' if page_factory else 'copies'})", count)
    progress.advance(min(existing, count))
    for number in range(existing, count):
        seed_item(seed, label, number, page_factory)
        with transaction.atomic():
            page = make_page(
                model, page_factory, Page.objects.get(pk=dutch_parent(model).pk).specific, number
            )
        with transaction.atomic():
            translation = page.copy_for_translation(english)
            translation.save_revision().publish()
        progress.advance()


def generate_rows(model, count, seed):
    label = model._meta.label
    row_factory = find_factory(model)
    if row_factory is None:
        print(f"{label}: no factory in {model._meta.app_label}.factories yet, nothing generated (hook)")
        return
    existing = model.objects.count()
    progress = ProgressBar(label, count)
    progress.advance(min(existing, count))
    for number in range(existing, count):
        seed_item(seed, label, number, row_factory)
        with transaction.atomic():
            row_factory()
        progress.advance()


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the issue's numbers (e.g. 0.1)")
    parser.add_argument("--only", nargs="*", help="model labels to generate (default: all)")
    parser.add_argument("--skip-index", action="store_true", help="leave the search index as it is")
    options = parser.parse_args()
    require_within(parser, "--scale", options.scale, 0.0001, 1.0)
    require_local_database(connection.settings_dict)
    english = Locale.objects.get(language_code="en")
    for label, full_count in SCALE.items():
        if options.only and label not in options.only:
            continue
        model = find_model(label)
        if model is None:
            print(f"{label}: model does not exist yet, skipped")
            continue
        count = max(1, round(full_count * options.scale))
        if issubclass(model, Page):
            generate_pages(model, count, options.seed, english)
        else:
            generate_rows(model, count, options.seed)
    if not options.skip_index:
        print("Updating the search index ...")
        call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        # Fresh statistics: planned on the near-empty tables of the start, the listing's
        # facet query takes seconds instead of milliseconds until autovacuum catches up.
        print("Analysing the tables ...")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


if __name__ == "__main__":
    main()
