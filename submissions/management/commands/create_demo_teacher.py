import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from wagtail.users.models import UserProfile

from submissions.models import EducationOffer


class Command(BaseCommand):
    help = (
        "Create the quick start's demo teacher once, owner of the demo offers of one institution, "
        "and print how to log in."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="docent")

    def handle(self, *args, username, **options):
        User = get_user_model()
        login_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Teacher login: {login_url} as '{username}' (the password was printed when the account "
                f"was made; a new one: .venv/bin/python manage.py changepassword {username})"
            )
            return
        password = secrets.token_urlsafe(12)
        teacher = User.objects.create_user(
            username=username,
            email="docent@localhost",
            password=password,
            first_name="Demo",
            last_name="Docent",
        )
        teacher.groups.add(Group.objects.get(name="Teachers"))
        profile = UserProfile.get_for_user(teacher)
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save()
        first = EducationOffer.objects.filter(owner=None).order_by("pk").first()
        if first:
            EducationOffer.objects.filter(owner=None, institution=first.institution).update(owner=teacher)
        self.stdout.write(
            self.style.SUCCESS(
                f"Teacher login: {login_url} as '{username}' with password {password} "
                "(printed this once; keep it)"
            )
        )
