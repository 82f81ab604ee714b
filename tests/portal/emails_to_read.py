"""Every e-mail template of the site, rendered as its reader gets it, in a given language.

The templates are found on disk (no list to keep up): each `<name>_subject.txt`, `<name>.txt`
and `<name>.html` under an `email` folder of an app's templates.
"""

from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from ..builders import make_user, make_vraagstuk

BASE_DIR = Path(settings.BASE_DIR)
APP_TEMPLATE_DIRS = [
    BASE_DIR / app / "templates" for app in ("submissions", "casestudies", "playbook", "portal")
]

# What a partner wrote: in the language the partner wrote in.
QUESTION = {
    "nl": {"title": "Hoe bereiken we eenzame ouderen?", "message": "Uw vraag gaat naar de intake."},
    "en": {
        "title": "How do we reach lonely older people?",
        "message": "Your question moves on to the intake.",
    },
}
# A teacher's education offer, as its name reads in each language.
OFFER = {"nl": "Buurtonderzoek (Sociaal werk)", "en": "Neighbourhood research (Social work)"}


def email_templates():
    """Template names of every e-mail part, e.g. submissions/email/acknowledgement.txt."""
    names = set()
    for templates in APP_TEMPLATE_DIRS:
        for path in templates.rglob("email/*"):
            if path.suffix in (".txt", ".html"):
                names.add(path.relative_to(templates).as_posix())
    return sorted(names)


def email_context(language):
    vraagstuk = make_vraagstuk(language=language, title=QUESTION[language]["title"])
    vraagstuk.due_date, vraagstuk.admin_path = vraagstuk.created_at.date(), f"/admin/{vraagstuk.pk}/"
    staff = make_user(f"coordinator-{language}")
    return {
        "vraagstuk": vraagstuk,
        "status_url": "https://kennisbrug.example/status/token/",
        "url": "https://kennisbrug.example/impact/token/",
        "admin_url": "https://kennisbrug.example/admin/",
        "admin_base_url": "https://kennisbrug.example",
        "path": f"/admin/{vraagstuk.pk}/",
        "message": QUESTION[language]["message"],
        "assignee": staff,
        "by": staff,
        "items": [vraagstuk],
        "teacher": make_user(f"teacher-{language}"),
        "offer": OFFER[language],
        "match": SimpleNamespace(status="accepted"),
    }


def rendered_emails(language):
    """{template name: rendered text} of every e-mail part in `language`."""
    with translation.override(language):
        context = email_context(language)
        return {name: render_to_string(name, context) for name in email_templates()}


def partner_pages(client, language):
    """{address: html} of the pages a partner reads outside the page tree: the intake form and the
    private status page of a question in `language`."""
    with translation.override(language):
        vraagstuk = make_vraagstuk(language=language, title=QUESTION[language]["title"])
        token = vraagstuk.new_status_token()
        vraagstuk.save(update_fields=["status_token_hash"])
        addresses = [reverse("submissions:form"), reverse("submissions:status", args=[token])]
    pages = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        pages[address] = response.content.decode()
    return pages
