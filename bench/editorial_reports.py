"""How fast are the translation status and content health reports with thousands of pages?

Builds N Dutch pages under one parent (half of them translated into English, some
translations outdated or unpublished, some pages without summary, some linking to a
deleted page), then times each report's rows and its first admin page over HTTP,
and counts queries. Run it on a database of its own:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/kb_editors_bench
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo_content
    .venv/bin/python bench/editorial_reports.py --pages 5000

Running it again replaces the bench pages. Figures: bench/README.md.
"""

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page, ReferenceIndex, Site  # noqa: E402

from bench.limits import require_local_database, require_within  # noqa: E402
from portal.admin_reports.content_health import health_issues  # noqa: E402
from portal.admin_reports.translation_status import TranslationReport  # noqa: E402
from portal.models import StandardPage  # noqa: E402

BENCH_SLUG = "bench-editorial-reports"


def bench_parent(home, title, translation_key=None):
    old = StandardPage.objects.child_of(home).filter(slug=BENCH_SLUG).first()
    if old:
        old.delete()
    parent = StandardPage(title=title, slug=BENCH_SLUG, summary="Benchmark.", locale=home.locale)
    if translation_key:
        parent.translation_key = translation_key
    home.add_child(instance=parent)
    return parent


def bulk_children(parent, specs):
    """Insert many StandardPages under `parent` at once: Page rows with their tree paths,
    then the StandardPage rows (Django cannot bulk-create multi-table children)."""
    content_type = ContentType.objects.get_for_model(StandardPage)
    pages = [
        Page(
            content_type=content_type,
            path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + number),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{spec['slug']}/",
            draft_title=spec["title"],
            has_unpublished_changes=False,
            first_published_at=spec["last_published_at"],
            **{key: value for key, value in spec.items() if key not in {"summary", "body"}},
        )
        for number, spec in enumerate(specs, start=1)
    ]
    Page.objects.bulk_create(pages, batch_size=1000)
    with connection.cursor() as cursor:
        cursor.executemany(
            # the table name comes from the model, values are parameters
            f"INSERT INTO {StandardPage._meta.db_table} (page_ptr_id, summary, body) VALUES (%s, %s, %s)",  # noqa: S608
            [(page.pk, spec["summary"], spec["body"]) for page, spec in zip(pages, specs, strict=True)],
        )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def build(pages):
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    home_nl = Site.objects.get(is_default_site=True).root_page.specific
    home_en = home_nl.get_translation(en)
    parent_nl = bench_parent(home_nl, "Benchmark")
    parent_en = bench_parent(home_en, "Benchmark", translation_key=parent_nl.translation_key)
    gone = StandardPage(title="Verdwijnt", slug="verdwijnt", summary="Weg.", locale=nl)
    parent_nl.add_child(instance=gone)
    parent_nl.refresh_from_db()
    now = timezone.now()
    link = json.dumps(
        [
            {
                "type": "text",
                "value": f'<p><a linktype="page" id="{gone.pk}">oud</a></p>',
                "id": str(uuid.uuid4()),
            }
        ]
    )
    dutch = [
        {
            "title": f"Casus {number:05d}",
            "slug": f"casus-{number:05d}",
            "summary": "" if number % 20 == 0 else "Een samenvatting.",
            "body": link if number % 50 == 0 else "[]",
            "locale": nl,
            "translation_key": uuid.uuid4(),
            "live": True,
            "last_published_at": now - timedelta(days=10),
            "latest_revision_created_at": now - timedelta(days=10),
        }
        for number in range(pages)
    ]
    english = [
        {
            **spec,
            "title": spec["title"].replace("Casus", "Case"),
            "slug": spec["slug"].replace("casus", "case"),
            "summary": "A summary.",
            "body": "[]",
            "locale": en,
            "live": number % 8 != 0,  # some translations not published
            # every 10th translation is older than its source: outdated
            "last_published_at": now - timedelta(days=20 if number % 10 == 0 else 5),
            "latest_revision_created_at": now - timedelta(days=20 if number % 10 == 0 else 5),
        }
        for number, spec in enumerate(dutch)
        if number % 2 == 0
    ]
    linking = [
        page
        for page, spec in zip(bulk_children(parent_nl, dutch), dutch, strict=True)
        if spec["body"] != "[]"
    ]
    bulk_children(parent_en, english)
    for page in StandardPage.objects.filter(pk__in=[page.pk for page in linking]):
        ReferenceIndex.create_or_update_for_object(page)
    gone.delete()


def timed(function, repeat):
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        durations.append(time.perf_counter() - start)
    return result, statistics.median(durations)


def queries(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true", help="measure the pages of the last run")
    args = parser.parse_args()
    require_within(parser, "--pages", args.pages, 1, 20_000)
    require_within(parser, "--repeat", args.repeat, 1, 50)
    require_local_database(connection.settings_dict)

    if not args.skip_build:
        start = time.perf_counter()
        with transaction.atomic():
            build(args.pages)
        print(f"built {args.pages} Dutch pages (+ translations) in {time.perf_counter() - start:.1f} s")

    total = Page.objects.filter(depth__gt=1).count()
    user = get_user_model().objects.filter(
        is_superuser=True
    ).first() or get_user_model().objects.create_superuser("bench-admin", "bench@localhost", None)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    print(f"pages in the tree: {total} ({connection.vendor})")
    rows, seconds = timed(lambda: TranslationReport().rows(), args.repeat)
    print(
        f"translation status rows: {len(rows)} in {seconds * 1000:.0f} ms, {queries(lambda: TranslationReport().rows())} queries"
    )
    issues, seconds = timed(health_issues, args.repeat)
    print(
        f"content health issues: {len(issues)} in {seconds * 1000:.0f} ms, {queries(health_issues)} queries"
    )
    for name in ("portal_reports:translation_status", "portal_reports:content_health"):
        url = reverse(name)
        response, seconds = timed(lambda url=url: client.get(url, {"p": 2}), args.repeat)
        assert response.status_code == 200, response.status_code
        print(f"GET {url}?p=2: {seconds * 1000:.0f} ms (median of {args.repeat})")


if __name__ == "__main__":
    main()
