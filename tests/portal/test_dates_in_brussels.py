"""Dates and times in Europe/Brussels and in the reader's language (docs/voice.md), for a moment
near midnight UTC: 23:30 UTC on 4 December 2026 is 00:30 on 5 December in Brussels. An e-mail,
an admin inspect view or a PDF that shows UTC shows the 4th; one in Django's American English
formats shows "12/05/2026" or "Dec. 5"."""

from datetime import UTC, datetime, timedelta

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from playbook.models import PlaybookChapterPage, PlaybookIndexPage
from submissions.emails import queue_acknowledgement
from submissions.models import OutgoingEmail, Vraagstuk
from submissions.triage.people import assign

from ..builders import make_user, make_vraagstuk
from ..playbook.helpers import pdf_text

pytestmark = pytest.mark.django_db

NEAR_MIDNIGHT_UTC = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)
NEVER = [
    "23:30",
    "4 december",
    "4 December",
    "December 4",
    "Dec. 5",
    "12/05/2026",
    "12/5/2026",
    "a.m.",
    "p.m.",
    "UTC",
]


def assert_nothing_of(text, never=NEVER):
    assert not [wrong for wrong in never if wrong in text], text


def question_received_near_midnight(language):
    vraagstuk = make_vraagstuk(language=language)
    # Every moment the question carries, so the real clock (22:30 UTC is 23:30 in Brussels)
    # cannot put a time of its own on the page.
    Vraagstuk.objects.filter(pk=vraagstuk.pk).update(
        created_at=NEAR_MIDNIGHT_UTC, status_changed_at=NEAR_MIDNIGHT_UTC, updated_at=NEAR_MIDNIGHT_UTC
    )
    vraagstuk.consents.update(recorded_at=NEAR_MIDNIGHT_UTC)
    vraagstuk.events.update(created_at=NEAR_MIDNIGHT_UTC)
    OutgoingEmail.objects.filter(vraagstuk=vraagstuk).update(
        created_at=NEAR_MIDNIGHT_UTC, next_attempt_at=NEAR_MIDNIGHT_UTC
    )
    OutgoingEmail.objects.filter(vraagstuk=vraagstuk, sent_at__isnull=False).update(sent_at=NEAR_MIDNIGHT_UTC)
    vraagstuk.refresh_from_db()
    return vraagstuk


@pytest.mark.parametrize(
    ("language", "received"),
    [("nl", "5 december 2026 00:30"), ("en", "5 December 2026, 00:30")],
)
def test_acknowledgement_says_when_the_question_arrived_in_brussels_time(language, received):
    vraagstuk = question_received_near_midnight(language)
    email = queue_acknowledgement(vraagstuk, "https://kennisbrug.example/status/token/")
    for part in (email.body_text, email.body_html):
        assert received in part
        assert_nothing_of(part)


@pytest.mark.parametrize(
    ("language", "shown"),
    [("nl", "5-12-2026 00:30"), ("en", "5 Dec 2026, 00:30")],
)
def test_admin_inspect_view_shows_brussels_time_in_the_staff_members_language(client, language, shown):
    staff = make_user(f"inspector-{language}", superuser=True)
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    client.force_login(staff)
    vraagstuk = question_received_near_midnight("nl")
    html = client.get(reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])).content.decode()
    assert shown in html
    assert_nothing_of(html, [wrong for wrong in NEVER if wrong != "UTC"])


@pytest.mark.parametrize(
    ("language", "version"), [("nl", "Versie van 5 december 2026"), ("en", "Version of 5 December 2026")]
)
def test_playbook_pdf_names_its_version_by_the_brussels_date_of_its_last_publication(
    client, language, version
):
    playbook = PlaybookIndexPage.objects.get(locale__language_code=language)
    chapters = PlaybookChapterPage.objects.child_of(playbook)
    Page.objects.filter(pk__in=chapters.values("pk")).update(
        last_published_at=NEAR_MIDNIGHT_UTC - timedelta(days=3)
    )
    Page.objects.filter(pk=playbook.pk).update(last_published_at=NEAR_MIDNIGHT_UTC)
    playbook.refresh_from_db()
    text = pdf_text(client.get(playbook.pdf_url))
    assert version in text
    assert_nothing_of(text, ["4 december 2026", "4 December 2026", "December 5", "12/05/2026"])


@pytest.mark.parametrize(
    ("language", "subject"),
    [("nl", "Vraagstuk {} is aan u toegewezen"), ("en", "Question {} was assigned to you")],
)
def test_staff_emails_are_in_the_staff_members_language(language, subject):
    assignee = make_user(f"assignee-{language}")
    UserProfile.objects.filter(user=assignee).update(preferred_language=language)
    vraagstuk = make_vraagstuk()
    with translation.override("en" if language == "nl" else "nl"):  # whoever assigns, in any language
        assign(vraagstuk, assignee, by=make_user("assigner"))
    email = OutgoingEmail.objects.get(vraagstuk=vraagstuk, recipients=[assignee.email])
    assert email.subject == subject.format(vraagstuk.reference)
