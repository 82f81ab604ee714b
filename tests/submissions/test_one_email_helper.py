"""Every e-mail is rendered and queued by submissions.emails.queue_email, in the language
asked for, whatever language is active when it is queued."""

import ast
from pathlib import Path

from django.utils import translation

import pytest

from submissions.emails import queue_email
from submissions.models import EmailKind, OutgoingEmail

from ..builders import make_vraagstuk

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
APPS = ["portal", "casestudies", "playbook", "submissions", "search"]
# Building or sending an e-mail by hand, beside the one helper; delivery of the outbox is the task's.
HAND_MADE = {"EmailMultiAlternatives", "EmailMessage", "send_mail", "send_mass_mail", "mail_admins"}
ALLOWED = {
    "submissions/emails.py": {"render_to_string", "OutgoingEmail.objects.create"},
    "submissions/tasks.py": {"EmailMultiAlternatives"},
}


@pytest.mark.parametrize(
    ("language", "subject", "greeting"),
    [
        ("nl", "Uw vraagstuk {} is ontvangen", "Beste An Peeters,"),
        ("en", "Your question {} was received", "Dear An Peeters,"),
    ],
)
@pytest.mark.parametrize("active", ["nl", "en"])
def test_an_email_is_in_the_recipients_language(no_questions, language, subject, greeting, active):
    vraagstuk = make_vraagstuk(language=language)
    with translation.override(active):
        email = queue_email(
            "submissions/email/acknowledgement",
            language=language,
            recipients=[vraagstuk.email],
            kind=EmailKind.ACKNOWLEDGEMENT,
            context={"vraagstuk": vraagstuk, "status_url": "https://kennisbrug.example/status/x/"},
            vraagstuk=vraagstuk,
        )
        assert translation.get_language() == active
    email = OutgoingEmail.objects.get(pk=email.pk)
    assert email.subject == subject.format(vraagstuk.reference)
    assert email.recipients == [vraagstuk.email]
    assert "https://kennisbrug.example/status/x/" in email.body_text
    assert "https://kennisbrug.example/status/x/" in email.body_html
    assert email.body_text.startswith(greeting)
    assert f"<p>{greeting}</p>" in email.body_html


def calls_in(path):
    """The names of the functions and methods `path` calls (Attribute chains written out)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            names.add(ast.unparse(node.func))
    return names


def test_no_email_is_rendered_or_sent_beside_the_helper():
    found = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            calls = calls_in(path)
            wrong = {name for name in calls if name.split(".")[-1] in HAND_MADE}
            wrong |= {name for name in calls if name.endswith("OutgoingEmail.objects.create")}
            if "/email" in path.read_text() or "email" in relative:
                wrong |= {name for name in calls if name.endswith("render_to_string")}
            wrong -= ALLOWED.get(relative, set())
            if wrong:
                found[relative] = sorted(wrong)
    assert not found, f"e-mails made beside submissions.emails.queue_email: {found}"
