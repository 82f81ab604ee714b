"""Triage actions on one question (move, case study draft) and the XLSX exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from ..models import AnswerTemplate, Vraagstuk
from ..triage.answers import PARTNER_MOVES, MoveIncomplete, template_text
from ..triage.exports import export_rows, xlsx_bytes
from ..triage.knowledge_cycle import KnowledgeCycleRefused, create_case_study_draft
from ..triage.log_actions import PERSONAL_DATA_EXPORT
from ..triage.workflow import InvalidMove, allowed_next_statuses, move
from .filters import VraagstukFilterSet
from .forms import MoveForm
from .permissions import can_change, can_export_personal_data, can_view

SEARCH_FIELDS = ["reference", "organisation", "title", "description"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def inspect_url(vraagstuk):
    return reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])


class VraagstukActionMixin(WagtailAdminTemplateMixin):
    """One question, found by its id; only for users who may change questions."""

    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not can_change(request.user):
            raise PermissionDenied
        self.vraagstuk = get_object_or_404(Vraagstuk, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.vraagstuk)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("submissions_vraagstuk:list"), "label": _("Questions")},
            {"url": inspect_url(self.vraagstuk), "label": self.vraagstuk.reference},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "vraagstuk": self.vraagstuk}


class MoveView(VraagstukActionMixin, FormView):
    form_class = MoveForm
    template_name = "submissions/admin/move.html"
    page_title = gettext_lazy("Change status")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "vraagstuk": self.vraagstuk}

    def get_initial(self):
        """?to=<status> picks the status; a move without a template of its own in triage.answers
        prefills the message with the team's answer template in the partner's language."""
        to_status = self.request.GET.get("to", "")
        if to_status in PARTNER_MOVES:
            return {"to_status": to_status}
        template = AnswerTemplate.objects.filter(status=to_status, language=self.vraagstuk.language).first()
        return {"to_status": to_status, "public_message": template.text if template else ""}

    def get_context_data(self, **kwargs):
        to_status = self.request.GET.get("to", "")
        return {
            **super().get_context_data(**kwargs),
            "next_statuses": allowed_next_statuses(self.vraagstuk),
            # The answer template the partner will read first, its placeholders still to be filled in.
            "answer_template": template_text(to_status, self.vraagstuk.language)
            if to_status in PARTNER_MOVES
            else "",
        }

    def form_valid(self, form):
        try:
            move(
                self.vraagstuk,
                form.cleaned_data["to_status"],
                self.request.user,
                note=form.cleaned_data["note"],
                public_message=form.cleaned_data["public_message"],
                facts=form.facts(),
            )
        except MoveIncomplete as missing:
            # Nothing was stored: the form comes back with what staff typed and what is missing.
            form.add_error(None, str(missing))
            return self.form_invalid(form)
        except InvalidMove as refusal:
            messages.error(self.request, str(refusal))
            return redirect(inspect_url(self.vraagstuk))
        messages.success(
            self.request,
            _("%(reference)s is now “%(status)s”.")
            % {
                "reference": self.vraagstuk.reference,
                "status": self.vraagstuk.get_status_display(),
            },
        )
        return redirect(inspect_url(self.vraagstuk))


class CaseStudyDraftView(VraagstukActionMixin, View):
    """POST only: makes the draft and opens it in the page editor."""

    def post(self, request, *args, **kwargs):
        try:
            page = create_case_study_draft(self.vraagstuk, request.user)
        except KnowledgeCycleRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(inspect_url(self.vraagstuk))
        messages.success(request, _("Draft case study created; it is in Dutch and ready for translation."))
        # Coordinators who may not edit pages stay with the question; editors take it from there.
        if page.permissions_for_user(request.user).can_edit():
            return redirect("wagtailadmin_pages:edit", page.pk)
        return redirect(inspect_url(self.vraagstuk))


def filtered_questions(request):
    """The list's filters and search, applied the same way as on the list."""
    queryset = VraagstukFilterSet(request.GET, queryset=Vraagstuk.objects.all(), request=request).qs
    query = request.GET.get("q", "").strip()
    if query:
        condition = Q()
        for field in SEARCH_FIELDS:
            condition |= Q(**{f"{field}__icontains": query})
        queryset = queryset.filter(condition)
    return queryset.order_by("-created_at")


def xlsx_response(content, name):
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}-{timezone.localdate():%Y-%m-%d}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


class ExportView(View):
    """The filtered list without personal data."""

    def get(self, request):
        if not can_view(request.user):
            raise PermissionDenied
        return xlsx_response(xlsx_bytes(export_rows(filtered_questions(request))), "vraagstukken")


class PersonalDataExportView(View):
    """The filtered list with contact details: the privileged permission only, and logged per question."""

    def get(self, request):
        if not can_export_personal_data(request.user):
            raise PermissionDenied
        questions = list(filtered_questions(request))
        for vraagstuk in questions:
            log(vraagstuk, PERSONAL_DATA_EXPORT, user=request.user)
        pks = [vraagstuk.pk for vraagstuk in questions]
        content = xlsx_bytes(export_rows(Vraagstuk.objects.filter(pk__in=pks).order_by("-created_at"), True))
        return xlsx_response(content, "vraagstukken-persoonsgegevens")
