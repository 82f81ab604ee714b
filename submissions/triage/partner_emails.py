"""E-mails triage sends, queued through submissions.emails.queue_email."""

from django.conf import settings

from wagtail.users.models import UserProfile

from ..emails import queue_email
from ..models import EmailKind

TEMPLATES = "submissions/triage/email"


def queue_status_update(vraagstuk, public_message):
    """The partner hears of a move in their own language; the message also shows on their status page."""
    return queue_email(
        f"{TEMPLATES}/status_update",
        language=vraagstuk.language,
        recipients=[vraagstuk.email],
        kind=EmailKind.STATUS_UPDATE,
        context={"vraagstuk": vraagstuk, "message": public_message},
        vraagstuk=vraagstuk,
    )


def queue_impact_follow_up(vraagstuk, url):
    return queue_email(
        f"{TEMPLATES}/impact_follow_up",
        language=vraagstuk.language,
        recipients=[vraagstuk.email],
        kind=EmailKind.IMPACT_FOLLOW_UP,
        context={"vraagstuk": vraagstuk, "url": url},
        vraagstuk=vraagstuk,
    )


def staff_language(user):
    """The language the staff member chose for the admin, else the site's default (Dutch)."""
    return UserProfile.get_for_user(user).preferred_language or settings.LANGUAGE_CODE


def queue_staff_email(template, recipients, context, kind, vraagstuk=None, language=None):
    """Staff e-mails (assignment, overdue digest) are in the recipient's admin language when one
    staff member receives them, else in the site's default language."""
    return queue_email(
        f"{TEMPLATES}/{template}",
        language=language or settings.LANGUAGE_CODE,
        recipients=recipients,
        kind=kind,
        context={**context, "admin_base_url": settings.WAGTAILADMIN_BASE_URL},
        vraagstuk=vraagstuk,
    )
