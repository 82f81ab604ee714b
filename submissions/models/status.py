"""The statuses of a vraagstuk: language-independent keys, an internal label for staff
and a coarser public label for the partner, and the moves the triage workflow allows."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    INTAKE = "intake", _("Intake")
    SEEKING_MATCH = "seeking_match", _("Seeking a match")
    MATCHED = "matched", _("Matched")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DECLINED = "declined", _("Declined")
    REFERRED = "referred", _("Referred")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# What the partner sees: fewer steps, no internal vocabulary. Declined and referred
# questions are "closed"; the public message from the team explains why and where to.
PUBLIC_LABELS = {
    Status.RECEIVED: _("Received, being reviewed"),
    Status.INTAKE: _("Received, being reviewed"),
    Status.SEEKING_MATCH: _("Looking for a match in education"),
    Status.MATCHED: _("Matched with education"),
    Status.IN_PROGRESS: _("Students are working on it"),
    Status.COMPLETED: _("Completed"),
    Status.DECLINED: _("Closed"),
    Status.REFERRED: _("Closed"),
    Status.WITHDRAWN: _("Withdrawn by you"),
}

CLOSED_STATUSES = frozenset({Status.COMPLETED, Status.DECLINED, Status.REFERRED, Status.WITHDRAWN})
OPEN_STATUSES = frozenset(set(Status) - CLOSED_STATUSES)

# Moves staff may make (the triage workflow builds its actions on this); withdrawal
# from any open status is the partner's own move on the status page.
ALLOWED_MOVES = {
    Status.RECEIVED: {Status.INTAKE, Status.DECLINED, Status.REFERRED},
    Status.INTAKE: {Status.SEEKING_MATCH, Status.DECLINED, Status.REFERRED},
    Status.SEEKING_MATCH: {Status.MATCHED, Status.DECLINED, Status.REFERRED},
    Status.MATCHED: {Status.IN_PROGRESS, Status.SEEKING_MATCH},
    Status.IN_PROGRESS: {Status.COMPLETED},
    Status.COMPLETED: set(),
    Status.DECLINED: set(),
    Status.REFERRED: set(),
    Status.WITHDRAWN: set(),
}
