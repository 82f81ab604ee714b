"""The guide before the form, and the form page itself: bilingual, accessible, strict CSP."""

import re

import pytest

from portal.models import NavigationMenu
from submissions.models import SubmissionGuidePage

from .helpers import FORM_URL, PROBLEM, valid_answers

pytestmark = pytest.mark.django_db

GUIDE_URL = {"nl": "/nl/vraagstuk-indienen/", "en": "/en/submit-a-question/"}


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            "nl",
            [
                "fouten mogen maken",
                "Toegang tot de mensen en plekken",
                "Contactmomenten",
                "stageplaats",
                "Korte zelftest",
            ],
        ),
        (
            "en",
            [
                "allowed to make mistakes",
                "Access to the people and places",
                "Contact moments",
                "internship place",
                "Quick self-check",
            ],
        ),
    ],
)
def test_the_guide_explains_what_fits_education_in_both_languages(client, language, phrases):
    response = client.get(GUIDE_URL[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{language}"' in html
    for phrase in phrases:
        assert phrase in html, phrase
    assert len(re.findall(r"data-self-check-box", html)) >= 4
    assert f'href="{FORM_URL[language]}"' in html
    assert "/static/submissions/self-check.js" in html


def test_the_guide_is_in_both_menus(client):
    """The English menu is a translation of the Dutch one (its rows may name the Dutch page);
    each language's menu links the guide in that language."""
    guide = SubmissionGuidePage.objects.get(locale__language_code="nl")
    assert NavigationMenu.objects.count() == 2
    for menu in NavigationMenu.objects.all():
        language = menu.locale.language_code
        localized = guide.get_translation(menu.locale)
        assert localized.translation_key in [item.page.translation_key for item in menu.items.all()]
        nav = (
            client.get(f"/{language}/")
            .content.decode()
            .split('<nav class="main-menu', 1)[1]
            .split("</nav>", 1)[0]
        )
        assert f'href="{localized.url}"' in nav, language


@pytest.mark.parametrize(
    ("language", "privacy", "label"),
    [("nl", "/nl/privacyverklaring/", "E-mailadres"), ("en", "/en/privacy/", "E-mail address")],
)
def test_the_form_has_labels_autocomplete_privacy_link_and_no_inline_code(client, language, privacy, label):
    response = client.get(FORM_URL[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{privacy}"' in html
    assert f'<label for="id_email">{label}' in html
    for name, token in [
        ("organisation", "organization"),
        ("contact_name", "name"),
        ("email", "email"),
        ("phone", "tel"),
    ]:
        assert re.search(
            rf'<input[^>]*name="{name}"[^>]*autocomplete="{token}"|<input[^>]*autocomplete="{token}"[^>]*name="{name}"',
            html,
        ), name
    assert 'aria-describedby="id_email_helptext"' in html
    assert "<script>" not in html and " style=" not in html and not re.search(r"\son[a-z]+=", html)
    assert "/static/submissions/error-summary.js" in html
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_language_switcher_leads_to_the_form_in_the_other_language(client):
    html = client.get(FORM_URL["nl"]).content.decode()
    assert f'href="{FORM_URL["en"]}"' in html


def test_the_error_summary_is_focusable_and_links_to_fields(client):
    html = client.post(FORM_URL["en"], {"organisation": ""}).content.decode()
    assert 'id="error-summary" tabindex="-1"' in html
    assert '<a href="#id_organisation">' in html
    assert '<a href="#id_help_kinds_0">' in html  # a group links to its first option
    assert 'id="id_organisation_error"' in html
    assert "<title>Error: Question form" in html


def without_tokens(html):
    """The form page with its per-visitor values (CSRF token, form token) blanked out."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', 'name="csrfmiddlewaretoken" value=""', html)
    return re.sub(r'name="form_token" value="[^"]+"', 'name="form_token" value=""', html)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_form_is_never_kept_or_shared(client, settings, language, caches_on):
    with_caches = [client.get(FORM_URL[language]) for _ in range(2)]
    settings.FRAGMENT_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS = 0
    fresh = client.get(FORM_URL[language]).content.decode()
    assert without_tokens(with_caches[1].content.decode()) == without_tokens(fresh)
    assert "X-Page-Cache" not in with_caches[1]
    assert "no-store" in with_caches[1]["Cache-Control"] and "private" in with_caches[1]["Cache-Control"]
    tokens = [re.search(r'name="form_token" value="([^"]+)"', r.content.decode())[1] for r in with_caches]
    assert tokens[0] != tokens[1]  # each page view issues its own


def test_a_form_sent_back_with_errors_shows_the_answers(client, caches_on):
    client.get(FORM_URL["nl"])
    response = client.post(FORM_URL["nl"], valid_answers(email="geen-adres", organisation="Wijkraad Noord"))
    html = response.content.decode()
    assert response.status_code == 400
    assert PROBLEM["nl"] in html
    assert 'value="Wijkraad Noord"' in html
    assert 'value="geen-adres"' in html
