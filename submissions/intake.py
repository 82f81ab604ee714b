"""Storing a valid intake form: one transaction, one vraagstuk per rendered form."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language

from portal.models import OrganisationType, Place, Theme

from .emails import queue_acknowledgement, queue_triage_notification
from .models import (
    Attachment,
    Consent,
    ConsentKind,
    EventKind,
    ReferenceCounter,
    SubmissionKey,
    Vraagstuk,
    VraagstukEvent,
)
from .tasks import enqueue_deliveries
from .validation import ALLOWED_ATTACHMENT_TYPES

CONSENT_FIELDS = {
    ConsentKind.CONTACT: "consent_contact",
    ConsentKind.PUBLICATION: "consent_publication",
    ConsentKind.NAMING: "consent_naming",
}


def canonical(model, rows):
    """The default-language rows of taxonomy choices (one query), so stored answers do not
    depend on the form's language. A row without a default-language version stays as it is."""
    rows = [row for row in rows if row is not None]
    if not rows:
        return []
    default_rows = model.objects.filter(
        key__in=[row.key for row in rows], locale__language_code=settings.LANGUAGE_CODE
    )
    by_key = {row.key: row for row in default_rows}
    return [by_key.get(row.key, row) for row in rows]


def canonical_one(model, row):
    return next(iter(canonical(model, [row])), None)


def submit(form, status_url_for):
    """Store the form's vraagstuk; returns (vraagstuk, created).

    A second post of the same rendered form (double click, replay, a retry after a
    lost response) finds the first one's key and gets its vraagstuk back. Concurrent
    posts of one key wait on its unique index until the first one commits.
    """
    try:
        return _store(form, status_url_for), True
    except IntegrityError:
        existing = SubmissionKey.objects.select_related("vraagstuk").filter(key=form.submission_key).first()
        if existing is None or existing.vraagstuk is None:
            raise
        return existing.vraagstuk, False


def _store(form, status_url_for):
    data = form.cleaned_data
    stored_files = []
    try:
        with transaction.atomic():
            key = SubmissionKey.objects.create(key=form.submission_key)
            now = timezone.now()
            vraagstuk = Vraagstuk(
                reference=ReferenceCounter.next_reference(timezone.localdate(now).year),
                language=get_language(),
                organisation=data["organisation"],
                organisation_type=canonical_one(OrganisationType, data["organisation_type"]),
                contact_name=data["contact_name"],
                email=data["email"],
                phone=data["phone"],
                title=data["title"],
                description=data["description"],
                place=canonical_one(Place, data["place"]),
                neighbourhood=data["neighbourhood"],
                help_kinds=data["help_kinds"],
                help_details=data["help_details"],
                partner_offers=data["partner_offers"],
                offer_details=data["offer_details"],
                timing=data["timing"],
                timing_details=data["timing_details"],
                status_changed_at=now,
            )
            token = vraagstuk.new_status_token()
            vraagstuk.save()
            vraagstuk.themes.set(canonical(Theme, data["themes"]))
            key.vraagstuk = vraagstuk
            key.save(update_fields=["vraagstuk"])
            Consent.objects.bulk_create(
                Consent(
                    vraagstuk=vraagstuk,
                    kind=kind,
                    given=bool(data[field]),
                    text_version=settings.SUBMISSION_CONSENT_VERSION,
                    recorded_at=now,
                )
                for kind, field in CONSENT_FIELDS.items()
            )
            for upload, content_type in data["attachments"]:
                attachment = Attachment(
                    vraagstuk=vraagstuk,
                    original_name=upload.name[:255],
                    content_type=content_type,
                    extension=ALLOWED_ATTACHMENT_TYPES[content_type],
                    size=upload.size,
                )
                attachment.file.save(upload.name, upload, save=False)
                stored_files.append(attachment.file)
                attachment.save()
            VraagstukEvent.objects.create(
                vraagstuk=vraagstuk, kind=EventKind.SUBMITTED, to_status=vraagstuk.status, by_partner=True
            )
            emails = [
                queue_acknowledgement(vraagstuk, status_url_for(token)),
                queue_triage_notification(vraagstuk),
            ]
            transaction.on_commit(lambda: enqueue_deliveries([email.pk for email in emails]))
    except BaseException:
        # The rows are rolled back; the files on disk must go too.
        for stored in stored_files:
            stored.delete(save=False)
        raise
    return vraagstuk
