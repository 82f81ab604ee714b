"""Questions, users and readers shared by the triage tests."""

import io
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.users.models import UserProfile

from openpyxl import load_workbook

from portal.models import Institution, OrganisationType, Place, Theme
from submissions.models import (
    Attachment,
    Consent,
    ConsentKind,
    EducationOffer,
    EventKind,
    OutgoingEmail,
    ReferenceCounter,
    Status,
    Vraagstuk,
    VraagstukEvent,
)

PASSWORD = "not-used-here-1234"


def make_vraagstuk(consents=(ConsentKind.CONTACT,), themes=("eenzaamheid",), attachment=False, **fields):
    now = timezone.now()
    values = {
        "language": "nl",
        "organisation": "Gemeente Leiden",
        "organisation_type": OrganisationType.objects.get(key="gemeente", locale__language_code="nl"),
        "contact_name": "An Peeters",
        "email": "an.peeters@example.org",
        "phone": "+32 16 00 00 00",
        "title": "Hoe bereiken we eenzame ouderen?",
        "description": "Veel ouderen wonen alleen.",
        "place": Place.objects.get(key="leiden", locale__language_code="nl"),
        "timing": "next_year",
        "status_changed_at": now,
        **fields,
    }
    vraagstuk = Vraagstuk(reference=ReferenceCounter.next_reference(now.year), **values)
    vraagstuk.new_status_token()
    vraagstuk.save()
    vraagstuk.themes.set(Theme.objects.filter(key__in=themes, locale__language_code="nl"))
    for kind in ConsentKind:
        Consent.objects.create(vraagstuk=vraagstuk, kind=kind, given=kind in consents, text_version="test")
    VraagstukEvent.objects.create(vraagstuk=vraagstuk, kind=EventKind.SUBMITTED, by_partner=True)
    if attachment:
        stored = Attachment(
            vraagstuk=vraagstuk,
            original_name="notes.pdf",
            content_type="application/pdf",
            extension="pdf",
            size=20,
        )
        stored.file.save("notes.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
        stored.save()
    return vraagstuk


def closed_since(days, status=Status.COMPLETED, **fields):
    return make_vraagstuk(status=status, status_changed_at=timezone.now() - timedelta(days=days), **fields)


def make_user(username, group=None, superuser=False, permissions=()):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@kennisbrug.example", password=PASSWORD, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to the tests
    profile.save()
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


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
        "level": "hbo",
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
