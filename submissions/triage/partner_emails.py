"""E-mails triage sends, rendered into the intake's outbox and delivered by its retried task."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.users.models import UserProfile

from ..models import EmailKind, OutgoingEmail


def render_email(template, context):
    base = f"submissions/triage/email/{template}"
    subject = render_to_string(f"{base}_subject.txt", context)
    return {
        "subject": " ".join(subject.split())[:255],
        "body_text": render_to_string(f"{base}.txt", context),
        "body_html": render_to_string(f"{base}.html", context),
    }


def queue_status_update(vraagstuk, public_message):
    """The partner hears of a move in their own language; the message also shows on their status page."""
    with translation.override(vraagstuk.language):
        parts = render_email("status_update", {"vraagstuk": vraagstuk, "message": public_message})
    return OutgoingEmail.objects.create(
        vraagstuk=vraagstuk, kind=EmailKind.STATUS_UPDATE, recipients=[vraagstuk.email], **parts
    )


def staff_language(user):
    """The language the staff member chose for the admin, else the site's default (Dutch)."""
    return UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE


def queue_staff_email(template, recipients, context, kind, vraagstuk=None, language=None):
    """Staff e-mails (assignment, overdue digest) are in the recipient's admin language when one
    staff member receives them, else in the site's default language."""
    with translation.override(language or settings.LANGUAGE_CODE):
        parts = render_email(template, {**context, "admin_base_url": settings.WAGTAILADMIN_BASE_URL})
    return OutgoingEmail.objects.create(vraagstuk=vraagstuk, kind=kind, recipients=list(recipients), **parts)
