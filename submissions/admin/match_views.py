"""The match screen: open offers ranked by fit with the reasons, and the question's matches."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import EducationOffer, Match
from ..triage.answers import MoveIncomplete
from ..triage.matching import CapacityExhausted, accept, decline, earliest_period, pool, propose, rank_offers
from ..triage.teachers import tell_teacher
from ..triage.workflow import InvalidMove
from .actions import VraagstukActionMixin
from .permissions import can_change


def can_match(user):
    return user.has_perm("submissions.add_match") and user.has_perm("submissions.change_match")


class MatchView(VraagstukActionMixin, TemplateView):
    template_name = "submissions/admin/match.html"
    page_title = gettext_lazy("Match with education")

    def dispatch(self, request, *args, **kwargs):
        if not can_match(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "fits": rank_offers(self.vraagstuk),
            "matches": self.vraagstuk.matches.select_related("offer", "offer__institution"),
            "earliest": earliest_period(self.vraagstuk),
        }

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        try:
            if action == "propose":
                offer = get_object_or_404(EducationOffer, pk=request.POST.get("offer"), is_open=True)
                propose(self.vraagstuk, offer, request.user)
                messages.success(request, _("Match proposed."))
            elif action in ("accept", "decline"):
                # Only this question's matches: another id gives a 404, never someone else's match.
                match = get_object_or_404(Match, pk=request.POST.get("match"), vraagstuk=self.vraagstuk)
                if action == "accept":
                    accept(
                        match, request.user, public_message=request.POST.get("public_message", "")[:10_000]
                    )
                    tell_teacher(match, request.user)
                    messages.success(request, _("Match accepted; the question is now matched."))
                else:
                    decline(match)
                    tell_teacher(match, request.user)
                    messages.success(request, _("Match declined."))
        except (InvalidMove, MoveIncomplete, CapacityExhausted) as refusal:
            messages.error(request, str(refusal))
        return redirect(reverse("submissions_vraagstuk:match", args=[self.vraagstuk.pk]))


class PoolView(WagtailAdminTemplateMixin, TemplateView):
    """Questions seeking a match, each with the earliest period in which a current offer could take it up."""

    template_name = "submissions/admin/pool.html"
    page_title = gettext_lazy("Pool: questions seeking a match")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not can_change(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "pool": pool()}
