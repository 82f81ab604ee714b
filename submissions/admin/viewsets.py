"""The triage list and the detail (inspect) view of a vraagstuk."""

from datetime import datetime

from django import forms
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import EditView, IndexView, InspectView, SnippetViewSet

from portal.models import Institution, Place, Theme

from ..addresses import canonical_email
from ..models import ALLOWED_MOVES, ConsentKind, HelpKind, ImpactFollowUp, PartnerOffer, Status, Vraagstuk
from ..personal_data import personal_fields, without_personal_fields
from ..triage.knowledge_cycle import existing_case_study
from ..triage.log_actions import PERSONAL_DATA_VIEW
from ..triage.overdue import due_date, is_overdue
from . import actions, match_views, people_views
from .chooser import VraagstukChooserViewSet
from .filters import VraagstukFilterSet, default_language
from .permissions import can_change, can_export_personal_data
from .side_panels import QuestionEditStatusSidePanel


def choice_labels(choices, keys):
    labels = dict(choices.choices)
    return ", ".join(str(labels.get(key, key)) for key in keys) or "-"


def overdue_label(vraagstuk):
    return _("Overdue") if is_overdue(vraagstuk) else ""


class VraagstukForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = default_language(Theme)
        self.fields["place"].queryset = default_language(Place)
        self.fields["shared_with"].queryset = default_language(Institution)


class VraagstukIndexView(IndexView):
    @cached_property
    def columns(self):
        # The list is for everyone who triages: no column shows a declared personal field.
        return without_personal_fields(Vraagstuk, super().columns)

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("place", "organisation_type", "assignee")

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        """The reference opens the triage view (what the partner sent and the actions), not the
        edit form, which only corrects a few fields and stays one click away in the row's menu."""
        column = super()._get_title_column(field_name, column_class, **kwargs)
        column._get_url_func = self.get_inspect_url
        return column

    def search_queryset(self, queryset):
        """An e-mail address finds the questions of that mailbox in whatever form it was written."""
        if self.is_searching and "@" in self.search_query:
            return queryset.filter(email_key=canonical_email(self.search_query))
        return super().search_queryset(queryset)

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        query = self.request.GET.urlencode()
        buttons.append(
            HeaderButton(
                _("Export XLSX"),
                url=f"{reverse('submissions_vraagstuk:export')}?{query}",
                icon_name="download",
            )
        )
        if can_export_personal_data(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Export with personal data"),
                    url=f"{reverse('submissions_vraagstuk:export_personal')}?{query}",
                    icon_name="warning",
                )
            )
        return buttons


class VraagstukInspectView(InspectView):
    template_name = "submissions/admin/inspect.html"

    def get(self, request, *args, **kwargs):
        # The detail view shows contact details: every look is logged.
        log(self.object, PERSONAL_DATA_VIEW, user=request.user)
        return super().get(request, *args, **kwargs)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):
            # Wagtail's inspect template only localizes the value: it would show UTC.
            return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return value

    def get_help_kinds_display_value(self):
        return choice_labels(HelpKind, self.object.help_kinds)

    def get_partner_offers_display_value(self):
        return choice_labels(PartnerOffer, self.object.partner_offers)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vraagstuk = self.object
        context.update(
            {
                "vraagstuk": vraagstuk,
                "looks_like": vraagstuk.looks_like(),
                "attachments": vraagstuk.attachments.all(),
                "consents": vraagstuk.consents.all(),
                "events": vraagstuk.events.select_related("actor", "assignee"),
                "matches": vraagstuk.matches.select_related("offer"),
                "follow_up": ImpactFollowUp.objects.filter(vraagstuk=vraagstuk).first(),
                "can_match": match_views.can_match(self.request.user),
                "due_date": due_date(vraagstuk),
                "overdue": is_overdue(vraagstuk),
                "can_change": can_change(self.request.user),
                "can_move": can_change(self.request.user) and bool(ALLOWED_MOVES[Status(vraagstuk.status)]),
                **self.case_study_context(vraagstuk),
            }
        )
        return context

    def case_study_context(self, vraagstuk):
        """The draft once it exists; else the action, offered only for a completed question whose
        partner consented to publication (knowledge_cycle.check_eligible refuses the rest)."""
        case_study = existing_case_study(vraagstuk)
        completed = vraagstuk.status == Status.COMPLETED
        consented = vraagstuk.has_consent(ConsentKind.PUBLICATION)
        return {
            "case_study": case_study,
            "case_study_editable": bool(case_study)
            and case_study.permissions_for_user(self.request.user).can_edit(),
            "can_make_case_study": can_change(self.request.user)
            and completed
            and consented
            and not case_study,
            "case_study_without_consent": completed and not consented and not case_study,
            "partner_named": vraagstuk.has_consent(ConsentKind.NAMING),
        }


class VraagstukEditView(EditView):
    """Corrects a few fields; its status panel shows the question's triage status, not "Live"."""

    def get_side_panels(self):
        return MediaContainer(
            [
                QuestionEditStatusSidePanel(
                    self.object,
                    self.request,
                    live_object=self.object,
                    usage_url=self.get_usage_url(),
                    history_url=self.get_history_url(),
                    last_updated_info=self.get_last_updated_info(),
                )
            ]
        )


class VraagstukViewSet(SnippetViewSet):
    model = Vraagstuk
    icon = "help"
    menu_label = _("Questions")
    menu_order = 150
    add_to_admin_menu = True
    url_prefix = "triage/vraagstukken"
    admin_url_namespace = "submissions_vraagstuk"
    index_view_class = VraagstukIndexView
    inspect_view_class = VraagstukInspectView
    edit_view_class = VraagstukEditView
    chooser_viewset_class = VraagstukChooserViewSet
    inspect_view_enabled = True
    # Everything the partner sent, the declared personal fields included (every look is logged);
    # never the hash of the status token.
    inspect_view_fields = [
        "reference",
        "created_at",
        "language",
        "organisation",
        "organisation_type",
        *personal_fields(Vraagstuk),
        "title",
        "description",
        "themes",
        "place",
        "neighbourhood",
        "help_kinds",
        "help_details",
        "partner_offers",
        "offer_details",
        "timing",
        "timing_details",
    ]
    copy_view_enabled = False
    filterset_class = VraagstukFilterSet
    # An e-mail address is searched by its canonical key (VraagstukIndexView), never a personal field.
    search_fields = without_personal_fields(Vraagstuk, ["reference", "organisation", "title", "description"])
    list_per_page = 50
    ordering = ["-created_at"]
    list_display = [
        "reference",
        "title",
        "organisation",
        "status",
        "assignee",
        Column("overdue", label=_("Overdue"), accessor=overdue_label),
        "language",
        DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
        DateColumn("status_changed_at", label=_("In this status since"), sort_key="status_changed_at"),
    ]
    # Staff correct what the partner filled in; the status only changes through a move.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("organisation"),
            MultiFieldPanel(
                [
                    FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                    FieldRowPanel([FieldPanel("place"), FieldPanel("neighbourhood")]),
                ],
                heading=_("Themes and place"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("open_to_all_institutions"),
                    FieldPanel("shared_with", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Teachers who see it in their pool"),
            ),
        ],
        base_form_class=VraagstukForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/move/", actions.MoveView.as_view(), name="move"),
            path("<int:pk>/case-study/", actions.CaseStudyDraftView.as_view(), name="case_study"),
            path("<int:pk>/assign/", people_views.AssignView.as_view(), name="assign"),
            path("<int:pk>/note/", people_views.NoteView.as_view(), name="note"),
            path("<int:pk>/match/", match_views.MatchView.as_view(), name="match"),
            path("pool/", match_views.PoolView.as_view(), name="pool"),
            path("export/", actions.ExportView.as_view(), name="export"),
            path("export/personal/", actions.PersonalDataExportView.as_view(), name="export_personal"),
        ]
