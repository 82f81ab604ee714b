"""Requests of a data subject, found by e-mail address: a copy of everything, or erasure.

Both cover every vraagstuk with that address (with its consents, history, attachments
and e-mails) and every queued e-mail addressed to it, also ones not tied to a question.
"""

import json
import zipfile
from io import BytesIO

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q

from ..addresses import canonical_email
from ..models import OutgoingEmail, Vraagstuk
from .retention import delete_files

QUESTION_FIELDS = [
    "reference",
    "language",
    "organisation",
    "contact_name",
    "email",
    "phone",
    "title",
    "description",
    "neighbourhood",
    "help_kinds",
    "help_details",
    "partner_offers",
    "offer_details",
    "timing",
    "timing_details",
    "status",
    "created_at",
    "updated_at",
]


def questions_of(email):
    """Every question from this mailbox, however the address was written (submissions.addresses)."""
    return Vraagstuk.objects.filter(email_key=canonical_email(email))


def emails_to(email):
    """Every outbox e-mail of those questions, and every one addressed to this mailbox in any form."""
    key = canonical_email(email)
    addressed = [
        pk
        for pk, recipients in OutgoingEmail.objects.values_list("pk", "recipients").iterator()
        if any(canonical_email(recipient) == key for recipient in recipients or [])
    ]
    return OutgoingEmail.objects.filter(Q(pk__in=addressed) | Q(vraagstuk__in=questions_of(email))).distinct()


def question_record(vraagstuk):
    record = {name: getattr(vraagstuk, name) for name in QUESTION_FIELDS}
    record["organisation_type"] = vraagstuk.organisation_type.key if vraagstuk.organisation_type else None
    record["themes"] = sorted(theme.key for theme in vraagstuk.themes.all())
    record["place"] = vraagstuk.place.key if vraagstuk.place else None
    record["consents"] = list(vraagstuk.consents.values("kind", "given", "text_version", "recorded_at"))
    # Internal notes are staff's own work; the public side of the history is the partner's.
    record["history"] = list(
        vraagstuk.events.filter(is_public=True).values(
            "kind", "from_status", "to_status", "public_message", "created_at"
        )
    )
    record["attachments"] = [
        {
            "name": attachment.original_name,
            "file_in_archive": f"attachments/{attachment.download_name}",
        }
        for attachment in vraagstuk.attachments.all()
    ]
    return record


def export_archive(email):
    """A ZIP with data.json (every row) and the attached files; bytes."""
    questions = list(questions_of(email))
    data = {
        "email": email,
        "questions": [question_record(vraagstuk) for vraagstuk in questions],
        "emails": list(
            emails_to(email).values("kind", "recipients", "subject", "body_text", "created_at", "sent_at")
        ),
    }
    output = BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))
        for vraagstuk in questions:
            for attachment in vraagstuk.attachments.all():
                with attachment.file.open("rb") as stored:
                    archive.writestr(f"attachments/{attachment.download_name}", stored.read())
    return output.getvalue()


def erase(email):
    """Delete every row and file of this address; returns counts (questions, attachments, e-mails)."""
    questions = questions_of(email)
    files = [attachment.file for vraagstuk in questions for attachment in vraagstuk.attachments.all()]
    with transaction.atomic():
        email_count = emails_to(email).count()
        # Deleted by primary key: the filter joins on the questions this deletes as well.
        OutgoingEmail.objects.filter(pk__in=list(emails_to(email).values_list("pk", flat=True))).delete()
        question_count = questions.count()
        questions.delete()
        transaction.on_commit(lambda: delete_files(files))
    return {"questions": question_count, "attachments": len(files), "emails": email_count}
