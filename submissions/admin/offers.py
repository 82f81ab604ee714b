"""Education offers in the admin: teachers and coordinators manage them under their own permissions."""

from django import forms
from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import EducationOffer


def manages_all_offers(user):
    """Coordinators (and superusers) manage every offer; a teacher only the offers they own."""
    return user.has_perm("submissions.add_match")


def offers_for(user):
    offers = EducationOffer.objects.all()
    return offers if manages_all_offers(user) else offers.filter(owner=user)


class OfferForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not manages_all_offers(for_user):
            # A teacher's offers are their own: the owner cannot be changed to someone else.
            self.fields["owner"].queryset = get_user_model().objects.filter(pk=for_user.pk)
            self.fields["owner"].required = True
            self.fields["owner"].initial = for_user.pk


class OwnOffersMixin:
    def get_queryset(self):
        return offers_for(self.request.user)


class OwnOffersIndexView(generic.IndexView):
    def get_base_queryset(self):
        return offers_for(self.request.user)


class OwnOffersEditView(OwnOffersMixin, generic.EditView):
    pass


class OwnOffersInspectView(OwnOffersMixin, generic.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(offers_for(self.request.user), pk=self.kwargs[self.pk_url_kwarg])


class OwnOffersCopyView(OwnOffersMixin, generic.CopyView):
    def get_object(self, queryset=None):
        return get_object_or_404(offers_for(self.request.user), pk=self.kwargs[self.pk_url_kwarg])


class EducationOfferViewSet(ModelViewSet):
    model = EducationOffer
    icon = "group"
    menu_label = _("Education offers")
    menu_order = 160
    add_to_admin_menu = True
    url_prefix = "triage/offers"
    name = "education_offers"
    index_view_class = OwnOffersIndexView
    edit_view_class = OwnOffersEditView
    inspect_view_class = OwnOffersInspectView
    copy_view_class = OwnOffersCopyView
    inspect_view_enabled = True
    copy_view_enabled = True
    list_display = [
        "course",
        "institution",
        "education_format",
        "level",
        "period",
        "academic_year",
        "starts_on",
        Column("remaining", label=_("Room left"), accessor="remaining_capacity"),
        "is_open",
    ]
    list_filter = ["is_open", "level", "education_format", "institution", "academic_year"]
    search_fields = ["course", "programme", "disciplines", "contact_name"]
    ordering = ["starts_on"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("institution"), FieldPanel("owner")]),
            FieldRowPanel([FieldPanel("programme"), FieldPanel("course")]),
            FieldRowPanel([FieldPanel("level"), FieldPanel("education_format")]),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("academic_year"), FieldPanel("period")]),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                ],
                heading=_("Period"),
            ),
            FieldPanel("disciplines"),
            FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("is_open")]),
            FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
        ],
        base_form_class=OfferForm,
    )
