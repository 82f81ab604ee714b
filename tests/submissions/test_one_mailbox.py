"""One mailbox, one identity (issue #19).

The same address written with composed or decomposed accents, with its domain in
Unicode or in xn-- form, or in another case, is one address for the rate limit, the
admin search and data-subject requests; a question that repeats a recent one from
the same mailbox is flagged to staff.
"""

import io
import json
import unicodedata
import zipfile

from django.urls import reverse

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from submissions.addresses import canonical_email
from submissions.models import OutgoingEmail, Vraagstuk
from submissions.triage.data_subject import erase, export_archive

from .helpers import FORM_URL, valid_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_questions")]

COMPOSED = "an.peeters@bücher.example"  # ü as one code point
WRITINGS = [
    COMPOSED,
    unicodedata.normalize("NFD", COMPOSED),  # u + combining diaeresis
    "An.Peeters@BÜCHER.example",
    "an.peeters@xn--bcher-kva.example",
    " AN.PEETERS@XN--BCHER-KVA.EXAMPLE ",
]


def test_every_writing_has_one_canonical_form():
    assert {canonical_email(writing) for writing in WRITINGS} == {"an.peeters@xn--bcher-kva.example"}


accented = st.sampled_from(["é", "ü", "ø", "å", "ñ", "ç", "ï", "a", "b", "z", "0", "-"])
labels = (
    st.lists(accented, min_size=1, max_size=8).map("".join).filter(lambda label: label.strip("-") == label)
)


@hypothesis_settings(max_examples=200)  # a pure function: more examples cost next to nothing
@given(
    local=st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,15}", fullmatch=True),
    label=labels,
    form=st.sampled_from(["NFC", "NFD"]),
    upper=st.booleans(),
)
def test_unicode_form_case_and_idna_never_make_two_identities(local, label, form, upper):
    address = f"{local}@{label}.example"
    written = unicodedata.normalize(form, address.upper() if upper else address)
    assert canonical_email(written) == canonical_email(address)
    try:
        ascii_form = f"{local}@{label.encode('idna').decode()}.example"
    except UnicodeError:
        return
    assert canonical_email(ascii_form) == canonical_email(address)


def post(client, capture, email, **overrides):
    with capture(execute=True):
        return client.post(FORM_URL["en"], valid_answers(email=email, **overrides), REMOTE_ADDR="192.0.2.9")


@pytest.mark.parametrize("third", WRITINGS[1:])
def test_the_rate_limit_counts_one_mailbox_once(client, settings, django_capture_on_commit_callbacks, third):
    settings.SUBMISSION_RATE_PER_EMAIL = "2/h"
    assert post(client, django_capture_on_commit_callbacks, COMPOSED, title="Eerste").status_code == 302
    assert post(client, django_capture_on_commit_callbacks, COMPOSED, title="Tweede").status_code == 302
    assert post(client, django_capture_on_commit_callbacks, third, title="Derde").status_code == 429
    assert Vraagstuk.objects.count() == 2


def test_data_subject_requests_find_every_writing(client, django_capture_on_commit_callbacks):
    for number, writing in enumerate(WRITINGS[:3]):
        post(client, django_capture_on_commit_callbacks, writing, title=f"Vraag {number}")
    assert Vraagstuk.objects.count() == 3
    data = json.loads(zipfile.ZipFile(io.BytesIO(export_archive(WRITINGS[3]))).read("data.json"))
    assert sorted(question["title"] for question in data["questions"]) == ["Vraag 0", "Vraag 1", "Vraag 2"]
    acknowledgements = [email for email in data["emails"] if email["kind"] == "acknowledgement"]
    assert len(acknowledgements) == 3

    counts = erase(WRITINGS[4])
    assert counts["questions"] == 3
    assert not Vraagstuk.objects.exists()
    assert not OutgoingEmail.objects.filter(kind="acknowledgement").exists()


def test_an_outbox_email_without_a_question_is_found_in_any_writing():
    OutgoingEmail.objects.create(
        kind="impact_follow_up", recipients=[WRITINGS[1]], subject="s", body_text="t"
    )
    data = json.loads(zipfile.ZipFile(io.BytesIO(export_archive(WRITINGS[3]))).read("data.json"))
    assert len(data["emails"]) == 1


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", password="x" * 12))
    return client


@pytest.mark.parametrize("query", WRITINGS)
def test_the_admin_search_finds_the_mailbox_in_any_writing(staff, django_capture_on_commit_callbacks, query):
    post(staff, django_capture_on_commit_callbacks, WRITINGS[1], title="Gezocht")
    post(staff, django_capture_on_commit_callbacks, "iemand@example.org", title="Niet gezocht")
    response = staff.get(reverse("submissions_vraagstuk:list"), {"q": query})
    html = response.content.decode()
    assert "Gezocht" in html and "Niet gezocht" not in html


def inspect(client, vraagstuk):
    return client.get(reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])).content.decode()


def test_a_repeated_question_from_the_same_mailbox_is_flagged(staff, django_capture_on_commit_callbacks):
    post(staff, django_capture_on_commit_callbacks, COMPOSED)  # two fresh forms, the same question
    post(staff, django_capture_on_commit_callbacks, WRITINGS[2])
    first, second = Vraagstuk.objects.order_by("created_at", "pk")
    assert first.reference != second.reference
    assert second.looks_like() == [first] and first.looks_like() == [second]
    html = inspect(staff, second)
    assert "data-duplicate-hint" in html and first.reference in html


def test_different_questions_or_mailboxes_are_not_flagged(staff, django_capture_on_commit_callbacks):
    post(staff, django_capture_on_commit_callbacks, COMPOSED)
    post(
        staff,
        django_capture_on_commit_callbacks,
        COMPOSED,
        title="Hoe maken we de markt autovrij?",
        description="De markt staat vol auto's en we willen weten wat bewoners vinden.",
    )
    post(staff, django_capture_on_commit_callbacks, "iemand.anders@example.org")
    for vraagstuk in Vraagstuk.objects.all():
        assert vraagstuk.looks_like() == []
        assert "data-duplicate-hint" not in inspect(staff, vraagstuk)
