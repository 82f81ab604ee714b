import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the quick start's admin account once and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        login_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin login: {login_url} as '{username}' (the password was printed when the account "
                f"was made; a new one: .venv/bin/python manage.py changepassword {username})"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="admin@localhost", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: {login_url} as '{username}' with password {password} "
                "(printed this once; keep it)"
            )
        )
