"""Requests of a data subject, found by e-mail address: a copy of everything, or erasure.

Both cover every vraagstuk with that address, every row the personal-data declaration
(submissions.personal_data) names for those questions, and every row addressed to that
mailbox without a question (queued e-mails).
"""

import json
import zipfile
from io import BytesIO

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q

from ..addresses import canonical_email
from ..models import Vraagstuk
from ..personal_data import DECLARATION, declared
from .retention import delete_files

ARCHIVE_FOLDERS = {"file": "attachments"}
# What erasure reports: the questions, and the rows that carry files or addresses of their own.
REPORTED_ERASURES = ("questions", "attachments", "emails")


def questions_of(email):
    """Every question from this mailbox, however the address was written (submissions.addresses)."""
    return Vraagstuk.objects.filter(email_key=canonical_email(email))


def addressed_to(entry, email):
    """The rows of `entry` whose address list names this mailbox in any form, question or not."""
    key = canonical_email(email)
    pks = [
        pk
        for pk, recipients in entry.model.objects.values_list("pk", entry.address_field).iterator()
        if any(canonical_email(recipient) == key for recipient in recipients or [])
    ]
    return entry.model.objects.filter(Q(pk__in=pks) | Q(pk__in=entry.rows_of(questions_of(email)))).distinct()


def rows_for(entry, email):
    if entry.address_field:
        return addressed_to(entry, email)
    return entry.rows_of(questions_of(email))


def emails_to(email):
    """Every outbox e-mail of those questions, and every one addressed to this mailbox in any form."""
    entry = next(entry for entry in DECLARATION if entry.name == "emails")
    return addressed_to(entry, email)


def archive_path(row, field_name):
    """Where a file of the person's is in the archive: named as staff download it, never by its upload name."""
    return f"{ARCHIVE_FOLDERS.get(field_name, 'files')}/{row.download_name}"


def record(entry, row):
    """The declared fields of one row, under their export names; a file as its path in the archive."""
    values = {}
    for name in (*entry.context, *entry.fields):
        value = archive_path(row, name) if name in entry.file_fields() else getattr(row, name)
        values[entry.export_names.get(name, name)] = value
    return values


def question_record(vraagstuk):
    question = declared(Vraagstuk)
    data = record(question, vraagstuk)
    data["organisation_type"] = vraagstuk.organisation_type.key if vraagstuk.organisation_type else None
    data["themes"] = sorted(theme.key for theme in vraagstuk.themes.all())
    data["place"] = vraagstuk.place.key if vraagstuk.place else None
    for entry in DECLARATION:
        if entry is not question and not entry.address_field:
            rows = entry.rows_of([vraagstuk]).filter(entry.exported_rows)
            data[entry.name] = [record(entry, row) for row in rows]
    return data


def files_of(email):
    """Every stored file of this person's rows, with the row it belongs to."""
    return [
        (row, name)
        for entry in DECLARATION
        for name in entry.file_fields()
        for row in rows_for(entry, email)
        if getattr(row, name)
    ]


def export_archive(email):
    """A ZIP with data.json (every declared row) and the person's files; bytes."""
    data = {"email": email, "questions": [question_record(vraagstuk) for vraagstuk in questions_of(email)]}
    for entry in DECLARATION:
        if entry.address_field:
            data[entry.name] = [
                record(entry, row) for row in rows_for(entry, email).filter(entry.exported_rows)
            ]
    output = BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))
        for row, name in files_of(email):
            with getattr(row, name).open("rb") as stored:
                archive.writestr(archive_path(row, name), stored.read())
    return output.getvalue()


def erase(email):
    """Delete every declared row and file of this address; returns the REPORTED_ERASURES counts."""
    files = [getattr(row, name) for row, name in files_of(email)]
    counts = {}
    with transaction.atomic():
        # Rows first, by primary key (their filters join on the questions), the questions last.
        for entry in reversed(DECLARATION):
            pks = list(rows_for(entry, email).values_list("pk", flat=True))
            counts[entry.name] = len(pks)
            entry.model.objects.filter(pk__in=pks).delete()
        transaction.on_commit(lambda: delete_files(files))
    return {name: counts[name] for name in REPORTED_ERASURES}
