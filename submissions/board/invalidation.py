"""A question that joins, changes on or leaves a board empties every cache that showed it.

A question is stored as a snippet that no public page shows (`shown_on_public_pages = False`,
portal.signals), except on the boards. So here, and only for a question that is or was on a
board (status open for matching), a change starts a new content generation in its own
transaction (portal.page_cache: no kept page is served again) and, after the commit, purges
every board with its feed, in both languages, from an HTTP cache in front
(portal.frontend_purge). A question changing outside the board (a new submission, triage
before or after matching) leaves the caches alone.
"""

from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

from portal.signals import start_new_generation

from ..models.board import BoardPage
from ..models.vraagstuk import Consent, Vraagstuk
from .questions import BOARD_STATUSES

LOADED_STATUS = "_board_status_when_loaded"
# The fields the board shows or reads (submissions.board.questions): a save of only other fields
# (an assignee, a note's timestamp) changes no board.
BOARD_FIELDS = frozenset(
    {
        "status",
        "language",
        "title",
        "description",
        "organisation",
        "organisation_type",
        "place",
        "help_kinds",
        "timing",
        "status_changed_at",
        "contact_name",
        "email",
        "phone",
    }
)


def boards_changed():
    start_new_generation(BoardPage.objects.all())


def remember_status(sender, instance, **kwargs):
    setattr(instance, LOADED_STATUS, instance.__dict__.get("status"))


def may_show(vraagstuk):
    """Whether the board could show `vraagstuk` now or could have before this change."""
    return vraagstuk.status in BOARD_STATUSES or getattr(vraagstuk, LOADED_STATUS, None) in BOARD_STATUSES


def on_question_saved(sender, instance, update_fields=None, **kwargs):
    if may_show(instance) and (update_fields is None or BOARD_FIELDS & set(update_fields)):
        boards_changed()
    setattr(instance, LOADED_STATUS, instance.status)


def on_question_deleted(sender, instance, **kwargs):
    if may_show(instance):
        boards_changed()


def on_consent_change(sender, instance, **kwargs):
    if Vraagstuk.objects.filter(pk=instance.vraagstuk_id, status__in=BOARD_STATUSES).exists():
        boards_changed()


def on_themes_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, Vraagstuk) and may_show(instance):
        boards_changed()


def connect_board_invalidation():
    post_init.connect(remember_status, sender=Vraagstuk, dispatch_uid="board_status_when_loaded")
    post_save.connect(on_question_saved, sender=Vraagstuk, dispatch_uid="board_question_saved")
    post_delete.connect(on_question_deleted, sender=Vraagstuk, dispatch_uid="board_question_deleted")
    post_save.connect(on_consent_change, sender=Consent, dispatch_uid="board_consent_saved")
    post_delete.connect(on_consent_change, sender=Consent, dispatch_uid="board_consent_deleted")
    m2m_changed.connect(on_themes_change, sender=Vraagstuk.themes.through, dispatch_uid="board_themes")
