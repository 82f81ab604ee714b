"""Pages, people and vraagstukken as the tests need them, built one way for every test package.

Pages go below the demo site (`home`); `add_page` publishes them as an editor would (a
revision, then publish), so they are live, indexed and in the page cache's generation.
Vraagstukken are stored as the intake stores one; `submissions.factories` makes many with
a history, these make one with exactly the fields a test names.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile

from portal.models import OrganisationType, Place, StandardPage, Theme
from submissions.models import (
    Attachment,
    Consent,
    ConsentKind,
    EventKind,
    ReferenceCounter,
    Vraagstuk,
    VraagstukEvent,
)

PASSWORD = "not-used-here-1234"


def home(language="nl"):
    """The demo site's home page in `language`."""
    dutch_home = Site.objects.get(is_default_site=True).root_page.specific
    if language == "nl":
        return dutch_home
    return dutch_home.get_translation(Locale.objects.get(language_code=language)).specific


def add_page(parent, page, *, revision=True, publish=True):
    """`page` as a child of `parent` (in the parent's language), saved as a revision and published
    unless told otherwise."""
    parent.add_child(instance=page)
    if revision:
        saved = page.save_revision()
        if publish:
            saved.publish()
    return page


def standard_page(
    parent, title, *, slug=None, summary="Een korte samenvatting.", body=(), revision=True, publish=True
):
    """A standard page below `parent`, with a summary and published unless told otherwise."""
    page = StandardPage(title=title, slug=slug or slugify(title), summary=summary, body=list(body))
    return add_page(parent, page, revision=revision, publish=publish)


def make_user(username, group=None, *, superuser=False, permissions=(), language="en"):
    """A staff member as an administrator makes one: in `group`, with `permissions`
    ("app_label.codename"), speaking `language` in the admin (English unless told)."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@kennisbrug.example", password=PASSWORD, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


def make_vraagstuk(consents=(ConsentKind.CONTACT,), themes=("eenzaamheid",), attachment=False, **fields):
    """One vraagstuk as the intake stores it: a reference, a status token, every consent
    (given for `consents`), the "submitted" event and, with `attachment`, a small PDF."""
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
