from django.core.management.base import BaseCommand

from portal.job_lock import single_run
from submissions.triage.retention import anonymise_expired


class Command(BaseCommand):
    help = (
        "Anonymise the personal data of questions closed longer than TRIAGE_RETENTION_MONTHS ago "
        "(what submissions.personal_data declares: contact details, attachments, the partner's messages, "
        "queued e-mails). Safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count only; change nothing.")
        parser.add_argument("--months", type=int, help="Override the retention period for this run.")

    @single_run
    def handle(self, *args, dry_run=False, months=None, **options):
        counts = anonymise_expired(dry_run=dry_run, months=months)
        verb = "would be anonymised" if dry_run else "anonymised"
        others = ", ".join(
            f"{count} {label}" for label, count in sorted(counts.items()) if label != "questions"
        )
        self.stdout.write(f"{counts['questions']} questions {verb}: {others}")
