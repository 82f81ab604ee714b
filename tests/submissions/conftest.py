from django.core.cache import cache

import pytest

from submissions.models import Vraagstuk


@pytest.fixture(autouse=True)
def intake_settings(settings, tmp_path):
    """No waiting for the time trap, generous rate limits, attachments in a fresh folder.
    Tests of the time trap and the rate limits set their own values."""
    settings.SUBMISSION_MIN_FORM_SECONDS = 0
    settings.SUBMISSION_RATE_PER_IP = "10000/h"
    settings.SUBMISSION_RATE_PER_EMAIL = "10000/h"
    settings.SUBMISSION_STATUS_RATE_PER_IP = "10000/h"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.TRIAGE_TEAM_EMAILS = ["triage@kennisbrug.example"]
    cache.clear()  # rate-limit counters live in the cache
    yield
    cache.clear()


def delete_demo_questions():
    Vraagstuk.objects.all().delete()  # the demo's examples; rolled back or restored after the test


@pytest.fixture
def no_questions(db):
    delete_demo_questions()


@pytest.fixture
def no_questions_transactional(transactional_db):
    delete_demo_questions()
