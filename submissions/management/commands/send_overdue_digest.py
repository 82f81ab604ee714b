from django.core.management.base import BaseCommand

from portal.job_lock import single_run
from submissions.triage.digest import queue_digests


class Command(BaseCommand):
    help = "Queue the weekly e-mail of overdue questions to each triage coordinator (run weekly from cron)."

    @single_run
    def handle(self, *args, **options):
        self.stdout.write(f"{queue_digests()} digests queued")
