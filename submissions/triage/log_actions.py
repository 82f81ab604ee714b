"""The audit-log actions of triage. They show in the vraagstuk's history view."""

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter

from ..models import Status

MOVE = "submissions.move"
MOVE_REFUSED = "submissions.move_refused"
PERSONAL_DATA_EXPORT = "submissions.personal_data_export"
PERSONAL_DATA_VIEW = "submissions.personal_data_view"
CASE_STUDY_DRAFT = "submissions.case_study_draft"
ANONYMISED = "submissions.anonymised"
ASSIGNED = "submissions.assigned"
UNASSIGNED = "submissions.unassigned"


def status_label(key):
    return Status(key).label if key in Status.values else key


class MoveFormatter(LogFormatter):
    label = _("Status changed")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Status changed from “%(from)s” to “%(to)s”") % {
            "from": status_label(data.get("from_status")),
            "to": status_label(data.get("to_status")),
        }

    def format_comment(self, log_entry):
        # The internal note; the public message is in the vraagstuk's history.
        return log_entry.data.get("note", "")


class MoveRefusedFormatter(LogFormatter):
    label = _("Status change refused")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Refused to change the status from “%(from)s” to “%(to)s”") % {
            "from": status_label(data.get("from_status")),
            "to": status_label(data.get("to_status")),
        }


class AssignedFormatter(LogFormatter):
    label = _("Assigned")

    def format_message(self, log_entry):
        return _("Assigned to %(name)s") % {"name": log_entry.data.get("assignee") or "?"}


class UnassignedFormatter(LogFormatter):
    label = _("Unassigned")

    def format_message(self, log_entry):
        return _("No longer assigned to %(name)s") % {"name": log_entry.data.get("assignee") or "?"}


def register(actions):
    actions.register_action(MOVE)(MoveFormatter)
    actions.register_action(MOVE_REFUSED)(MoveRefusedFormatter)
    actions.register_action(PERSONAL_DATA_EXPORT, _("Personal data exported"), _("Personal data exported"))
    actions.register_action(PERSONAL_DATA_VIEW, _("Personal data viewed"), _("Personal data viewed"))
    actions.register_action(CASE_STUDY_DRAFT, _("Case study draft created"), _("Case study draft created"))
    actions.register_action(ASSIGNED)(AssignedFormatter)
    actions.register_action(UNASSIGNED)(UnassignedFormatter)
    actions.register_action(ANONYMISED, _("Personal data anonymised"), _("Personal data anonymised"))
