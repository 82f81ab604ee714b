from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from portal.localized import names_by_key

# Fields a published case study needs so that the facets can find it (dates are
# optional: some sources give none, and a made-up date would mislead the year filter). The model
# allows them empty, because a draft made from a finished vraagstuk starts incomplete;
# Wagtail defers these checks when a draft is saved and applies them on publishing.
REQUIRED_ON_PUBLISH = {
    "summary": _("Write a one- or two-sentence summary: it is shown in the listing and in link previews."),
    "place": _("Choose the place where the project took place, so visitors can filter by place."),
    "themes": _("Choose at least one theme, so visitors can filter by theme."),
    "institutions": _("Choose at least one educational institution whose students or staff took part."),
    "education_format": _("Choose how the work fitted into education (the education format)."),
    "csl_intensity": _("Choose the community service-learning intensity: low, medium or intensive."),
}


# Taxonomy fields whose choices an editor reads in the admin's language.
NAMED_IN_ADMIN_LANGUAGE = ("place", "themes")


def label_in_active_language(field):
    """Editors choose the Dutch rows (a key is the same in every language); an editor who works in
    English reads each choice by its English name, falling back to the Dutch one."""
    names = names_by_key(field.queryset.model)
    field.label_from_instance = lambda row: names.get(row.key, row.name)


def label_rows_in_active_language(formset, name):
    """The same for a field of an inline panel's rows (a partner's organisation type), the empty
    row the admin copies for a new partner included: the names are read when a row renders."""
    model = formset.form.base_fields[name].queryset.model
    formset.form.base_fields[name].label_from_instance = lambda row: names_by_key(model, [row.key]).get(
        row.key, row.name
    )
    for form in formset.forms:
        label_in_active_language(form.fields[name])


class CaseStudyPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in NAMED_IN_ADMIN_LANGUAGE:
            if name in self.fields:
                label_in_active_language(self.fields[name])
        if "partners" in getattr(self, "formsets", {}):
            label_rows_in_active_language(self.formsets["partners"], "organisation_type")
        for name, message in REQUIRED_ON_PUBLISH.items():
            if name in self.fields:
                self.fields[name].required = True
                self.fields[name].error_messages["required"] = message
