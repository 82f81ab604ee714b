"""The public board of open questions: only questions with publication consent that are open
for matching, in the visitor's language, with nothing personal; filters with counts; an Atom
feed; in the sitemap; and gone from every cache, ours and one in front, once a question leaves."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from portal.page_cache import read_generation
from submissions.models import BoardPage, Consent, ConsentKind, Status, Vraagstuk
from submissions.triage.matching import accept, propose
from submissions.triage.people import assign
from submissions.triage.workflow import move
from tests.builders import make_vraagstuk
from tests.perf.budgets import QUERY_BUDGET
from tests.perf.test_cache_control import HOST, front_cache  # noqa: F401  (an HTTP cache in front, recorded)
from tests.triage.helpers import make_offer

pytestmark = pytest.mark.django_db

ON_NL_BOARD = [
    "Hoe bereiken we eenzame ouderen in Leiden-Noord?",
    "Hoe vinden laaggeletterde volwassenen de weg naar een taalcursus?",
    "Hoe maken we de winkelstraat duurzamer zonder klanten te verliezen?",
]
ON_EN_BOARD = [
    "How can students and long-time residents be good neighbours?",
    "Which digital care tools do older residents really use?",
]
NOT_PUBLISHED = "Wat houdt jongeren weg uit ons buurtcentrum?"  # no publication consent
MATCHED = "Where can our street make room for greenery?"
RECEIVED = "Which repairs keep the most waste out of the bin?"  # not yet screened


def board(language="nl"):
    return BoardPage.objects.live().get(locale__language_code=language)


def text(response):
    return (b"".join(response) if response.streaming else response.content).decode()


def board_and_feed(client, language="nl"):
    page = board(language)
    return text(client.get(page.url)) + text(client.get(page.url + "feed/"))


def question(title):
    return Vraagstuk.objects.get(title=title)


@pytest.mark.parametrize(
    ("language", "shown", "hidden"), [("nl", ON_NL_BOARD, ON_EN_BOARD), ("en", ON_EN_BOARD, ON_NL_BOARD)]
)
def test_each_board_lists_the_published_open_questions_of_its_language(client, language, shown, hidden):
    html = text(client.get(board(language).url))
    for title in shown:
        assert title in html
    for title in [*hidden, NOT_PUBLISHED, MATCHED, RECEIVED]:
        assert title not in html
    assert f'<html lang="{language}"' in html


def test_the_organisation_is_named_only_with_the_naming_consent(client):
    html = text(client.get(board("nl").url))
    assert "Ondernemersvereniging Centrum Leuven (voorbeeld)" in html  # naming consent given
    assert "Taalpunt Leiden (voorbeeld)" not in html  # not given: its kind of organisation only
    assert "Maatschappelijke organisatie (niet bij naam genoemd)" in html
    english = text(client.get(board("en").url))
    assert "Student association in Leiden (example)" not in english
    assert "Student association (not named)" in english
    assert "Home care team Leiden North (example)" in english


def test_the_board_shows_the_facts_in_the_visitors_language(client):
    html = text(client.get(board("en").url))
    for label in [
        "Students and the city",
        "Leiden",
        "Research into the problem",
        "During this academic year",
    ]:
        assert label in html
    dutch = text(client.get(board("nl").url))
    for label in ["Laaggeletterdheid", "Leuven", "Een ontwerp", "Volgend academiejaar", "Vroegste periode"]:
        assert label in dutch, label


def test_nothing_personal_reaches_the_board_or_its_feed(client):
    shown = Vraagstuk.objects.filter(title__in=ON_NL_BOARD + ON_EN_BOARD)
    pages = board_and_feed(client, "nl") + board_and_feed(client, "en")
    for vraagstuk in shown:
        for personal in (vraagstuk.contact_name, vraagstuk.email, vraagstuk.reference):
            assert personal not in pages
        if vraagstuk.phone:
            assert vraagstuk.phone not in pages
    assert "Leiden-Noord" in pages  # in the title the partner wrote; the neighbourhood field is never shown
    assert "/status/" not in pages and "KB-" not in pages
    assert "leiden.example" not in pages


def test_the_feed_is_atom_with_the_boards_questions(client):
    response = client.get(board("en").url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = text(response)
    for title in ON_EN_BOARD:
        assert title in feed
    assert NOT_PUBLISHED not in feed and ON_NL_BOARD[0] not in feed
    assert 'xml:lang="en"' in feed


def test_the_sitemap_lists_the_board_in_both_languages(client):
    sitemap = text(client.get("/sitemap.xml"))
    assert f"{board('nl').url}</loc>" in sitemap
    assert f"{board('en').url}</loc>" in sitemap


def test_filters_count_like_the_case_library(client):
    url = board("nl").url
    html = text(client.get(url))
    assert "Laaggeletterdheid <span" in html and "(1)" in html
    filtered = client.get(url, {"place": "leiden"})
    html = text(filtered)
    assert ON_NL_BOARD[0] in html and ON_NL_BOARD[1] in html and ON_NL_BOARD[2] not in html
    assert "2 open vraagstukken" in html
    # Values of one filter combine with OR, filters with AND.
    both = text(client.get(url, {"place": ["leiden", "leuven"], "help": "design"}))
    assert ON_NL_BOARD[1] in both and ON_NL_BOARD[2] in both and ON_NL_BOARD[0] not in both
    # A value of another filter counts the questions the board would show with it added.
    assert 'Leuven <span class="facet-filters__count">(1)</span>' in both
    nothing = text(client.get(url, {"place": "leiden", "timing": "soon"}))
    assert "Geen open vraagstukken voldoen aan al deze filters." in nothing


@pytest.mark.parametrize(
    "query",
    [
        {"theme": "bestaat-niet"},
        {"help": "<script>alert(1)</script>"},
        {"place": ["leiden"] * 31},
        {"page": "drie"},
        {"timing": "x" * 500},
        {"utm_source": "ergens"},
    ],
    ids=[
        "unknown theme",
        "markup",
        "too many values",
        "page not a number",
        "long value",
        "unknown parameter",
    ],
)
def test_junk_in_the_address_is_ignored_and_said_so(client, query):
    response = client.get(board("nl").url, query)
    assert response.status_code == 200
    html = text(response)
    assert "Sommige delen van het adres werden niet herkend en zijn genegeerd." in html
    assert "<script>alert(1)</script>" not in html
    assert "no-store" in response["Cache-Control"]
    english = client.get(board("en").url, query)
    assert "Some parts of the address were not recognised and have been ignored." in text(english)


def test_a_huge_query_string_gets_a_clear_answer_not_a_500(client, settings):
    response = client.get(board("nl").url + "?theme=" + "a" * (settings.INPUT_MAX_QUERY_STRING_LENGTH + 1))
    assert 400 <= response.status_code < 500


def test_a_page_number_past_the_end_shows_the_last_page(client):
    response = client.get(board("nl").url, {"page": "999"})
    assert response.status_code == 200
    assert ON_NL_BOARD[0] in text(response)


# Leaving the board, with every cache on --------------------------------------------------------


def kept(client, url):
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def board_urls():
    return [
        url for language in ("nl", "en") for url in (board(language).url, board(language).url + "feed/")
    ] + [board("nl").url + "?place=leiden"]


@pytest.mark.usefixtures("caches_on")
@pytest.mark.parametrize("leave", ["matched", "withdrawn", "declined", "publication consent withdrawn"])
def test_a_question_that_leaves_the_board_is_gone_from_the_kept_board_and_feed(client, leave):
    title = ON_NL_BOARD[0]
    for url in board_urls():
        kept(client, url)
    assert title in text(client.get(board("nl").url))
    vraagstuk = question(title)
    if leave == "matched":
        accept(propose(vraagstuk, make_offer("Buurtonderzoek"), user=None), user=None)
    elif leave == "declined":
        move(vraagstuk, Status.DECLINED, user=None, facts={"reason": "Buiten ons werkgebied."})
    elif leave == "withdrawn":
        token = vraagstuk.new_status_token()
        vraagstuk.save()
        with translation.override("nl"):
            status_url = reverse("submissions:status", args=[token])
        client.post(status_url, {"action": "withdraw", "withdraw-confirm": "on", "withdraw-reason": ""})
        client.cookies.clear()
        assert question(title).status == Status.WITHDRAWN
    else:
        consent = vraagstuk.consents.get(kind=ConsentKind.PUBLICATION)
        consent.given = False
        consent.save()
    for url in board_urls():
        assert title not in text(client.get(url)), url


@pytest.mark.usefixtures("caches_on")
def test_a_question_that_joins_the_board_appears_at_once(client):
    kept(client, board("nl").url)
    vraagstuk = make_vraagstuk(consents=(ConsentKind.PUBLICATION,), title="Hoe houden we het park schoon?")
    assert "Hoe houden we het park schoon?" not in text(client.get(board("nl").url))  # received: not yet
    move(vraagstuk, Status.INTAKE, user=None)
    move(vraagstuk, Status.SEEKING_MATCH, user=None)
    html = text(client.get(board("nl").url))
    assert "Hoe houden we het park schoon?" in html
    assert "Gemeente Leiden" not in html  # no naming consent


@pytest.mark.usefixtures("caches_on")
def test_questions_off_the_board_leave_the_cached_pages_alone(client):
    kept(client, board("nl").url)
    generation = read_generation()
    make_vraagstuk(consents=tuple(ConsentKind))  # a new submission: received, not on the board
    received = question(RECEIVED)
    received.title = "Een andere titel"
    received.save()
    assert read_generation() == generation
    assert client.get(board("nl").url)["X-Page-Cache"] == "hit"


@pytest.mark.usefixtures("caches_on")
def test_assigning_a_question_on_the_board_leaves_the_cached_board_alone(client):
    kept(client, board("nl").url)
    generation = read_generation()
    coordinator = get_user_model().objects.create_user("coordinator", "coordinator@kennisbrug.example", "x")
    assign(question(ON_NL_BOARD[0]), coordinator, by=coordinator)
    assert read_generation() == generation
    vraagstuk = question(ON_NL_BOARD[0])
    vraagstuk.title = "Een nieuwe titel"
    vraagstuk.save(update_fields=["title", "updated_at"])
    assert read_generation() != generation
    assert "Een nieuwe titel" in text(client.get(board("nl").url))


def test_leaving_the_board_purges_both_boards_and_feeds_from_a_cache_in_front(
    front_cache,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        accept(propose(question(ON_EN_BOARD[0]), make_offer("Community research"), user=None), user=None)
    purged = set(front_cache)
    for language in ("nl", "en"):
        assert f"{HOST}{board(language).url}" in purged
        assert f"{HOST}{board(language).url}feed/" in purged
    assert f"{HOST}/sitemap.xml" in purged


@pytest.mark.usefixtures("caches_on")
def test_a_filtered_board_is_not_kept_by_a_cache_in_front(client):
    response = client.get(board("nl").url, {"place": "leiden"})
    assert "s-maxage=0" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert "s-maxage=0" not in client.get(board("nl").url)["Cache-Control"]


@pytest.mark.usefixtures("caches_on")
def test_a_logged_in_visit_is_never_kept_for_visitors(client):
    editor = get_user_model().objects.create_superuser("redacteur", "redacteur@kennisbrug.example", "x")
    client.force_login(editor)
    for url in board_urls():
        response = client.get(url)
        assert "private" in response["Cache-Control"], url
        assert response.get("X-Page-Cache") is None
    client.logout()
    client.cookies.clear()
    assert client.get(board("nl").url)["X-Page-Cache"] == "miss"


def test_a_preview_shows_the_draft_and_is_never_kept(client):
    page = board("nl")
    page.title = "Conceptversie van het overzicht"
    response = page.make_preview_request()
    assert "Conceptversie van het overzicht" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "Conceptversie" not in text(client.get(board("nl").url))


def test_consent_rows_decide_not_the_text(client):
    """Publication consent given but later withdrawn by a data-subject request: off the board."""
    vraagstuk = question(ON_NL_BOARD[2])
    Consent.objects.filter(vraagstuk=vraagstuk, kind=ConsentKind.PUBLICATION).delete()
    assert ON_NL_BOARD[2] not in text(client.get(board("nl").url))


def test_a_question_with_odd_stored_values_still_shows(client):
    """Rows edited outside the form (a data fix, an import) never break the board."""
    vraagstuk = question(ON_NL_BOARD[1])
    Vraagstuk.objects.filter(pk=vraagstuk.pk).update(help_kinds=[{"kind": "x"}, "research", 7], timing="?")
    response = client.get(board("nl").url)
    assert response.status_code == 200
    assert ON_NL_BOARD[1] in text(response)
    Vraagstuk.objects.filter(pk=vraagstuk.pk).update(help_kinds={"research": True})
    assert ON_NL_BOARD[1] in text(client.get(board("nl").url + "feed/"))


def test_contact_details_in_the_partners_own_text_are_left_out(client):
    make_vraagstuk(
        consents=(ConsentKind.PUBLICATION,),
        status=Status.SEEKING_MATCH,
        title="Vraag van AN PEETERS over Gemeente Leiden",
        description="Ik ben An Peeters van Gemeente Leiden (an.peeters@example.org, +32 16 00 00 00). "
        "Bel ook 071-516 5000 of mail info@buurt.example. Het project liep van 2019-2022 en kostte 84.762 euro.",
    )
    pages = board_and_feed(client, "nl")
    assert "Vraag van [&hellip;] over [&hellip;]" in pages or "Vraag van […] over […]" in pages
    for personal in (
        "Peeters",
        "PEETERS",
        "an.peeters",
        "info@buurt",
        "16 00 00 00",
        "516 5000",
        "Gemeente Leiden",
    ):
        assert personal not in pages, personal
    assert "2019-2022" in pages and "84.762 euro" in pages


def test_the_organisation_name_stays_in_the_text_when_it_may_be_named(client):
    make_vraagstuk(
        consents=(ConsentKind.PUBLICATION, ConsentKind.NAMING),
        status=Status.SEEKING_MATCH,
        title="Hoe helpt Gemeente Leiden buurtbewoners?",
    )
    assert "Hoe helpt Gemeente Leiden buurtbewoners?" in text(client.get(board("nl").url))


def board_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.usefixtures("caches_off")
def test_the_board_costs_the_same_queries_however_many_questions_it_holds(client):
    url = board("nl").url
    before = [board_queries(client, url), board_queries(client, url + "?place=leiden&help=research")]
    for number in range(25):
        make_vraagstuk(
            consents=(ConsentKind.PUBLICATION, ConsentKind.NAMING),
            status=Status.SEEKING_MATCH,
            title=f"Open vraag nummer {number}",
            themes=("eenzaamheid", "duurzaamheid"),
        )
    after = [board_queries(client, url), board_queries(client, url + "?place=leiden&help=research")]
    assert after == before
    assert before[0] <= QUERY_BUDGET


@pytest.mark.usefixtures("caches_off")
def test_a_long_board_has_pages(client):
    for number in range(25):
        make_vraagstuk(
            consents=(ConsentKind.PUBLICATION,), status=Status.SEEKING_MATCH, title=f"Vraag {number:02d}"
        )
    first = text(client.get(board("nl").url))
    second = text(client.get(board("nl").url, {"page": "2"}))
    assert "28 open vraagstukken" in first and 'rel="next nofollow"' in first
    assert "Vraag 24" in first and "Vraag 00" in second
    assert ON_NL_BOARD[0] in second
