"""Staff download attachments under a name of our making (issue #19).

The partner's file name (an .exe or .html extension included) is shown as text only;
the download is named after the reference and the type detected from the content, is
always saved rather than shown, and the browser may not sniff another type.
"""

import io
import json
import zipfile

from django.urls import reverse

import pytest

from submissions.models import Attachment, Vraagstuk
from submissions.triage.data_subject import export_archive

from .helpers import FORM_URL, pdf_bytes, png_bytes, upload, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

HOSTILE_NAMES = ["setup.exe", "page.html", "../../etc/cron.d/x.pdf", 'quote".svg', "script.pdf.js"]


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", password="x" * 12))
    return client


def submit_with(client, capture, *files):
    with capture(execute=True):
        response = client.post(FORM_URL["en"], valid_answers(attachments=list(files)))
    assert response.status_code == 302
    return Vraagstuk.objects.get()


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_the_download_is_named_after_the_reference_and_the_detected_type(
    staff_client, django_capture_on_commit_callbacks, name
):
    vraagstuk = submit_with(staff_client, django_capture_on_commit_callbacks, upload(name, pdf_bytes()))
    attachment = Attachment.objects.get()
    response = staff_client.get(reverse("submissions_attachment_download", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{vraagstuk.reference}-1.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == pdf_bytes()


def test_several_attachments_are_numbered_in_the_order_they_came(
    staff_client, django_capture_on_commit_callbacks
):
    vraagstuk = submit_with(
        staff_client,
        django_capture_on_commit_callbacks,
        upload("a.html", pdf_bytes()),
        upload("b.exe", png_bytes()),
    )
    names = [attachment.download_name for attachment in vraagstuk.attachments.all()]
    assert names == [f"{vraagstuk.reference}-1.pdf", f"{vraagstuk.reference}-2.png"]


def test_the_inspect_view_shows_the_partners_name_as_text_only(
    staff_client, django_capture_on_commit_callbacks
):
    vraagstuk = submit_with(
        staff_client, django_capture_on_commit_callbacks, upload("run-me.exe", pdf_bytes())
    )
    html = staff_client.get(reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])).content.decode()
    link = html[html.index(reverse("submissions_attachment_download", args=[Attachment.objects.get().pk])) :]
    link_text = link[link.index(">") + 1 : link.index("</a>")]
    assert link_text == f"{vraagstuk.reference}-1.pdf"
    assert "run-me.exe" in html  # as text, after the link


def test_the_data_subject_archive_uses_the_same_names(client, django_capture_on_commit_callbacks):
    vraagstuk = submit_with(
        client, django_capture_on_commit_callbacks, upload("../../evil.html", pdf_bytes())
    )
    archive = zipfile.ZipFile(io.BytesIO(export_archive(vraagstuk.email)))
    assert f"attachments/{vraagstuk.reference}-1.pdf" in archive.namelist()
    assert not any(".." in name or "evil" in name for name in archive.namelist())
    record = json.loads(archive.read("data.json"))["questions"][0]["attachments"][0]
    assert record == {
        "name": "evil.html",
        "file_in_archive": f"attachments/{vraagstuk.reference}-1.pdf",
    }
