"""The weekly overdue digest: each coordinator gets the overdue questions assigned to
them plus the unassigned ones. A scheduler runs `manage.py send_overdue_digest` (or
enqueues the task) once a week."""

from django.db import transaction
from django.db.models import Q

from django_tasks import task

from ..emails import question_admin_path
from ..models import EmailKind, Vraagstuk
from ..tasks import enqueue_deliveries
from .overdue import due_date, overdue_q
from .partner_emails import queue_staff_email, staff_language
from .people import coordinators


def overdue_for(user):
    return (
        Vraagstuk.objects.filter(overdue_q())
        .filter(Q(assignee=user) | Q(assignee__isnull=True))
        .order_by("status_changed_at")
    )


def queue_digests():
    """One e-mail per coordinator with something overdue; returns how many were queued."""
    queued = []
    with transaction.atomic():
        for user in coordinators().exclude(email=""):
            items = list(overdue_for(user))
            if not items:
                continue
            for item in items:
                item.due_date, item.admin_path = due_date(item), question_admin_path(item)
            queued.append(
                queue_staff_email(
                    "overdue_digest",
                    [user.email],
                    {"items": items},
                    EmailKind.OVERDUE_DIGEST,
                    language=staff_language(user),
                )
            )
        transaction.on_commit(lambda: enqueue_deliveries([email.pk for email in queued]))
    return len(queued)


@task()
def send_overdue_digests():
    return queue_digests()
