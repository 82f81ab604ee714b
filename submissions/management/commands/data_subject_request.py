from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from submissions.triage.data_subject import erase, export_archive


class Command(BaseCommand):
    help = "Answer a data-subject request by e-mail address: export everything to a ZIP, or erase it."

    def add_arguments(self, parser):
        parser.add_argument("email")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--export", metavar="ZIP", help="Write a ZIP with every row and file.")
        action.add_argument("--erase", action="store_true", help="Delete every row, file and e-mail.")

    def handle(self, *args, email, export=None, **options):
        if export:
            Path(export).write_bytes(export_archive(email))
            self.stdout.write(f"Written to {export}")
            return
        if not options.get("erase"):
            raise CommandError("Choose --export or --erase.")
        counts = erase(email)
        self.stdout.write(
            f"Erased {counts['questions']} questions, {counts['attachments']} attachments, {counts['emails']} e-mails"
        )
