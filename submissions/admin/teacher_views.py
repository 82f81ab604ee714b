"""The teacher's pool: open questions shared with their institutions, their own offers ranked
for each, and a button to propose a match. No partner's personal data is shown."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..triage.teachers import (
    ProposalRefused,
    can_propose,
    confirmed_matches,
    propose_from_own_offer,
    teacher_pool,
)


class TeacherPoolView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "submissions/admin/teacher_pool.html"
    page_title = gettext_lazy("Open questions for your offers")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not can_propose(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        return {
            **super().get_context_data(**kwargs),
            "pool": teacher_pool(user),
            "confirmed": confirmed_matches(user),
        }

    def post(self, request, *args, **kwargs):
        try:
            propose_from_own_offer(
                request.user, _number(request.POST.get("vraagstuk")), _number(request.POST.get("offer"))
            )
            messages.success(request, _("Match proposed; the coordinator will confirm or decline it."))
        except ProposalRefused as refusal:
            messages.error(request, str(refusal))
        return redirect(reverse("submissions_teacher_pool"))


def _number(value):
    return int(value) if str(value or "").isdigit() else None
