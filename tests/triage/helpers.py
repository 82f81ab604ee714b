"""Older questions, offers and readers shared by the triage tests (tests/builders.py makes
the questions and users themselves)."""

import io
from datetime import date, timedelta

from django.utils import timezone

from openpyxl import load_workbook

from portal.models import Institution, Theme
from submissions.models import EducationOffer, OutgoingEmail, Status
from tests.builders import make_user, make_vraagstuk  # noqa: F401 (make_user: still imported from here)


def closed_since(days, status=Status.COMPLETED, **fields):
    return make_vraagstuk(status=status, status_changed_at=timezone.now() - timedelta(days=days), **fields)


def queued_emails(vraagstuk):
    return OutgoingEmail.objects.filter(vraagstuk=vraagstuk)


def xlsx_cells(content):
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def make_offer(
    course,
    themes=("eenzaamheid",),
    education_format="course_assignment",
    starts_on=date(2027, 9, 20),
    **fields,
):
    values = {
        "institution": Institution.objects.get(key="hogeschool-leiden", locale__language_code="nl"),
        "programme": "Sociaal werk",
        "course": course,
        "level": "hogeschool",
        "education_format": education_format,
        "academic_year": "2027-2028",
        "period": "semester 1",
        "starts_on": starts_on,
        "ends_on": date(starts_on.year + 1, 1, 31),
        "capacity": 2,
        "contact_name": "Docent",
        "contact_email": "docent@hsleiden.example",
        **fields,
    }
    offer = EducationOffer.objects.create(**values)
    offer.themes.set(Theme.objects.filter(key__in=themes, locale__language_code="nl"))
    return offer
