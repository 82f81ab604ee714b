"""Hostile text that would run script if it reached the page as markup runs none, in the
public pages and in the admin. Each payload sets a window flag when it runs; the flag
must stay unset. Public pages are opened with the CSP lifted (bypass_csp), so only the
escaping stands between the payload and the browser, as it does in the admin, whose
policy allows inline script.
"""

from django.core import signing
from django.urls import reverse
from django.utils.html import escape

from wagtail.models import Page
from wagtail.rich_text import RichText

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from portal.models import StandardPage
from submissions.models import Status
from submissions.views.intake import RECEIPT_SALT
from tests.builders import PASSWORD, make_user, make_vraagstuk

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.browser_context_args(bypass_csp=True),
]

PAYLOAD = (
    "<script>window.kbXss = 'script'</script>"
    ' "><img src=x onerror="window.kbXss = \'img\'">'
    " <svg onload=\"window.kbXss = 'svg'\"></svg>"
    " kbxssmarker"
)
FLAG = "() => window.kbXss === undefined ? null : window.kbXss"


def test_the_payload_runs_when_it_is_not_escaped(page):
    """The control: unescaped, the payload does set the flag."""
    page.set_content(f"<html><body><p>{PAYLOAD}</p></body></html>")
    page.wait_for_function("() => window.kbXss !== undefined")
    assert page.evaluate(FLAG) in {"script", "img", "svg"}


def hostile_content():
    home = Page.objects.get(depth=2, locale__language_code="nl")
    standard = StandardPage(
        title=PAYLOAD,
        slug="xss-browser",
        summary=PAYLOAD,
        body=[("text", RichText(f"<p>{escape(PAYLOAD)}</p>")), ("quote", {"quote": PAYLOAD})],
    )
    home.add_child(instance=standard)
    standard.save_revision().publish()
    library = CaseStudyIndexPage.objects.get(locale__language_code="nl")
    case = CaseStudyPageFactory(
        parent=library, title=PAYLOAD, slug="xss-browser-case", summary=PAYLOAD, body=standard.body.raw_data
    )
    case.save_revision().publish()

    vraagstuk = make_vraagstuk(
        title=PAYLOAD, organisation=PAYLOAD, contact_name=PAYLOAD, description=PAYLOAD, status=Status.INTAKE
    )
    token = vraagstuk.new_status_token()
    vraagstuk.save(update_fields=["status_token_hash"])
    vraagstuk.events.update(public_message=PAYLOAD)
    return standard, case, library, vraagstuk, token


def test_no_page_runs_the_payload(live_server, page):
    standard, case, library, vraagstuk, token = hostile_content()
    public = [
        standard.url,
        case.url,
        library.url,
        reverse("search:search") + "?q=kbxssmarker",
        reverse("search:search") + "?q=" + PAYLOAD.replace("#", ""),
        reverse("submissions:status", args=[token]),
        reverse("submissions:thanks", args=[signing.dumps(vraagstuk.pk, salt=RECEIPT_SALT)]),
    ]
    ns = "submissions_vraagstuk"
    admin = [
        reverse("wagtailadmin_explore", args=[standard.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[standard.pk]),
        reverse("wagtailadmin_pages:edit", args=[case.pk]),
        reverse(f"{ns}:list"),
        reverse(f"{ns}:inspect", args=[vraagstuk.pk]),
        reverse(f"{ns}:edit", args=[vraagstuk.pk]),
        reverse(f"{ns}:move", args=[vraagstuk.pk]),
    ]
    ran = []

    def visit(path):
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert "kbxssmarker" in page.content(), f"{path} does not show the hostile text"
        page.wait_for_load_state("load")
        if page.evaluate(FLAG) is not None:
            ran.append(f"{path}: {page.evaluate(FLAG)}")

    for path in public:
        visit(path)
    make_user("xss-admin", superuser=True)
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("#id_username", "xss-admin")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    for path in admin:
        visit(path)
    assert not ran, ran
