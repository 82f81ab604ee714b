"""Assigning a question to a coordinator (who gets an e-mail) and internal notes."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q

from wagtail.log_actions import log

from ..emails import question_admin_path
from ..models import EmailKind, EventKind, VraagstukEvent
from ..tasks import enqueue_deliveries
from .log_actions import ASSIGNED, UNASSIGNED
from .partner_emails import queue_staff_email, staff_language

COORDINATOR_ROLE = "Triage coordinators"


def coordinators():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name=COORDINATOR_ROLE) | Q(is_superuser=True))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def assign(vraagstuk, assignee, by):
    """Assign (or, with None, unassign) the question; a change shows in the audit log and in the
    question's own history, for staff only. Assigning to the same coordinator again changes nothing."""
    with transaction.atomic():
        locked = type(vraagstuk).objects.select_for_update().get(pk=vraagstuk.pk)
        previous = locked.assignee
        if previous == assignee:
            return
        vraagstuk.assignee = assignee
        vraagstuk.save(update_fields=["assignee", "updated_at"])
        if assignee is None:
            log(vraagstuk, UNASSIGNED, user=by, data={"assignee": previous.get_username()})
        else:
            log(vraagstuk, ASSIGNED, user=by, data={"assignee": assignee.get_username()})
        VraagstukEvent.objects.create(
            vraagstuk=vraagstuk,
            kind=EventKind.ASSIGNED if assignee else EventKind.UNASSIGNED,
            assignee=assignee or previous,
            actor=by,
            is_public=False,
        )
        if assignee and assignee.email and assignee != by:
            email = queue_staff_email(
                "assignment",
                [assignee.email],
                {
                    "vraagstuk": vraagstuk,
                    "assignee": assignee,
                    "by": by,
                    "path": question_admin_path(vraagstuk),
                },
                vraagstuk=vraagstuk,
                kind=EmailKind.ASSIGNMENT,
                language=staff_language(assignee),
            )
            transaction.on_commit(lambda: enqueue_deliveries([email.pk]))


def add_note(vraagstuk, text, author):
    """An internal note: in the history for staff, never on the partner's status page."""
    return VraagstukEvent.objects.create(
        vraagstuk=vraagstuk, kind=EventKind.NOTE, internal_note=text, actor=author, is_public=False
    )
