"""Teachers in the loop: a teacher sees the open questions shared with the institutions of their
own offers, ranked with reasons, proposes a match from an own offer, and the coordinator confirms
or declines it; e-mails go both ways; no partner's personal data reaches the teacher."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

import pytest

from portal.models import Institution
from submissions.models import Match, MatchStatus, OutgoingEmail, Status, Vraagstuk
from submissions.triage.matching import accept
from submissions.triage.teachers import ProposalRefused, propose_from_own_offer

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer

pytestmark = pytest.mark.django_db
POOL = "submissions_teacher_pool"
PERSONAL = ("An Peeters", "an.peeters@example.org", "+32 16 00 00 00")


def institution(key):
    return Institution.objects.get(key=key, locale__language_code="nl")


@pytest.fixture
def teacher(db):
    return make_user("docent", "Teachers", language="nl")


@pytest.fixture
def coordinator(db):
    return make_user("coordinator", "Triage coordinators", language="en")


@pytest.fixture
def offer(teacher):
    return make_offer("Buurtonderzoek", owner=teacher)


@pytest.fixture
def shared(no_questions, offer, coordinator):
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH, title="Gedeelde vraag", assignee=coordinator)
    vraagstuk.shared_with.add(offer.institution)
    return vraagstuk


def plain_body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def test_the_pool_shows_shared_and_open_questions_ranked_without_personal_data(client, teacher, shared):
    everyone = make_vraagstuk(
        status=Status.SEEKING_MATCH, title="Open voor iedereen", open_to_all_institutions=True
    )
    elsewhere = make_vraagstuk(status=Status.SEEKING_MATCH, title="Vraag van elders")
    elsewhere.shared_with.add(
        Institution.objects.filter(locale__language_code="nl").exclude(pk=shared.shared_with.get().pk).first()
    )
    make_vraagstuk(status=Status.RECEIVED, title="Nog niet open", open_to_all_institutions=True)
    client.force_login(teacher)
    response = client.get(reverse(POOL))
    page = response.content.decode()
    assert response.status_code == 200
    assert shared.title in page and everyone.title in page
    assert "Vraag van elders" not in page and "Nog niet open" not in page
    assert "Buurtonderzoek" in page and "Gedeelde thema" in page  # the ranking's reasons, in Dutch
    for value in PERSONAL:
        assert value not in page


def test_a_teacher_without_offers_sees_only_questions_open_to_all(client, no_questions):
    make_vraagstuk(status=Status.SEEKING_MATCH, title="Alleen gedeeld").shared_with.add(
        institution("hogeschool-leiden")
    )
    make_vraagstuk(status=Status.SEEKING_MATCH, title="Voor iedereen", open_to_all_institutions=True)
    client.force_login(make_user("nieuw", "Teachers"))
    page = client.get(reverse(POOL)).content.decode()
    assert "Voor iedereen" in page and "Alleen gedeeld" not in page


def test_a_proposal_reaches_the_assignee_in_their_language_and_the_decision_reaches_the_teacher(
    client, teacher, coordinator, offer, shared, smtp_inbox, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(POOL), {"vraagstuk": shared.pk, "offer": offer.pk}, follow=True)
    assert "Koppeling voorgesteld" in response.content.decode()
    match = Match.objects.get(vraagstuk=shared)
    assert (match.offer, match.proposed_by, match.status) == (offer, teacher, MatchStatus.PROPOSED)
    (to_coordinator,) = smtp_inbox.to(coordinator.email)
    assert "A teacher proposes a match" in to_coordinator["Subject"]
    assert reverse("submissions_vraagstuk:inspect", args=[shared.pk]) in plain_body(to_coordinator)

    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("submissions_vraagstuk:match", args=[shared.pk]), {"action": "accept", "match": match.pk}
        )
    shared.refresh_from_db()
    assert shared.status == Status.MATCHED
    (to_teacher,) = smtp_inbox.to(teacher.email)
    assert "bevestigd" in to_teacher["Subject"]  # the teacher's admin language is Dutch
    assert reverse(POOL) in plain_body(to_teacher)


def test_a_declined_proposal_is_told_to_the_teacher(
    client, teacher, coordinator, offer, shared, smtp_inbox, django_capture_on_commit_callbacks
):
    match = propose_from_own_offer(teacher, shared.pk, offer.pk)
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("submissions_vraagstuk:match", args=[shared.pk]), {"action": "decline", "match": match.pk}
        )
    match.refresh_from_db()
    assert match.status == MatchStatus.DECLINED
    (to_teacher,) = smtp_inbox.to(teacher.email)
    assert "afgewezen" in to_teacher["Subject"]


def bad_proposals(teacher, offer, shared):
    other_teacher = make_user("collega", "Teachers")
    foreign = make_offer("Andermans vak", owner=other_teacher)
    closed = make_offer("Gesloten vak", owner=teacher, is_open=False)
    matched = make_vraagstuk(status=Status.MATCHED, open_to_all_institutions=True)
    unshared = make_vraagstuk(status=Status.SEEKING_MATCH)
    return {
        "someone else's offer": ({"vraagstuk": shared.pk, "offer": foreign.pk}, "eigen open aanbod"),
        "a closed offer": ({"vraagstuk": shared.pk, "offer": closed.pk}, "eigen open aanbod"),
        "no offer": ({"vraagstuk": shared.pk, "offer": "abc"}, "eigen open aanbod"),
        "a matched question": ({"vraagstuk": matched.pk, "offer": offer.pk}, "niet meer open"),
        "a question not shared": ({"vraagstuk": unshared.pk, "offer": offer.pk}, "niet meer open"),
        "no question": ({"vraagstuk": "", "offer": offer.pk}, "niet meer open"),
    }


def test_bad_proposals_are_refused_in_the_teachers_language_and_change_nothing(
    client, teacher, offer, shared
):
    client.force_login(teacher)
    for name, (data, message) in bad_proposals(teacher, offer, shared).items():
        response = client.post(reverse(POOL), data, follow=True)
        assert message in response.content.decode(), name
    assert not Match.objects.exists()
    assert not OutgoingEmail.objects.filter(kind="teacher_proposal").exists()


def test_a_second_proposal_of_the_same_offer_is_refused(teacher, offer, shared):
    propose_from_own_offer(teacher, shared.pk, offer.pk)
    with translation.override("en"), pytest.raises(ProposalRefused, match="already proposed"):
        propose_from_own_offer(teacher, shared.pk, offer.pk)
    assert Match.objects.count() == 1


def test_the_demo_teacher_owns_demo_offers_and_sees_the_demo_questions_seeking_a_match(client):
    out = StringIO()
    call_command("create_demo_teacher", stdout=out)
    assert "Teacher login:" in out.getvalue() and "with password" in out.getvalue()
    teacher = get_user_model().objects.get(username="docent")
    assert teacher.education_offers.exists()
    seeking = Status.SEEKING_MATCH
    client.force_login(teacher)
    page = client.get(reverse(POOL)).content.decode()
    demo = Vraagstuk.objects.filter(status=seeking, open_to_all_institutions=True)
    assert demo.exists()
    assert all(vraagstuk.reference in page for vraagstuk in demo)
    call_command("create_demo_teacher", stdout=out)  # a second start prints the login again, changes nothing
    assert get_user_model().objects.filter(username="docent").count() == 1


def test_the_contact_of_a_confirmed_match_is_shown_to_the_teacher_of_that_match_only(
    client, teacher, coordinator, offer, shared
):
    other_teacher = make_user("collega", "Teachers")
    make_offer("Ander vak", owner=other_teacher)
    shared.open_to_all_institutions = True
    shared.save()
    client.force_login(teacher)
    assert "An Peeters" not in client.get(reverse(POOL)).content.decode()  # proposed is not confirmed
    accept(propose_from_own_offer(teacher, shared.pk, offer.pk), coordinator)
    page = client.get(reverse(POOL)).content.decode()
    assert "An Peeters" in page and "an.peeters@example.org" in page
    client.force_login(other_teacher)
    page = client.get(reverse(POOL)).content.decode()
    for value in PERSONAL:
        assert value not in page


def test_without_the_partners_consent_the_confirmed_match_shows_no_contact(
    client, teacher, coordinator, offer
):
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH, consents=(), open_to_all_institutions=True)
    accept(propose_from_own_offer(teacher, vraagstuk.pk, offer.pk), coordinator)
    client.force_login(teacher)
    page = client.get(reverse(POOL)).content.decode()
    assert vraagstuk.reference in page
    for value in PERSONAL:
        assert value not in page


def test_a_teacher_manages_only_their_own_offers(client, teacher, offer):
    foreign = make_offer("Andermans vak", owner=make_user("collega", "Teachers"))
    client.force_login(teacher)
    listing = client.get(reverse("education_offers:index"), follow=True).content.decode()
    assert "Buurtonderzoek" in listing and "Andermans vak" not in listing
    for view in ("edit", "inspect", "copy"):
        # A 404 under /admin/ is redirected to /nl/admin/... by the locale middleware, which 404s too.
        response = client.get(reverse(f"education_offers:{view}", args=[foreign.pk]), follow=True)
        assert response.status_code == 404, view
        own = client.get(reverse(f"education_offers:{view}", args=[offer.pk]), follow=True)
        assert own.status_code == 200, view
    form = client.get(reverse("education_offers:add"), follow=True).context["form"]
    assert list(form.fields["owner"].queryset) == [teacher]


def test_a_coordinator_manages_every_offer(client, coordinator, offer):
    client.force_login(coordinator)
    assert client.get(reverse("education_offers:edit", args=[offer.pk])).status_code == 200
    assert "Buurtonderzoek" in client.get(reverse("education_offers:index")).content.decode()
