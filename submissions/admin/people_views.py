"""Assigning a question and adding internal notes (POST from the detail view)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView

from ..triage.people import add_note, assign, coordinators
from .actions import VraagstukActionMixin, inspect_url


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(label=gettext_lazy("Assign to"), queryset=None, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = coordinators()


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Internal note"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AssignView(VraagstukActionMixin, FormView):
    form_class = AssignForm
    template_name = "submissions/admin/simple_form.html"
    page_title = gettext_lazy("Assign")

    def get_initial(self):
        return {"assignee": self.vraagstuk.assignee}

    def form_valid(self, form):
        assign(self.vraagstuk, form.cleaned_data["assignee"], self.request.user)
        messages.success(self.request, _("Assignment saved."))
        return redirect(inspect_url(self.vraagstuk))


class NoteView(VraagstukActionMixin, FormView):
    form_class = NoteForm
    template_name = "submissions/admin/simple_form.html"
    page_title = gettext_lazy("Add an internal note")

    def form_valid(self, form):
        add_note(self.vraagstuk, form.cleaned_data["text"], self.request.user)
        messages.success(self.request, _("Note added."))
        return redirect(inspect_url(self.vraagstuk))
