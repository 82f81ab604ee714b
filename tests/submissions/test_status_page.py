"""The private status page: one vraagstuk per secret link, public messages only."""

from django.core import mail

import pytest

from submissions.models import EventKind, Status, Vraagstuk, VraagstukEvent

from .helpers import FORM_URL, status_link, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]


def submit_and_get_link(client, capture, language="nl", **overrides):
    mail.outbox.clear()
    with capture(execute=True):
        client.post(FORM_URL[language], valid_answers(**overrides))
    acknowledgement = next(message for message in mail.outbox if "/status/" in message.body)
    return Vraagstuk.objects.get(email=acknowledgement.to[0]), status_link(acknowledgement.body)


def test_the_link_shows_reference_public_status_and_public_messages_only(
    client, django_capture_on_commit_callbacks
):
    vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    VraagstukEvent.objects.create(
        vraagstuk=vraagstuk,
        kind=EventKind.MESSAGE,
        public_message="We zoeken een vak dat in februari start.",
        internal_note="Geheime notitie: docent X heeft geen tijd.",
    )
    VraagstukEvent.objects.create(
        vraagstuk=vraagstuk, kind=EventKind.MESSAGE, internal_note="Interne regel", is_public=False
    )
    html = client.get(link).content.decode()
    assert vraagstuk.reference in html
    assert "Ontvangen, wordt bekeken" in html  # public label of "received"
    assert "We zoeken een vak dat in februari start." in html
    assert "Geheime notitie" not in html and "Interne regel" not in html


def test_the_status_page_speaks_english_on_the_english_link(client, django_capture_on_commit_callbacks):
    _vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks, "en")
    assert "/en/question/status/" in link
    html = client.get(link).content.decode()
    assert "Received, being reviewed" in html and 'lang="en"' in html


def test_one_link_never_shows_another_vraagstuk(client, django_capture_on_commit_callbacks):
    first, first_link = submit_and_get_link(
        client, django_capture_on_commit_callbacks, email="een@example.org", title="Eerste vraag"
    )
    second, second_link = submit_and_get_link(
        client, django_capture_on_commit_callbacks, email="twee@example.org", title="Tweede vraag"
    )
    assert first_link != second_link
    first_html = client.get(first_link).content.decode()
    assert first.reference in first_html and "Eerste vraag" in first_html
    assert second.reference not in first_html and "Tweede vraag" not in first_html


@pytest.mark.parametrize("token", ["x", "a" * 43, "KB-2026-0001", "../../admin"])
def test_unknown_or_guessed_tokens_find_nothing(client, django_capture_on_commit_callbacks, token):
    vraagstuk, _link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    response = client.get(f"/nl/vraagstuk/status/{token}/")
    assert response.status_code == 404
    assert vraagstuk.reference not in response.content.decode()


def test_the_token_has_at_least_128_bits_and_only_its_hash_is_stored(
    client, django_capture_on_commit_callbacks
):
    vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert len(token) * 6 >= 128  # URL-safe base64: 6 bits per character
    assert token not in vraagstuk.status_token_hash
    assert Vraagstuk.for_status_token(token) == vraagstuk


def test_the_partner_can_add_information_which_is_appended(client, django_capture_on_commit_callbacks):
    vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    for text in ("Eerste aanvulling", "Tweede aanvulling"):
        response = client.post(link, {"action": "add", "info-information": text})
        assert response.status_code == 302
    added = list(
        vraagstuk.events.filter(kind=EventKind.INFORMATION_ADDED).values_list("public_message", flat=True)
    )
    assert added == ["Eerste aanvulling", "Tweede aanvulling"]
    vraagstuk.refresh_from_db()
    assert vraagstuk.description == valid_answers()["description"]  # appended, not replaced
    html = client.get(link + "?done=added").content.decode()
    assert "Uw informatie is toegevoegd" in html and "Tweede aanvulling" in html


def test_adding_information_with_control_characters_is_refused(client, django_capture_on_commit_callbacks):
    vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    response = client.post(link, {"action": "add", "info-information": "kapot\x00"})
    assert response.status_code == 400
    assert "Er is een probleem" in response.content.decode()
    assert not vraagstuk.events.filter(kind=EventKind.INFORMATION_ADDED).exists()


def test_the_partner_can_withdraw_once_after_confirming(client, django_capture_on_commit_callbacks):
    vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    unconfirmed = client.post(link, {"action": "withdraw"})
    assert unconfirmed.status_code == 400
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.RECEIVED

    response = client.post(
        link, {"action": "withdraw", "withdraw-confirm": "on", "withdraw-reason": "Opgelost"}
    )
    assert response.status_code == 302
    vraagstuk.refresh_from_db()
    assert vraagstuk.status == Status.WITHDRAWN
    event = vraagstuk.events.get(kind=EventKind.WITHDRAWN)
    assert (event.from_status, event.to_status, event.by_partner) == (Status.RECEIVED, Status.WITHDRAWN, True)
    html = client.get(link).content.decode()
    assert "Door u ingetrokken" in html
    assert 'value="withdraw"' not in html  # nothing left to withdraw
    client.post(link, {"action": "withdraw", "withdraw-confirm": "on"})
    assert vraagstuk.events.filter(kind=EventKind.WITHDRAWN).count() == 1


def test_the_status_page_is_rate_limited(client, django_capture_on_commit_callbacks, settings):
    _vraagstuk, link = submit_and_get_link(client, django_capture_on_commit_callbacks)
    settings.SUBMISSION_STATUS_RATE_PER_IP = "5/h"
    codes = [client.get(link).status_code for _ in range(5)]
    assert codes == [200] * 5
    blocked = client.get(link)
    assert blocked.status_code == 429
    assert "Te veel pogingen" in blocked.content.decode()
    assert client.get("/nl/vraagstuk/status/geraden/").status_code == 429  # guessing counts too
