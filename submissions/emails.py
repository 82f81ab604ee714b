"""Every e-mail the site sends: rendered into the outbox (OutgoingEmail) by `queue_email`, and
delivered from there by the retried task (submissions.tasks).

Rendering when the e-mail is queued fixes its language and links (the private status link's
token is not stored in plain text anywhere else). Each e-mail is three templates, `<name>_subject.txt`,
`<name>.txt` (plain text) and `<name>.html` (autoescaped), all rendered in the recipient's language.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import EmailKind, OutgoingEmail

SUBJECT_MAX_LENGTH = 255


def question_admin_path(vraagstuk):
    """The question's triage view in the admin, where every staff e-mail about it links to."""
    return reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])


def queue_email(template, *, language, recipients, kind, context, vraagstuk=None):
    """Render `template` (a path without its ending) in `language` and queue it for `recipients`."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        body_text = render_to_string(f"{template}.txt", context)
        body_html = render_to_string(f"{template}.html", context)
    return OutgoingEmail.objects.create(
        vraagstuk=vraagstuk,
        kind=kind,
        recipients=list(recipients),
        subject=" ".join(subject.split())[:SUBJECT_MAX_LENGTH],
        body_text=body_text,
        body_html=body_html,
    )


def queue_acknowledgement(vraagstuk, status_url):
    return queue_email(
        "submissions/email/acknowledgement",
        language=vraagstuk.language,
        recipients=[vraagstuk.email],
        kind=EmailKind.ACKNOWLEDGEMENT,
        context={"vraagstuk": vraagstuk, "status_url": status_url},
        vraagstuk=vraagstuk,
    )


def queue_triage_notification(vraagstuk):
    return queue_email(
        "submissions/email/triage_notification",
        language=settings.LANGUAGE_CODE,
        recipients=settings.TRIAGE_TEAM_EMAILS,
        kind=EmailKind.TRIAGE_NOTIFICATION,
        # The link opens the question itself: its triage view in the admin.
        context={
            "vraagstuk": vraagstuk,
            "admin_url": f"{settings.WAGTAILADMIN_BASE_URL}{question_admin_path(vraagstuk)}",
        },
        vraagstuk=vraagstuk,
    )
