"""Search latency with 10,000 pages across both languages on PostgreSQL.

Generates N StandardPages (half Dutch, half English, bulk-inserted under one parent per
language, with generated paragraphs), rebuilds the search index with `manage.py reindex`,
then times the search page (full view: query, facet counts, passages, template) for a fixed
list of queries, and the autocomplete endpoint, in-process with Django's test client.
Run it on a database of its own:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kb_bench_search .venv/bin/python bench/search_bench.py

The first run creates and migrates the database, loads the demo site and generates the pages
(a few minutes); later runs reuse them (`--regenerate` builds them again). Figures: bench/README.md.
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# Test settings: DEBUG off, no full-page cache (every request does the search), inline tasks.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kb_bench_search")

import django

import dj_database_url
import psycopg

django.setup()
DATABASE = dj_database_url.parse(os.environ["DATABASE_URL"])

from django.conf import settings  # noqa: E402

# As in production, the menu and footer are kept (the test settings switch that off); search
# results are never kept, so every request really searches.
settings.FRAGMENT_CACHE_SECONDS = 60

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.models import Locale, Page, Site  # noqa: E402

from bench.limits import require_local_database, require_within  # noqa: E402
from portal.models import HomePage, StandardPage  # noqa: E402

BENCH_SLUG = "bench-search"
WORDS = {
    "nl": [
        "studenten",
        "gemeente",
        "wijk",
        "buurt",
        "eenzaamheid",
        "ouderen",
        "fietsenstallingen",
        "samenwerken",
        "partners",
        "onderwijs",
        "hogeschool",
        "universiteit",
        "vraagstuk",
        "onderzoek",
        "bewoners",
        "duurzaamheid",
        "energie",
        "armoede",
        "taal",
        "bibliotheek",
        "zorg",
        "welzijn",
        "veiligheid",
        "mobiliteit",
        "stage",
        "project",
        "docent",
        "reflectie",
        "leren",
        "praktijk",
        "resultaat",
        "vrijwilligers",
        "jongeren",
        "gezondheid",
        "klimaat",
        "groen",
        "water",
        "verkeer",
        "wonen",
        "cultuur",
        "sport",
        "werk",
        "inclusie",
        "diversiteit",
    ],
    "en": [
        "students",
        "municipality",
        "district",
        "neighbourhood",
        "loneliness",
        "older",
        "people",
        "bicycle",
        "parking",
        "cooperation",
        "partners",
        "education",
        "university",
        "college",
        "question",
        "research",
        "residents",
        "sustainability",
        "energy",
        "poverty",
        "language",
        "library",
        "care",
        "wellbeing",
        "safety",
        "mobility",
        "internship",
        "project",
        "teacher",
        "reflection",
        "learning",
        "practice",
        "results",
        "volunteers",
        "young",
        "health",
        "climate",
        "green",
        "water",
        "traffic",
        "housing",
        "culture",
        "sport",
        "work",
        "inclusion",
        "diversity",
    ],
}
VOCABULARY = {}
ZIPF_WEIGHTS = [1 / rank for rank in range(1, 3001)]
QUERIES = {
    "nl": [
        "eenzaamheid",
        "fietsenstalling",
        "samenwerking",
        "studenten wijk",
        "duurzaamheid energie",
        "eenzaamhied",
    ],
    "en": [
        "loneliness",
        "municipality",
        "bicycle parking",
        "students district",
        "sustainability",
        "municipalty",
    ],
}
PREFIXES = {"nl": ["een", "fiets", "samen", "stud", "duur"], "en": ["lone", "muni", "bicy", "stud", "sust"]}


def ensure_database():
    params = {
        "host": DATABASE["HOST"] or "127.0.0.1",
        "port": DATABASE["PORT"] or 5432,
        "user": DATABASE["USER"],
    }
    with psycopg.connect(**params, dbname="postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE["NAME"]]).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{DATABASE["NAME"]}"')
    call_command("migrate", verbosity=0)
    if not HomePage.objects.exists():  # the demo site: both language trees
        call_command("load_demo_content", verbosity=0)


SYLLABLES = {
    "nl": [
        "ver",
        "be",
        "ge",
        "ont",
        "over",
        "wer",
        "zaam",
        "heid",
        "ling",
        "stad",
        "huis",
        "plan",
        "raad",
        "zorg",
        "markt",
        "bouw",
        "land",
        "weg",
        "school",
        "werk",
        "kracht",
        "taal",
        "licht",
        "veld",
        "tijd",
        "geld",
    ],
    "en": [
        "con",
        "pro",
        "re",
        "de",
        "inter",
        "ment",
        "tion",
        "ness",
        "ship",
        "able",
        "ward",
        "house",
        "plan",
        "care",
        "mark",
        "build",
        "land",
        "way",
        "school",
        "work",
        "power",
        "speak",
        "light",
        "field",
        "time",
    ],
}


def vocabulary(rng, language, size=3000):
    """Invented words of 2 to 4 syllables: a realistic spread of rare and common words, so each
    topic word occurs in a few percent of the pages, not in all of them."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng, language, length, topics=1):
    """Words drawn with a Zipf-like skew from the invented vocabulary, plus `topics` real topic words."""
    words = rng.choices(VOCABULARY[language], weights=ZIPF_WEIGHTS, k=length)
    for _ in range(topics):
        words[rng.randrange(length)] = rng.choice(WORDS[language])
    return " ".join(words).capitalize() + "."


def bulk_children(parent, language, count, rng):
    """Page rows with their tree paths in bulk, then the StandardPage rows (multi-table insert)."""
    content_type = ContentType.objects.get_for_model(StandardPage)
    locale = Locale.objects.get(language_code=language)
    specs = []
    for number in range(1, count + 1):
        title = f"{sentence(rng, language, 5)[:-1]} {number}"
        summary = sentence(rng, language, 25)
        specs.append((number, title, summary, [sentence(rng, language, 60, topics=2) for _ in range(3)]))
    pages = [
        Page(
            content_type=content_type,
            path=Page._get_path(parent.path, parent.depth + 1, number),
            depth=parent.depth + 1,
            numchild=0,
            title=title,
            draft_title=title,
            slug=f"bench-{number}",
            url_path=f"{parent.url_path}bench-{number}/",
            locale=locale,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
        )
        for number, title, _summary, _body in specs
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    by_slug = dict(Page.objects.child_of(parent).values_list("slug", "pk"))
    rows = [
        (
            by_slug[f"bench-{number}"],
            summary,
            json.dumps(
                [{"type": "text", "value": "".join(f"<p>{p}</p>" for p in body), "id": str(uuid.uuid4())}]
            ),
        )
        for number, _title, summary, body in specs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO portal_standardpage (page_ptr_id, summary, body) VALUES (%s, %s, %s::jsonb)",
            rows,
        )
    Page.objects.filter(pk=parent.pk).update(numchild=count)


def generate(total):
    rng = random.Random(2026)  # same pages on every machine
    for language in ("nl", "en"):
        VOCABULARY[language] = vocabulary(rng, language)
    home = Site.objects.get(is_default_site=True).root_page
    for language in ("nl", "en"):
        localized_home = home.get_translation(Locale.objects.get(language_code=language))
        old = StandardPage.objects.child_of(localized_home).filter(slug=BENCH_SLUG).first()
        if old:
            old.delete()
        parent = StandardPage(title="Bench", slug=BENCH_SLUG, locale=localized_home.locale)
        localized_home.add_child(instance=parent)
        with transaction.atomic():
            bulk_children(parent, language, total // 2, rng)


def bench_page_count():
    return Page.objects.filter(url_path__contains=f"/{BENCH_SLUG}/bench-").count()


def timings(client, url, params_list, repeat, per_query=None):
    samples = []
    for _round in range(repeat):
        for params in params_list:
            started = time.perf_counter()
            response = client.get(url, params, HTTP_HOST="127.0.0.1")
            elapsed = (time.perf_counter() - started) * 1000
            samples.append(elapsed)
            if per_query is not None:
                per_query.setdefault(f"{url} {params['q']}", []).append(elapsed)
            assert response.status_code == 200, (url, params, response.status_code)
    return samples


def summary(name, samples):
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(f"{name:<28} n={len(ordered):<5} p50={p50:6.1f} ms  p95={p95:6.1f} ms  max={ordered[-1]:6.1f} ms")
    return p95


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10_000, help="pages to generate, half per language")
    parser.add_argument("--repeat", type=int, default=10, help="rounds over the query list")
    parser.add_argument("--regenerate", action="store_true", help="replace the generated pages")
    options = parser.parse_args()
    require_within(parser, "--pages", options.pages, 2, 20_000)
    require_within(parser, "--repeat", options.repeat, 1, 100)
    require_local_database(DATABASE)

    ensure_database()
    if options.regenerate or bench_page_count() < options.pages:
        started = time.perf_counter()
        generate(options.pages)
        print(f"generated {bench_page_count()} pages in {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        call_command("reindex")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh planner statistics after the bulk insert
        print(f"reindexed in {time.perf_counter() - started:.0f} s")
    print(f"{bench_page_count()} bench pages, {Page.objects.live().count()} live pages in all")

    client = Client()
    results = {}
    per_query = {}
    for language, search_url, autocomplete_url in (
        ("nl", "/nl/zoeken/", "/nl/zoeken/suggesties/"),
        ("en", "/en/search/", "/en/search/autocomplete/"),
    ):
        timings(client, search_url, [{"q": q} for q in QUERIES[language]], 1)  # warm-up
        results[f"search {language}"] = timings(
            client, search_url, [{"q": q} for q in QUERIES[language]], options.repeat, per_query
        )
        results[f"search {language} page 3"] = timings(
            client, search_url, [{"q": q, "page": 3} for q in QUERIES[language][:4]], options.repeat
        )
        results[f"autocomplete {language}"] = timings(
            client, autocomplete_url, [{"q": q} for q in PREFIXES[language]], options.repeat
        )
    print()
    search_p95 = summary("search (both languages)", results["search nl"] + results["search en"])
    autocomplete_p95 = summary("autocomplete (both)", results["autocomplete nl"] + results["autocomplete en"])
    for name, samples in results.items():
        summary(name, samples)
    print()
    for name, samples in per_query.items():
        print(f"{name:<40} p50={statistics.median(samples):6.1f} ms")
    print()
    print(f"target search p95 < 100 ms: {'met' if search_p95 < 100 else 'NOT met'}")
    print(f"target autocomplete p95 < 30 ms: {'met' if autocomplete_p95 < 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
