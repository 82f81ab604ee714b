from django.core.management.base import BaseCommand

from portal.job_lock import single_run
from submissions.triage.impact import send_follow_ups


class Command(BaseCommand):
    help = "E-mail the impact follow-up to partners whose question was completed TRIAGE_IMPACT_FOLLOW_UP_MONTHS ago (run daily)."

    @single_run
    def handle(self, *args, **options):
        self.stdout.write(f"{send_follow_ups()} follow-ups queued")
