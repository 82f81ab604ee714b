"""The e-mails of the intake, rendered into the outbox when the vraagstuk is stored.

Rendering at that moment fixes the language and the private status link (whose token
is not stored in plain text anywhere else). Text parts are plain text; HTML parts are
autoescaped templates.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .models import EmailKind, OutgoingEmail


def _render(template, context):
    subject = render_to_string(f"submissions/email/{template}_subject.txt", context)
    return {
        "subject": " ".join(subject.split())[:255],
        "body_text": render_to_string(f"submissions/email/{template}.txt", context),
        "body_html": render_to_string(f"submissions/email/{template}.html", context),
    }


def queue_acknowledgement(vraagstuk, status_url):
    with translation.override(vraagstuk.language):
        parts = _render("acknowledgement", {"vraagstuk": vraagstuk, "status_url": status_url})
    return OutgoingEmail.objects.create(
        vraagstuk=vraagstuk, kind=EmailKind.ACKNOWLEDGEMENT, recipients=[vraagstuk.email], **parts
    )


def queue_triage_notification(vraagstuk):
    with translation.override(settings.LANGUAGE_CODE):
        parts = _render(
            "triage_notification",
            {"vraagstuk": vraagstuk, "admin_url": f"{settings.WAGTAILADMIN_BASE_URL}/admin/"},
        )
    return OutgoingEmail.objects.create(
        vraagstuk=vraagstuk,
        kind=EmailKind.TRIAGE_NOTIFICATION,
        recipients=list(settings.TRIAGE_TEAM_EMAILS),
        **parts,
    )
