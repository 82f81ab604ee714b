from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Status
from ..triage.workflow import allowed_next_statuses

# Closing a question without a match needs its reason or the place it was referred to.
NEEDS_NOTE = {
    Status.DECLINED: _("Give the reason for declining."),
    Status.REFERRED: _("Say to whom it was referred."),
}


class MoveForm(forms.Form):
    # Every status validates here, so a forged one reaches the workflow, which refuses and logs it;
    # the radio buttons offer only the allowed next statuses.
    to_status = forms.ChoiceField(label=_("New status"), choices=Status.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Internal note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the team only; never shown to the partner. Required when declining or referring."),
    )
    public_message = forms.CharField(
        label=_("Message to the partner"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Optional. Shown on the partner's status page and e-mailed to them in their language."),
    )

    def __init__(self, *args, vraagstuk, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].widget.choices = [
            (s.value, s.label) for s in allowed_next_statuses(vraagstuk)
        ]

    def clean(self):
        cleaned = super().clean()
        message = NEEDS_NOTE.get(cleaned.get("to_status"))
        if message and not cleaned.get("note", "").strip():
            self.add_error("note", message)
        return cleaned
