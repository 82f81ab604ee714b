"""Rebuild the search index of every configured backend, with a progress bar per model.

Like Wagtail's update_index (whose index grouping it reuses), but it counts first so the bar
shows how far along it is: `manage.py reindex [--backend default] [--chunk-size 500]`.
"""

from django.core.management.base import BaseCommand

from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.search.backends import get_search_backend, get_search_backends_with_name

from portal.job_lock import single_run

BAR_WIDTH = 30


def progress_bar(done, total):
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    percent = 100 * done // total if total else 100
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {percent:3d}% {done}/{total}"


class Command(BaseCommand):
    help = "Rebuild the search index (all indexed models, every backend) with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("--backend", help="Only this backend (a key of WAGTAILSEARCH_BACKENDS).")
        parser.add_argument("--chunk-size", type=int, default=500, help="Objects indexed per batch.")

    @single_run
    def handle(self, *args, backend=None, chunk_size=500, **options):
        names = [backend] if backend else [name for name, _backend in get_search_backends_with_name()]
        for name in names:
            self.rebuild(name, get_search_backend(name), chunk_size)

    def rebuild(self, name, backend, chunk_size):
        if not backend.rebuilder_class:
            self.stdout.write(f"{name}: this backend needs no rebuilding")
            return
        total_indexed = 0
        for index, models in group_models_by_index(backend, get_indexed_models()).items():
            rebuilder = backend.rebuilder_class(index)
            index = rebuilder.start()
            for model in models:
                index.add_model(model)
            for model in models:
                total_indexed += self.index_model(index, model, chunk_size)
            rebuilder.finish()
        self.stdout.write(self.style.SUCCESS(f"{name}: indexed {total_indexed} objects"))

    def index_model(self, index, model, chunk_size):
        objects = model.get_indexed_objects().order_by("pk")
        total = objects.count()
        label = f"{model._meta.label}".ljust(40)
        done = 0
        last_pk = None
        while True:
            chunk = list((objects.filter(pk__gt=last_pk) if last_pk is not None else objects)[:chunk_size])
            if not chunk:
                break
            index.add_items(model, chunk)
            done += len(chunk)
            last_pk = chunk[-1].pk
            self.stdout.write(f"\r{label} {progress_bar(done, total)}", ending="")
            self.stdout.flush()
        self.stdout.write(f"\r{label} {progress_bar(done, total)}")
        return done
