"""A valid submission: one vraagstuk, a thank-you page, two e-mails, everything in the partner's language."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core import mail

import pytest

from submissions.models import (
    Attachment,
    Consent,
    ConsentKind,
    OutgoingEmail,
    Status,
    Vraagstuk,
)

from .helpers import (
    FORM_URL,
    docx_bytes,
    jpeg_bytes,
    odt_bytes,
    pdf_bytes,
    png_bytes,
    receipt_of,
    upload,
    valid_answers,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]


def submit(client, language="nl", capture=None, **overrides):
    with capture(execute=True):
        return client.post(FORM_URL[language], valid_answers(**overrides), follow=True)


def test_a_valid_dutch_submission_is_stored_thanked_and_acknowledged(
    client, django_capture_on_commit_callbacks
):
    response = submit(client, "nl", django_capture_on_commit_callbacks)

    vraagstuk = Vraagstuk.objects.get()
    assert re.fullmatch(r"KB-\d{4}-\d{4}", vraagstuk.reference)
    assert vraagstuk.language == "nl"
    assert vraagstuk.status == Status.RECEIVED
    assert vraagstuk.organisation_type.key == "gemeente"
    assert sorted(theme.key for theme in vraagstuk.themes.all()) == ["eenzaamheid", "vergrijzing"]
    assert {theme.locale.language_code for theme in vraagstuk.themes.all()} == {"nl"}
    assert vraagstuk.help_kinds == ["research", "advice"]
    assert len(vraagstuk.status_token_hash) == 64

    html = response.content.decode()
    assert response.status_code == 200
    assert response.redirect_chain[0][0].startswith("/nl/vraagstuk/ontvangen/")
    assert vraagstuk.reference in html
    assert "Dank u: uw vraagstuk is ontvangen" in html
    assert "Uiterlijk" in html  # the promised dates

    acknowledgement, notification = sorted(mail.outbox, key=lambda message: message.to != [vraagstuk.email])
    assert acknowledgement.to == ["an.peeters@example.org"]
    assert vraagstuk.reference in acknowledgement.subject and "ontvangen" in acknowledgement.subject
    assert "/nl/vraagstuk/status/" in acknowledgement.body
    assert acknowledgement.alternatives[0][1] == "text/html"
    assert notification.to == ["triage@kennisbrug.example"]
    assert vraagstuk.reference in notification.subject
    assert "/status/" not in notification.body  # the private link goes to the partner only
    assert OutgoingEmail.objects.filter(sent_at__isnull=False).count() == 2


def test_an_english_submission_gets_english_pages_and_mail(client, django_capture_on_commit_callbacks):
    response = submit(client, "en", django_capture_on_commit_callbacks, email="jo@example.org")
    vraagstuk = Vraagstuk.objects.get()
    assert vraagstuk.language == "en"
    assert response.redirect_chain[0][0].startswith("/en/question/received/")
    assert "Thank you: your question was received" in response.content.decode()
    acknowledgement = next(message for message in mail.outbox if message.to == ["jo@example.org"])
    assert "was received" in acknowledgement.subject
    assert "/en/question/status/" in acknowledgement.body
    # Taxonomies are stored as their Dutch rows whatever the form's language.
    assert vraagstuk.organisation_type.locale.language_code == "nl"
    assert {theme.locale.language_code for theme in vraagstuk.themes.all()} == {"nl"}
    assert sorted(theme.key for theme in vraagstuk.themes.all()) == ["eenzaamheid", "vergrijzing"]


def test_consents_are_stored_separately_with_version_and_time(client, django_capture_on_commit_callbacks):
    submit(client, "nl", django_capture_on_commit_callbacks, consent_publication=None)
    consents = {consent.kind: consent for consent in Consent.objects.all()}
    assert consents[ConsentKind.CONTACT].given is True
    assert consents[ConsentKind.PUBLICATION].given is False
    assert consents[ConsentKind.NAMING].given is False
    for consent in consents.values():
        assert consent.text_version == settings.SUBMISSION_CONSENT_VERSION
        assert consent.recorded_at is not None


def test_references_count_up_within_the_year(client, django_capture_on_commit_callbacks):
    for number in range(3):
        submit(client, "nl", django_capture_on_commit_callbacks, email=f"p{number}@example.org")
    numbers = sorted(
        int(reference[-4:]) for reference in Vraagstuk.objects.values_list("reference", flat=True)
    )
    assert numbers == list(range(numbers[0], numbers[0] + 3))


def test_the_same_rendered_form_posted_twice_stores_one_row(client, django_capture_on_commit_callbacks):
    answers = valid_answers()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(FORM_URL["nl"], answers)
        second = client.post(FORM_URL["nl"], answers)
    assert Vraagstuk.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert receipt_of(first) == receipt_of(second) == Vraagstuk.objects.get().pk
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("name", "content", "extension"),
    [
        ("plan.pdf", pdf_bytes(), "pdf"),
        ("foto.png", png_bytes(), "png"),
        ("foto.jpeg", jpeg_bytes(), "jpg"),
        ("nota.docx", docx_bytes(), "docx"),
        ("nota.odt", odt_bytes(), "odt"),
    ],
)
def test_attachments_are_stored_privately_under_generated_names(
    client, django_capture_on_commit_callbacks, name, content, extension
):
    submit(client, "nl", django_capture_on_commit_callbacks, attachments=[upload(name, content)])
    attachment = Attachment.objects.get()
    stored = Path(attachment.file.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert stored.suffix == f".{extension}"
    assert name.rsplit(".", 1)[0] not in stored.name
    assert stored.read_bytes() == content
    assert attachment.original_name == name


def test_attachments_download_for_staff_only(client, django_capture_on_commit_callbacks, django_user_model):
    submit(client, "nl", django_capture_on_commit_callbacks, attachments=[upload("plan.pdf", pdf_bytes())])
    attachment = Attachment.objects.get()
    url = f"/admin/submissions/attachments/{attachment.pk}/download/"

    assert client.get(url).status_code == 302  # to the admin login
    editor = django_user_model.objects.create_user("editor", password="x" * 12)
    editor.user_permissions.add(*_admin_access())
    client.force_login(editor)
    refused = client.get(url)  # Wagtail turns PermissionDenied into a redirect to the dashboard
    assert refused.status_code == 302 and refused["Location"] == "/admin/"

    staff = django_user_model.objects.create_superuser("staff", password="x" * 12)
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf_bytes()
    assert f'attachment; filename="{attachment.vraagstuk.reference}-1.pdf"' in response["Content-Disposition"]


def _admin_access():
    return Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
