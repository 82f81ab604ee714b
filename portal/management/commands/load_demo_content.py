import contextlib

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.files.storage import storages
from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from django.utils.module_loading import autodiscover_modules

from portal.demo import DemoContext, registered_builders


class Command(BaseCommand):
    help = (
        "Build the bilingual demo site from the source documents: Dutch first, then English, "
        "top-down, one page per transaction. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete the demo content first and build it anew."
        )

    def handle(self, *args, reset=False, **options):
        with loading_settings():
            self.load(reset)

    def load(self, reset):
        autodiscover_modules("demo")
        ctx = DemoContext(write=self.stdout.write)
        builders = registered_builders()
        if reset:
            self.stdout.write("Removing demo content...")
            for builder in reversed(builders):
                builder.reset(ctx)
        for builder in builders:
            self.stdout.write(f"Building {builder.label or type(builder).__name__}...")
            builder.build(ctx)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(ctx.created)} objects created)."))


def manifest_missing():
    """True when static files are named by a manifest that collectstatic has not written yet."""
    storage = storages["staticfiles"]
    return isinstance(storage, ManifestFilesMixin) and not storage.manifest_storage.exists(
        storage.manifest_name
    )


@contextlib.contextmanager
def loading_settings():
    """Settings under which the loader works in every environment.

    - Background tasks (search and reference index upkeep) run inline: the loader replaces rows
      as it goes, and a task queued for a row it replaced would fail later in the worker.
    - Before collectstatic has run (a fresh production install), the documents the loader
      renders (the model-contract PDFs) name static files without the manifest's hashed names;
      the PDF renderer reads them from the apps' static folders.
    """
    overrides = {"TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}}
    if manifest_missing():
        overrides["STORAGES"] = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    with override_settings(**overrides):
        yield
