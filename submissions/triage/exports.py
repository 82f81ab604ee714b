"""XLSX exports of the triage list.

The default export has no personal data (no contact name, e-mail or phone); the
personal-data export is for the privileged permission only and is logged. Every
cell goes through portal.spreadsheet_cells.safe_cell.
"""

from io import BytesIO
from operator import attrgetter

from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from openpyxl import Workbook

from portal.spreadsheet_cells import safe_cell

from ..models import ConsentKind, Vraagstuk
from ..personal_data import personal_fields
from .overdue import is_overdue


def consent(vraagstuk, kind):
    return _("yes") if any(c.kind == kind and c.given for c in vraagstuk.consents.all()) else _("no")


def general_columns():
    """(field, heading, value) of the export without personal data: nothing the declaration
    (submissions.personal_data) names, whatever is listed here."""
    columns = [
        ("reference", _("Reference"), lambda v: v.reference),
        ("status", _("Status"), lambda v: str(v.get_status_display())),
        ("", _("Overdue"), lambda v: _("yes") if is_overdue(v) else _("no")),
        ("created_at", _("Submitted at"), lambda v: timezone.localtime(v.created_at).replace(tzinfo=None)),
        ("language", _("Language"), lambda v: v.language),
        ("organisation", _("Organisation"), lambda v: v.organisation),
        (
            "organisation_type",
            _("Organisation type"),
            lambda v: v.organisation_type.name if v.organisation_type else "",
        ),
        ("title", _("Title"), lambda v: v.title),
        ("themes", _("Themes"), lambda v: ", ".join(sorted(t.name for t in v.themes.all()))),
        ("place", _("Place"), lambda v: v.place.name if v.place else ""),
        ("timing", _("Desired timing"), lambda v: str(v.get_timing_display())),
        ("", _("Publication consent"), lambda v: consent(v, ConsentKind.PUBLICATION)),
    ]
    personal = set(personal_fields(Vraagstuk))
    return [(heading, value) for field, heading, value in columns if field not in personal]


def personal_columns():
    """Every personal field the declaration names, then the description (the partner's own words)."""
    columns = [
        (str(capfirst(Vraagstuk._meta.get_field(name).verbose_name)), attrgetter(name))
        for name in personal_fields(Vraagstuk)
    ]
    return [*columns, (_("Description"), lambda v: v.description)]


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
