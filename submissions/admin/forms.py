from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Status
from ..triage.answers import GIVEN_FACTS, MISSING_MESSAGES
from ..triage.workflow import allowed_next_statuses


class MoveForm(forms.Form):
    # Every status validates here, so a forged one reaches the workflow, which refuses and logs it;
    # the radio buttons offer only the allowed next statuses.
    to_status = forms.ChoiceField(label=_("New status"), choices=Status.choices, widget=forms.RadioSelect)
    delivered = forms.CharField(
        label=_("What the students delivered"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when completing; the partner reads it, e.g. “a report and a poster”."),
    )
    referred_to = forms.CharField(
        label=_("Referred to"),
        required=False,
        max_length=500,
        help_text=_("Required when referring; the partner reads to whom."),
    )
    reason = forms.CharField(
        label=_("Reason for declining"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when declining; the partner reads it."),
    )
    note = forms.CharField(
        label=_("Internal note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the team only; never shown to the partner."),
    )
    public_message = forms.CharField(
        label=_("Message to the partner"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Shown on the partner's status page and e-mailed to them in their language. For matched, in "
            "progress, completed, referred and declined the answer template comes first and this is added "
            "below it."
        ),
    )

    def __init__(self, *args, vraagstuk, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed = allowed_next_statuses(vraagstuk)
        self.fields["to_status"].widget.choices = [(s.value, s.label) for s in self.allowed]

    def clean(self):
        cleaned = super().clean()
        to_status = cleaned.get("to_status")
        name = GIVEN_FACTS.get(to_status) if to_status in self.allowed else None
        if name and not cleaned.get(name, "").strip():
            self.add_error(name, MISSING_MESSAGES[name])
        return cleaned

    def facts(self):
        return {name: self.cleaned_data.get(name, "") for name in GIVEN_FACTS.values()}
