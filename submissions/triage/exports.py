"""XLSX exports of the triage list.

The default export has no personal data (no contact name, e-mail or phone); the
personal-data export is for the privileged permission only and is logged. Every
cell goes through portal.spreadsheet_cells.safe_cell.
"""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _

from openpyxl import Workbook

from portal.spreadsheet_cells import safe_cell

from ..models import ConsentKind
from .overdue import is_overdue


def consent(vraagstuk, kind):
    return _("yes") if any(c.kind == kind and c.given for c in vraagstuk.consents.all()) else _("no")


def general_columns():
    return [
        (_("Reference"), lambda v: v.reference),
        (_("Status"), lambda v: str(v.get_status_display())),
        (_("Overdue"), lambda v: _("yes") if is_overdue(v) else _("no")),
        (_("Submitted at"), lambda v: timezone.localtime(v.created_at).replace(tzinfo=None)),
        (_("Language"), lambda v: v.language),
        (_("Organisation"), lambda v: v.organisation),
        (_("Organisation type"), lambda v: v.organisation_type.name if v.organisation_type else ""),
        (_("Title"), lambda v: v.title),
        (_("Themes"), lambda v: ", ".join(sorted(t.name for t in v.themes.all()))),
        (_("Place"), lambda v: v.place.name if v.place else ""),
        (_("Desired timing"), lambda v: str(v.get_timing_display())),
        (_("Publication consent"), lambda v: consent(v, ConsentKind.PUBLICATION)),
    ]


def personal_columns():
    return [
        (_("Contact name"), lambda v: v.contact_name),
        (_("E-mail address"), lambda v: v.email),
        (_("Phone"), lambda v: v.phone),
        (_("Description"), lambda v: v.description),
    ]


def export_rows(queryset, with_personal_data=False):
    columns = general_columns() + (personal_columns() if with_personal_data else [])
    queryset = queryset.select_related("organisation_type", "place").prefetch_related("themes", "consents")
    yield [heading for heading, _value in columns]
    for vraagstuk in queryset:
        yield [safe_cell(value(vraagstuk)) for _heading, value in columns]


def xlsx_bytes(rows):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Questions"))
    for row in rows:
        sheet.append(row)
    output = BytesIO()
    workbook.save(output)
    return output.getvalue()
