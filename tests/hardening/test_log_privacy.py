"""The application's logs of a submission hold none of the partner's personal data.

The root logger is opened to DEBUG (LOG_LEVEL=DEBUG) and everything is captured (with the production JSON formatter, so
exceptions and their tracebacks are included) while a partner submits a question with
sentinel values, the worker delivers the e-mails over real SMTP (once refused by the
server, once accepted), and the partner adds information on the status page. Only the
test's own SMTP server (aiosmtpd, logger "mail.log") is left out: it is not our app.
"""

import io
import logging

from django.core.management import call_command

import pytest

from portal.request_logging import JSONFormatter, RequestIDFilter
from submissions.models import OutgoingEmail, Vraagstuk
from tests.submissions.helpers import FORM_URL, status_link, valid_answers
from tests.submissions.smtp import LoopbackSMTPServer, free_port

SENTINELS = {
    "organisation": "Logsentinel Organisatie Zq4",
    "contact_name": "Logsentinel Naam Zq4",
    "email": "logsentinel.zq4@example.org",
    "phone": "+32 470 44 04 44",
    "title": "Logsentinel titel Zq4 voor de wijk",
    "description": "Logsentinel beschrijving Zq4: wie woont hier alleen?",
    "neighbourhood": "Logsentinelwijk Zq4",
}
ADDED_INFORMATION = "Logsentinel aanvulling Zq4"
TEST_SERVER_LOGGER = "mail.log"


class EverythingHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.stream = io.StringIO()
        self.names = set()
        self.setFormatter(JSONFormatter())
        self.addFilter(RequestIDFilter())

    def emit(self, record):
        if record.name.startswith(TEST_SERVER_LOGGER):
            return
        self.names.add(record.name)
        self.stream.write(self.format(record) + "\n")


@pytest.fixture
def all_logs():
    """LOG_LEVEL=DEBUG: the root logger and all that inherit from it at DEBUG, captured.

    Loggers that settings.LOGGING sets to a level of their own keep it, as they would
    in production with LOG_LEVEL=DEBUG.
    """
    handler = EverythingHandler()
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    root.setLevel(level)


TEAM_ADDRESS = "triage@kennisbrug.example"


class RefusingOnce:
    """SMTP handler that refuses the partner's address the first time (a full mailbox), so the
    failure path logs too, with an error whose text quotes that address."""

    def __init__(self, inbox):
        self.inbox = inbox
        self.refused = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == SENTINELS["email"] and not self.refused:
            self.refused = True
            return "452 4.2.2 Mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        return await self.inbox.handle_DATA(server, session, envelope)


@pytest.fixture
def smtp_server(settings):
    server = LoopbackSMTPServer(free_port())
    server.inbox = RefusingOnce(server.inbox)
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.SUBMISSION_EMAIL_RETRY_DELAYS = [0]
    settings.TRIAGE_TEAM_EMAILS = [TEAM_ADDRESS]
    settings.SUBMISSION_MIN_FORM_SECONDS = 0
    settings.SUBMISSION_RATE_PER_IP = settings.SUBMISSION_RATE_PER_EMAIL = "10000/h"
    settings.SUBMISSION_STATUS_RATE_PER_IP = "10000/h"
    yield server
    server.stop()


def run_worker():
    call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_submission_and_its_emails_log_no_personal_data(client, smtp_server, all_logs, tmp_path, settings):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    thanks = client.post(FORM_URL["nl"], valid_answers(**SENTINELS), follow=True)
    assert thanks.status_code == 200
    vraagstuk = Vraagstuk.objects.get(email=SENTINELS["email"])

    run_worker()  # the partner's acknowledgement is refused once and retried at once
    assert smtp_server.inbox.refused
    assert not OutgoingEmail.objects.filter(vraagstuk=vraagstuk, sent_at__isnull=True).exists()
    acknowledgement = smtp_server.inbox.inbox.to(SENTINELS["email"])[0]
    link = status_link(acknowledgement.get_body(("plain",)).get_content())
    assert client.post(link, {"action": "add", "info-information": ADDED_INFORMATION}).status_code == 302
    assert client.get(link).status_code == 200

    logs = all_logs.stream.getvalue()
    assert "not delivered" in logs, sorted(all_logs.names)  # the capture works
    leaked = {
        name: value for name, value in {**SENTINELS, "added": ADDED_INFORMATION}.items() if value in logs
    }
    assert not leaked, (leaked, logs[:3000])
