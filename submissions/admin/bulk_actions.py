"""Bulk actions on the triage list (snippet bulk actions, limited to questions)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..models import Status, Vraagstuk
from ..triage.people import assign
from ..triage.workflow import InvalidMove, move
from .people_views import AssignForm
from .permissions import can_change


class TriageBulkAction(SnippetBulkAction):
    """Only for users who may change questions: others do not even see which ones were selected."""

    def dispatch(self, request, *args, **kwargs):
        if not can_change(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, vraagstuk):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", vraagstuk)


class MoveToIntakeBulkAction(TriageBulkAction):
    models = [Vraagstuk]
    display_name = _("Move to intake")
    action_type = "move_to_intake"
    aria_label = _("Move the selected questions to intake")
    template_name = "submissions/admin/bulk_move_to_intake.html"
    action_priority = 20

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        moved = 0
        for vraagstuk in objects:
            try:
                move(vraagstuk, Status.INTAKE, user)
                moved += 1
            except InvalidMove:
                pass  # logged by the workflow; the message counts what moved
        return moved, 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d question moved to intake.", "%(count)d questions moved to intake.", num_parent_objects
        ) % {"count": num_parent_objects}


class AssignBulkAction(TriageBulkAction):
    models = [Vraagstuk]
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected questions to a coordinator")
    template_name = "submissions/admin/bulk_assign.html"
    action_priority = 10
    form_class = AssignForm

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "user": self.request.user,
            "assignee": self.cleaned_form.cleaned_data["assignee"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, assignee=None, **kwargs):
        for vraagstuk in objects:
            assign(vraagstuk, assignee, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d question assigned.", "%(count)d questions assigned.", num_parent_objects
        ) % {"count": num_parent_objects}
