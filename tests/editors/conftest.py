"""Users in each editorial role, made the way an administrator would: a user in a group."""

import pytest

from tests.builders import home, make_user

ROLES = ["Editors", "Reviewers", "Translators", "Triage coordinators", "Teachers", "Administrators"]


@pytest.fixture
def role_user(db):
    def create(group_name, language="en"):
        username = group_name.lower().replace(" ", "-")
        return make_user(f"{username}-{language}", group_name, language=language)

    return create


@pytest.fixture
def home_nl(db):
    return home("nl")


@pytest.fixture
def home_en(db):
    return home("en")
