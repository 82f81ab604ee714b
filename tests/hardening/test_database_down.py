"""With the database down, every address answers the honest "try again later" page (issue #19):
503 with Retry-After in the visitor's language, never a 500; a form post keeps the answers."""

import re
from html import unescape

from django.db import connection

import pytest

from submissions.models import Vraagstuk
from tests.submissions.helpers import FORM_URL, receipt_of, valid_answers
from tests.submissions.smtp import free_port

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TRY_AGAIN = {"nl": "Probeer het later opnieuw", "en": "Please try again later"}
ADDRESSES = [
    ("nl", "/nl/"),
    ("en", "/en/case-studies/"),
    ("nl", "/nl/bestaat-niet/"),  # a 404 needs the menu and footer, hence the database
    ("en", "/en/search/?q=bicycle"),
    ("nl", "/nl/zoeken/?q=fiets"),
    ("en", "/sitemap.xml"),
    ("en", "/api/v2/pages/"),
]


class Database:
    """Takes the database away for every new connection (a port where nothing listens, as when
    PostgreSQL is stopped) and brings it back."""

    def __init__(self):
        self.real_port = connection.settings_dict["PORT"]

    def down(self):
        connection.close()
        connection.settings_dict["PORT"] = free_port()

    def up(self):
        connection.close()
        connection.settings_dict["PORT"] = self.real_port


@pytest.fixture
def database_down(client):
    client.raise_request_exception = False
    database = Database()
    database.down()
    yield database
    database.up()


def test_uncached_pages_404s_search_sitemap_and_api_answer_503(client, database_down):
    # One test for all addresses: each test here empties and refills the database.
    for language, address in ADDRESSES:
        response = client.get(address, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 503, address
        assert int(response["Retry-After"]) > 0, address
        assert response["X-Request-ID"], address
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, address
        assert TRY_AGAIN[language] in html, address


def test_a_form_post_that_fails_keeps_the_answers_on_screen_and_can_be_sent_again(client, database_down):
    answers = valid_answers(
        title="Hoe bereiken we eenzame ouderen?", description="Veel ouderen wonen alleen.\r\nWat werkt?"
    )
    response = client.post(FORM_URL["nl"], answers)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Hoe bereiken we eenzame ouderen?" in html
    assert "Veel ouderen wonen alleen." in html and "Wat werkt?" in html
    assert "Titel van uw vraag" in html  # labelled as on the form
    hidden = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        hidden.setdefault(name, []).append(unescape(value))
    assert hidden["form_token"] == [answers["form_token"]]
    assert sorted(hidden["themes"]) == sorted(answers["themes"])
    assert "Opnieuw versturen" in html

    # The database is back: sending the kept answers again stores the question, once.
    database_down.up()
    resent = {name: values for name, values in hidden.items() if name != "csrfmiddlewaretoken"}
    first = client.post(FORM_URL["nl"], resent)
    again = client.post(FORM_URL["nl"], resent)
    assert first.status_code == 302, first.content.decode()[:3000]
    assert receipt_of(again) == receipt_of(first)
    assert Vraagstuk.objects.filter(title="Hoe bereiken we eenzame ouderen?").count() == 1
