"""Triage where staff look for it: the list opens the triage view, which shows the question's own
status (never Wagtail's "Live"), its assignments, and the case study draft once it exists."""

import re
from datetime import date

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from casestudies.models import CaseStudyPage
from submissions.models import ConsentKind, EventKind, Match, MatchStatus, Status
from submissions.triage.log_actions import ASSIGNED, UNASSIGNED
from submissions.triage.matching import accept, propose, rank_offers

from ..builders import make_user, make_vraagstuk
from .helpers import make_offer

pytestmark = pytest.mark.django_db

PUBLISHING = (ConsentKind.CONTACT, ConsentKind.PUBLICATION)


@pytest.fixture
def coordinator(client):
    user = make_user("coordinator", "Triage coordinators")
    client.force_login(user)
    return user


def inspect_url(vraagstuk):
    return reverse("submissions_vraagstuk:inspect", args=[vraagstuk.pk])


def test_the_reference_in_the_list_opens_the_triage_view(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk(title="Eenzaamheid in de Merenwijk")
    html = client.get(reverse("submissions_vraagstuk:list")).content.decode()
    # The reference itself is the link, and it leads to the triage view.
    link = re.search(rf'<a href="([^"]+)">\s*<span[^>]*>{vraagstuk.reference}</span>', html)
    assert link and link.group(1) == inspect_url(vraagstuk)
    triage = client.get(inspect_url(vraagstuk)).content.decode()
    assert "Eenzaamheid in de Merenwijk" in triage and "Veel ouderen wonen alleen." in triage
    for action in ("move", "assign", "note", "match"):
        assert reverse(f"submissions_vraagstuk:{action}", args=[vraagstuk.pk]) in triage


def test_a_question_shows_its_triage_status_not_live(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk(status=Status.INTAKE)
    triage = client.get(inspect_url(vraagstuk)).content.decode()
    assert "Status: <strong>Intake</strong>" in triage and 'id="status-sidebar-live"' not in triage
    html = client.get(reverse("submissions_vraagstuk:edit", args=[vraagstuk.pk])).content.decode()
    assert 'id="status-sidebar-live"' not in html
    assert 'id="status-sidebar-intake"' in html
    assert "The partner sees: Received, being reviewed" in html
    assert reverse("submissions_vraagstuk:history", args=[vraagstuk.pk]) in html


def test_assignment_and_unassignment_appear_in_the_history(client, coordinator, no_questions):
    colleague = make_user("colleague", "Triage coordinators")
    colleague.first_name, colleague.last_name = "Sanne", "de Vries"
    colleague.save()
    vraagstuk = make_vraagstuk()
    url = reverse("submissions_vraagstuk:assign", args=[vraagstuk.pk])
    client.post(url, {"assignee": colleague.pk})
    client.post(url, {"assignee": colleague.pk})  # the same again changes nothing
    client.post(url, {"assignee": ""})

    events = vraagstuk.events.filter(kind__in=[EventKind.ASSIGNED, EventKind.UNASSIGNED])
    assert [(e.kind, e.assignee, e.actor, e.is_public) for e in events] == [
        ("assigned", colleague, coordinator, False),
        ("unassigned", colleague, coordinator, False),
    ]
    actions = ModelLogEntry.objects.for_instance(vraagstuk).filter(action__in=[ASSIGNED, UNASSIGNED])
    assert sorted(actions.values_list("action", flat=True)) == [ASSIGNED, UNASSIGNED]
    history = client.get(reverse("submissions_vraagstuk:history", args=[vraagstuk.pk])).content.decode()
    assert "Assigned to colleague" in history and "No longer assigned to colleague" in history
    triage = client.get(inspect_url(vraagstuk)).content.decode()
    assert "Assigned: Sanne de Vries" in triage and "Unassigned: Sanne de Vries" in triage


def test_an_accepted_offer_leaves_the_open_offers(client, coordinator, no_questions):
    superuser = make_user("matcher", superuser=True)
    client.force_login(superuser)
    vraagstuk = make_vraagstuk(status=Status.SEEKING_MATCH)
    taken, other = make_offer("Wijkonderzoek", capacity=5), make_offer("Buurtlab", capacity=5)
    assert {fit.offer for fit in rank_offers(vraagstuk)} >= {taken, other}
    accept(propose(vraagstuk, taken, superuser), superuser)

    offers = {fit.offer for fit in rank_offers(vraagstuk)}
    assert taken not in offers and other in offers
    html = client.get(reverse("submissions_vraagstuk:match", args=[vraagstuk.pk])).content.decode()
    open_offers = html.split("<h2>Open offers, best fit first</h2>")[1]
    assert "Wijkonderzoek" not in open_offers and "Buurtlab" in open_offers
    assert Match.objects.get(vraagstuk=vraagstuk, offer=taken).status == MatchStatus.ACCEPTED


def test_an_offer_outside_the_wanted_period_ranks_below_one_inside_it(no_questions):
    """Two shared themes and a wanted format do not lift an offer in the wrong year above one
    in the year the partner asked for."""
    vraagstuk = make_vraagstuk(
        status=Status.SEEKING_MATCH,
        timing="next_year",
        themes=("eenzaamheid", "vergrijzing"),
        help_kinds=["research"],
    )
    wrong_year = make_offer("Dit jaar", themes=("eenzaamheid", "vergrijzing"), starts_on=date(2027, 4, 1))
    right_year = make_offer("Volgend jaar", themes=("eenzaamheid",), education_format="internship")
    fits = rank_offers(vraagstuk, today=date(2027, 3, 1))
    by_offer = {fit.offer: fit for fit in fits}
    assert by_offer[wrong_year].score > by_offer[right_year].score  # more points ...
    ranked = [fit.offer for fit in fits]
    assert ranked.index(right_year) < ranked.index(wrong_year)  # ... and still below
    assert not by_offer[wrong_year].fits_period and by_offer[right_year].fits_period


def test_the_draft_case_study_is_linked_once_it_exists(client, no_questions):
    client.force_login(make_user("editor-coordinator", superuser=True))
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=PUBLISHING)
    action = reverse("submissions_vraagstuk:case_study", args=[vraagstuk.pk])
    assert f'action="{action}"' in client.get(inspect_url(vraagstuk)).content.decode()

    client.post(action)
    page = CaseStudyPage.objects.get(
        vraagstuk_reference=vraagstuk.reference, locale__language_code=vraagstuk.language
    )
    html = client.get(inspect_url(vraagstuk)).content.decode()
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}"' in html
    assert f'action="{action}"' not in html  # one draft per question


def test_a_coordinator_sees_the_draft_without_a_link_they_cannot_follow(client, coordinator, no_questions):
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=PUBLISHING)
    client.post(reverse("submissions_vraagstuk:case_study", args=[vraagstuk.pk]))
    page = CaseStudyPage.objects.get(
        vraagstuk_reference=vraagstuk.reference, locale__language_code=vraagstuk.language
    )
    html = client.get(inspect_url(vraagstuk)).content.decode()
    assert "data-case-study" in html and page.title in html
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in html


@pytest.mark.parametrize("consents", [(ConsentKind.CONTACT,), (ConsentKind.CONTACT, ConsentKind.NAMING)])
def test_no_draft_case_study_is_offered_without_publication_consent(
    client, coordinator, no_questions, consents
):
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=consents)
    html = client.get(inspect_url(vraagstuk)).content.decode()
    assert reverse("submissions_vraagstuk:case_study", args=[vraagstuk.pk]) not in html
    assert "the partner did not consent to publication" in html


def test_without_naming_consent_the_action_says_the_organisation_stays_unnamed(
    client, coordinator, no_questions
):
    vraagstuk = make_vraagstuk(status=Status.COMPLETED, consents=PUBLISHING)
    html = client.get(inspect_url(vraagstuk)).content.decode()
    assert "the draft will not name the organisation" in html
