"""The partner's answers to the impact follow-up, through the private link in its e-mail."""

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from ..forms import FreeTextField
from ..models import ImpactFollowUp
from .guards import database_unavailable_page, over_limit, too_many_requests


class ImpactForm(forms.ModelForm):
    # Free text as on the intake: line breaks counted as one, control characters refused.
    what_changed = FreeTextField(
        label=ImpactFollowUp._meta.get_field("what_changed").verbose_name, required=False
    )
    still_used = FreeTextField(
        label=ImpactFollowUp._meta.get_field("still_used").verbose_name, required=False
    )
    would_again = forms.TypedChoiceField(
        label=_("Would you submit a question again?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ImpactFollowUp
        fields = ["what_changed", "still_used", "would_again"]


@never_cache
@database_unavailable_page(form_classes=[ImpactForm])
def impact_follow_up(request, token):
    if over_limit(request, "submissions.status.ip", "ip", "SUBMISSION_STATUS_RATE_PER_IP"):
        return too_many_requests(request)
    follow_up = ImpactFollowUp.for_token(token)
    if follow_up is None:
        return render(request, "submissions/status_unknown.html", status=404)
    if follow_up.answered_at:
        return render(request, "submissions/impact_follow_up.html", {"follow_up": follow_up, "done": True})
    form = ImpactForm(request.POST or None, instance=follow_up)
    if request.method == "POST" and form.is_valid():
        answered = form.save(commit=False)
        answered.answered_at = timezone.now()
        answered.save()
        return render(request, "submissions/impact_follow_up.html", {"follow_up": answered, "done": True})
    status = 400 if request.method == "POST" else 200
    return render(
        request, "submissions/impact_follow_up.html", {"follow_up": follow_up, "form": form}, status=status
    )
