"""The triage panel on the admin home: open questions per status, overdue, assigned to me."""

from django.db.models import Count

from wagtail.admin.ui.components import Component

from ..models import OPEN_STATUSES, Status, Vraagstuk
from ..triage.overdue import overdue_q
from .permissions import can_view


class TriagePanel(Component):
    name = "triage"
    order = 90
    template_name = "submissions/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        counts = dict(
            Vraagstuk.objects.filter(status__in=OPEN_STATUSES).values_list("status").annotate(n=Count("pk"))
        )
        return {
            "per_status": [
                (status, counts.get(status.value, 0)) for status in Status if status in OPEN_STATUSES
            ],
            "overdue": Vraagstuk.objects.filter(overdue_q()).count(),
            "mine": Vraagstuk.objects.filter(assignee=self.user, status__in=OPEN_STATUSES).count(),
        }


def add_triage_panel(request, panels):
    if can_view(request.user):
        panels.append(TriagePanel(request.user))
