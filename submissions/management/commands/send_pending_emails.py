from django.core.management.base import BaseCommand

from portal.job_lock import single_run
from submissions.tasks import deliver_due_emails


class Command(BaseCommand):
    help = (
        "Deliver every intake e-mail whose next attempt is due. A safety net for lost tasks: "
        "run it every few minutes from cron next to `manage.py db_worker`."
    )

    @single_run
    def handle(self, *args, **options):
        sent, failed = deliver_due_emails()
        self.stdout.write(f"{sent} sent, {failed} failed (will be retried)")
