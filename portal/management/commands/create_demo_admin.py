import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the quick start's admin account once and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account '{username}' exists. Log in at http://127.0.0.1:8000/admin/ "
                f"(forgot the password? python manage.py changepassword {username})"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="admin@localhost", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin account created. Log in at http://127.0.0.1:8000/admin/ "
                f"as '{username}' with password: {password}"
            )
        )
