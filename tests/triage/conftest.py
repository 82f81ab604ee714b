from django.utils import translation

import pytest

from submissions.models import Vraagstuk
from tests.submissions.smtp import LoopbackSMTPServer, free_port


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


@pytest.fixture
def smtp_inbox(settings):
    """A real SMTP server on loopback that e-mails are delivered to (tests.submissions.smtp)."""
    server = LoopbackSMTPServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    server.start()
    yield server.inbox
    server.stop()
