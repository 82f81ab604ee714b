from django.utils import translation

import pytest

from submissions.models import Vraagstuk


@pytest.fixture(autouse=True)
def triage_settings(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.TRIAGE_RETENTION_MONTHS = 24
    # Messages are asserted in English; the Dutch catalogue is checked by tests/portal.
    with translation.override("en"):
        yield


@pytest.fixture
def no_questions(db):
    Vraagstuk.objects.all().delete()  # the demo's examples; rolled back after the test
