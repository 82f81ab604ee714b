"""Hostile but valid text is stored as typed and shown escaped everywhere it appears."""

from django.core import mail
from django.utils.html import escape

import pytest

from submissions.models import Vraagstuk

from .helpers import FORM_URL, status_link, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

HOSTILE = [
    "<script>alert('kb')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.cookie)",
    '<a href="javascript:alert(1)">klik</a>',
    "Rapport\u202egpj.exe",
    "Fietsen 🚲 en buren 👩🏽‍🔬 in de wijk",
    "Robert'); DROP TABLE submissions_vraagstuk;--",
    "' OR '1'='1",
    '=HYPERLINK("http://evil.example","klik")',
    "+31 6 1234 5678",
    "-2+3 in de wijk",
    "@SUM(A1:A9)",
    "{{ request.META }} {% debug %}",
    "</textarea><b>vet</b>",
    "&amp; &lt;b&gt; al ge-escaped",
    "%s %(name)s {0} ${7*7}",
    "Café \u2018De Ster\u2019 «ß» ñ — ﷺ שלום",  # typographic quotes, Arabic, Hebrew
]


def test_there_are_at_least_fifteen_hostile_strings():
    assert len(HOSTILE) >= 15


def assert_escaped(html, text):
    assert escape(text) in html
    if escape(text) != text:
        assert text not in html


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_verbatim_and_shown_escaped(client, django_capture_on_commit_callbacks, text):
    answers = valid_answers(title=text, organisation=text, contact_name=text, description=f"{text}\n{text}")
    with django_capture_on_commit_callbacks(execute=True):
        thanks = client.post(FORM_URL["nl"], answers, follow=True)

    vraagstuk = Vraagstuk.objects.get()
    assert (vraagstuk.title, vraagstuk.organisation, vraagstuk.contact_name) == (text, text, text)
    assert vraagstuk.description == f"{text}\n{text}"

    assert_escaped(thanks.content.decode(), text)

    acknowledgement = next(message for message in mail.outbox if message.to == [vraagstuk.email])
    assert text in acknowledgement.body  # plain text: verbatim
    assert_escaped(acknowledgement.alternatives[0][0], text)
    notification = next(message for message in mail.outbox if message.to != [vraagstuk.email])
    assert text in notification.body
    assert_escaped(notification.alternatives[0][0], text)

    link = status_link(acknowledgement.body)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, {"action": "add", "info-information": text})
    status_html = client.get(link).content.decode()
    assert_escaped(status_html, text)
    assert vraagstuk.events.get(kind="information_added").public_message == text
