"""The one way a vraagstuk changes status in the admin.

A move is checked against ALLOWED_MOVES, and a valid one is recorded twice: in
Wagtail's audit log (who, when, internal note; shown in the history view) and as a
VraagstukEvent (the partner's status page shows its public message). A refused move
changes nothing and leaves only a log entry of the refusal. A move the partner must hear
about (triage.answers.PARTNER_MOVES) always has a message, built from its answer template;
when a fact it needs is missing, MoveIncomplete is raised and nothing is stored.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from ..models import ALLOWED_MOVES, EventKind, Status, Vraagstuk, VraagstukEvent
from ..tasks import enqueue_deliveries
from .answers import partner_message
from .log_actions import MOVE, MOVE_REFUSED
from .partner_emails import queue_status_update


class InvalidMove(Exception):
    """The move is not one of the allowed next statuses; str() is the message for staff."""


def allowed_next_statuses(vraagstuk):
    return [status for status in Status if status in ALLOWED_MOVES[Status(vraagstuk.status)]]


def is_allowed(from_status, to_status):
    return from_status in Status.values and to_status in ALLOWED_MOVES[Status(from_status)]


def move(vraagstuk, to_status, user, note="", public_message="", facts=None):
    """Move `vraagstuk` to `to_status`; raises InvalidMove (after logging the refusal), or
    MoveIncomplete when the partner's message lacks a fact (`facts`: what staff gave, such as
    `delivered`, `referred_to` or `reason`; see triage.answers)."""
    with transaction.atomic():
        locked = Vraagstuk.objects.select_for_update().get(pk=vraagstuk.pk)
        from_status = locked.status
        allowed = is_allowed(from_status, to_status)
        if allowed:
            message = partner_message(locked, to_status, facts, public_message)
            apply_move(locked, from_status, to_status, user, note, message)
    if not allowed:
        log(locked, MOVE_REFUSED, user=user, data={"from_status": from_status, "to_status": str(to_status)})
        raise InvalidMove(refusal_message(from_status, to_status))
    vraagstuk.refresh_from_db()
    return vraagstuk


def apply_move(vraagstuk, from_status, to_status, user, note, public_message):
    now = timezone.now()
    vraagstuk.status, vraagstuk.status_changed_at = to_status, now
    vraagstuk.save(update_fields=["status", "status_changed_at", "updated_at"])
    VraagstukEvent.objects.create(
        vraagstuk=vraagstuk,
        kind=EventKind.STATUS_CHANGED,
        from_status=from_status,
        to_status=to_status,
        public_message=public_message,
        internal_note=note,
        actor=user,
        created_at=now,
    )
    log(
        vraagstuk,
        MOVE,
        user=user,
        data={
            "from_status": from_status,
            "to_status": str(to_status),
            "note": note,
            "public_message": public_message,
        },
    )
    if public_message:
        email = queue_status_update(vraagstuk, public_message)
        transaction.on_commit(lambda: enqueue_deliveries([email.pk]))


def refusal_message(from_status, to_status):
    if to_status not in Status.values:
        return _("“%(status)s” is not a status.") % {"status": to_status}
    return _("A question cannot move from “%(from)s” to “%(to)s”.") % {
        "from": Status(from_status).label,
        "to": Status(to_status).label,
    }
