"""Users in each editorial role, made the way an administrator would: a user in a group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile

import pytest

ROLES = ["Editors", "Reviewers", "Translators", "Triage coordinators", "Teachers", "Administrators"]


def make_user(username, group_name=None, language="en"):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@kennisbrug.example", password="not-used-here-1234"
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def role_user(db):
    def create(group_name, language="en"):
        username = group_name.lower().replace(" ", "-")
        return make_user(f"{username}-{language}", group_name, language)

    return create


@pytest.fixture
def home_nl(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def home_en(home_nl):
    return home_nl.get_translation(Locale.objects.get(language_code="en")).specific
