"""Education offers in the admin: teachers and coordinators manage them under their own permissions."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import EducationOffer


class EducationOfferViewSet(ModelViewSet):
    model = EducationOffer
    icon = "group"
    menu_label = _("Education offers")
    menu_order = 160
    add_to_admin_menu = True
    url_prefix = "triage/offers"
    name = "education_offers"
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
        ]
    )
