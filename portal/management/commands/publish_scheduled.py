"""Wagtail's publish_scheduled, one run at a time (portal comes before wagtail in INSTALLED_APPS)."""

from wagtail.management.commands import publish_scheduled

from portal.job_lock import single_run


class Command(publish_scheduled.Command):
    help = "Publish and unpublish the pages and snippets whose scheduled time has come (run every minute)."

    @single_run
    def handle(self, *args, **options):
        return super().handle(*args, **options)
