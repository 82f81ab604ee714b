"""Which questions are on the public board, and what of them the public sees.

On the board: a question the partner allowed to be published (ConsentKind.PUBLICATION) that
is open for matching (BOARD_STATUSES: screened by the science shop and looking for a course,
internship or thesis), on the board of the language it was written in. It leaves the board
when it is matched, withdrawn, declined, referred or completed (submissions.board.invalidation
empties every cache that showed it).

Shown: title, a summary (the start of the question), themes, place, the kinds of help wanted,
the earliest period and, only under the naming consent (ConsentKind.NAMING), the organisation;
otherwise its type. Never the contact, the neighbourhood, the details, the reference or
anything that leads to the status page; contact details inside the title and the summary are
left out too (submissions.board.redaction).
"""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.utils.crypto import salted_hmac
from django.utils.text import Truncator

from portal.localized import names_by_key
from portal.models import OrganisationType, Place, Theme

from ..models.choices import ConsentKind, HelpKind, Timing
from ..models.status import Status
from ..models.vraagstuk import Consent, Vraagstuk
from .redaction import without_contact_details

BOARD_STATUSES = frozenset({Status.SEEKING_MATCH})
SUMMARY_WORDS = 60
THEME_LINKS = Vraagstuk.themes.through


def consent_given(kind):
    return Exists(Consent.objects.filter(vraagstuk=OuterRef("pk"), kind=kind, given=True))


def board_questions(language):
    """The questions on the board of `language`, newest on the board first."""
    return (
        Vraagstuk.objects.filter(status__in=BOARD_STATUSES, language=language)
        .filter(consent_given(ConsentKind.PUBLICATION))
        .order_by("-status_changed_at", "-pk")
    )


def anchor_of(pk):
    """A stable id for a question on the board that tells nothing about it (not its reference,
    not how many questions came before it)."""
    return "question-" + salted_hmac("submissions.board", str(pk)).hexdigest()[:16]


@dataclass
class BoardQuestion:
    """What the public sees of one question; keys for filtering, labels in the visitor's language."""

    anchor: str
    title: str
    summary: str
    organisation: str  # empty unless the partner allowed to be named
    organisation_type: str
    since: object
    themes: dict = field(default_factory=dict)  # key: name
    place: tuple = ("", "")  # (key, name)
    help_kinds: dict = field(default_factory=dict)  # key: label
    timing: tuple = ("", "")  # (key, label)

    def keys(self, param):
        """The values this question has for the filter `param`."""
        if param == "theme":
            return set(self.themes)
        if param == "help":
            return set(self.help_kinds)
        value = {"place": self.place, "timing": self.timing}[param][0]
        return {value} if value else set()


def listed(keys):
    """The string keys of a JSON list field (a row edited by hand may hold anything)."""
    return [key for key in keys if isinstance(key, str)] if isinstance(keys, list) else []


def withheld(row):
    """What of a question's row must not appear in its public text (submissions.board.redaction)."""
    return [row["contact_name"], row["email"], row["phone"], "" if row["named"] else row["organisation"]]


def public_questions(language):
    """Every question on the board of `language` as BoardQuestion: five queries, however many."""
    rows = list(
        board_questions(language)
        .annotate(named=consent_given(ConsentKind.NAMING))
        .values(
            "pk",
            "title",
            "description",
            "organisation",
            "named",
            "organisation_type__key",
            "place__key",
            "help_kinds",
            "timing",
            "status_changed_at",
            "contact_name",
            "email",
            "phone",
        )
    )
    themes = {}
    links = THEME_LINKS.objects.filter(vraagstuk_id__in=[row["pk"] for row in rows])
    for pk, key in links.values_list("vraagstuk_id", "theme__key"):
        themes.setdefault(pk, set()).add(key)
    theme_names = names_by_key(Theme, {key for keys in themes.values() for key in keys})
    place_names = names_by_key(Place, {row["place__key"] for row in rows if row["place__key"]})
    type_names = names_by_key(OrganisationType, {row["organisation_type__key"] for row in rows} - {None})
    help_labels, timing_labels = dict(HelpKind.choices), dict(Timing.choices)
    return [
        BoardQuestion(
            anchor=anchor_of(row["pk"]),
            title=without_contact_details(row["title"], withheld(row)),
            summary=Truncator(without_contact_details(row["description"], withheld(row))).words(
                SUMMARY_WORDS
            ),
            organisation=row["organisation"] if row["named"] else "",
            since=row["status_changed_at"],
            themes={
                key: theme_names[key]
                for key in sorted(themes.get(row["pk"], ()), key=lambda key: theme_names.get(key, key))
                if key in theme_names
            },
            place=(row["place__key"], place_names[row["place__key"]])
            if row["place__key"] in place_names
            else ("", ""),
            help_kinds={key: help_labels[key] for key in listed(row["help_kinds"]) if key in help_labels},
            timing=(row["timing"], timing_labels[row["timing"]])
            if row["timing"] in timing_labels
            else ("", ""),
            organisation_type=type_names.get(row["organisation_type__key"], ""),
        )
        for row in rows
    ]
