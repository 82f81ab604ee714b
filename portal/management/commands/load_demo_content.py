from django.core.management.base import BaseCommand
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
