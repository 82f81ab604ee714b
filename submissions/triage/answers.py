"""What the partner is told when their question moves: an answer template per status and
language, filled with the facts that matter for that move.

The moves a partner must hear about (PARTNER_MOVES) each have a template in Dutch and in
English that names what matters: the education offer and institution, when students start,
what was delivered, to whom the question was referred or why it was declined. The team may
keep its own wording in the admin (AnswerTemplate); a stored template that leaves out a fact
its move needs is not used, so the partner never gets a message that says nothing. What staff
type in the move form is added below the filled-in template.
"""

import re

from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import AnswerTemplate, Match, MatchStatus, Status

PLACEHOLDER = re.compile(r"\{(\w+)\}")

# The facts each move needs, as the placeholders its template must contain.
MATCH_FACTS = ("offer", "institution", "starts_on")
REQUIRED = {
    Status.MATCHED: MATCH_FACTS,
    Status.IN_PROGRESS: MATCH_FACTS,
    Status.COMPLETED: ("offer", "institution", "delivered"),
    Status.REFERRED: ("referred_to",),
    Status.DECLINED: ("reason",),
}
PARTNER_MOVES = frozenset(REQUIRED)
# Facts staff give in the move form (the others come from the accepted match).
GIVEN_FACTS = {Status.COMPLETED: "delivered", Status.REFERRED: "referred_to", Status.DECLINED: "reason"}
KNOWN = frozenset(
    {"reference", "offer", "institution", "period", "starts_on", "ends_on", *GIVEN_FACTS.values()}
)

DEFAULT_TEMPLATES = {
    (Status.MATCHED, "nl"): (
        "Goed nieuws: uw vraag is gekoppeld aan {offer} van {institution} ({period}). "
        "De studenten beginnen op {starts_on}. Vóór de start nemen de docent of wij contact met u op "
        "om kennis te maken en afspraken te maken."
    ),
    (Status.MATCHED, "en"): (
        "Good news: your question has been matched with {offer} at {institution} ({period}). "
        "The students start on {starts_on}. Before the start, the teacher or we will contact you "
        "to get acquainted and make arrangements."
    ),
    (Status.IN_PROGRESS, "nl"): (
        "De studenten van {offer} ({institution}) zijn op {starts_on} met uw vraag aan de slag gegaan. "
        "Zij werken eraan tot {ends_on}."
    ),
    (Status.IN_PROGRESS, "en"): (
        "The students of {offer} ({institution}) started working on your question on {starts_on}. "
        "They work on it until {ends_on}."
    ),
    (Status.COMPLETED, "nl"): (
        "Uw vraag is afgerond. De studenten van {offer} ({institution}) hebben opgeleverd: {delivered} "
        "Dank u voor de samenwerking."
    ),
    (Status.COMPLETED, "en"): (
        "Your question has been completed. The students of {offer} ({institution}) delivered: {delivered} "
        "Thank you for working with us."
    ),
    (Status.REFERRED, "nl"): (
        "Wij hebben uw vraag doorverwezen naar {referred_to}. Daar kan men u beter helpen dan het "
        "onderwijs op dit moment."
    ),
    (Status.REFERRED, "en"): (
        "We have referred your question to {referred_to}. They can help you better than education "
        "can at this moment."
    ),
    (
        Status.DECLINED,
        "nl",
    ): "Helaas kunnen wij uw vraag niet in het onderwijs onderbrengen. De reden: {reason}",
    (Status.DECLINED, "en"): "Unfortunately we cannot place your question in education. The reason: {reason}",
}


# What staff are told when a fact they give is missing.
MISSING_MESSAGES = {
    "delivered": gettext_lazy("Say what the students delivered."),
    "referred_to": gettext_lazy("Say to whom the question was referred."),
    "reason": gettext_lazy("Give the reason for declining."),
}


class MoveIncomplete(Exception):
    """A move lacks a fact its message to the partner needs; str() is the message for staff."""


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def template_problem(status, text):
    """Why `text` cannot be the answer template for `status` (None when it can)."""
    unknown = sorted(placeholders(text) - KNOWN)
    if unknown:
        return _("Unknown placeholders: %(names)s. You can use: %(known)s.") % {
            "names": ", ".join(f"{{{name}}}" for name in unknown),
            "known": ", ".join(f"{{{name}}}" for name in sorted(KNOWN)),
        }
    missing = [name for name in REQUIRED.get(status, ()) if name not in placeholders(text)]
    if missing:
        return _("This template must name %(names)s.") % {
            "names": ", ".join(f"{{{name}}}" for name in missing)
        }
    return None


def template_text(status, language):
    """The team's template for the move when it names what matters, else the default one."""
    stored = AnswerTemplate.objects.filter(status=status, language=language).first()
    if stored and template_problem(status, stored.text) is None:
        return stored.text
    return DEFAULT_TEMPLATES.get((status, language), stored.text if stored else "")


def accepted_match(vraagstuk):
    return (
        Match.objects.filter(vraagstuk=vraagstuk, status=MatchStatus.ACCEPTED)
        .select_related("offer__institution")
        .order_by("-decided_at", "-pk")
        .first()
    )


def match_facts(vraagstuk, language):
    match = accepted_match(vraagstuk)
    if match is None:
        return {}
    offer = match.offer
    with translation.override(language):
        return {
            "offer": f"{offer.course} ({offer.programme})",
            "institution": offer.institution.name,
            "period": f"{offer.period} {offer.academic_year}",
            "starts_on": formats.date_format(offer.starts_on, "j F Y"),
            "ends_on": formats.date_format(offer.ends_on, "j F Y"),
        }


def facts_for(vraagstuk, to_status, given=None):
    """The placeholders' values for this move; raises MoveIncomplete when one it needs is missing."""
    facts = {"reference": vraagstuk.reference, **match_facts(vraagstuk, vraagstuk.language)}
    given_name = GIVEN_FACTS.get(to_status)
    if given_name:
        facts[given_name] = " ".join(str((given or {}).get(given_name, "")).split())
    missing = [name for name in REQUIRED.get(to_status, ()) if not facts.get(name)]
    if missing and "offer" in missing:
        raise MoveIncomplete(
            _("%(reference)s has no accepted match: accept an education offer on the match screen first.")
            % {"reference": vraagstuk.reference}
        )
    if missing:
        raise MoveIncomplete(str(MISSING_MESSAGES[missing[0]]))
    return facts


def fill(text, facts):
    """Placeholders replaced by their values; an unknown one stays as it was written."""
    return PLACEHOLDER.sub(lambda found: str(facts.get(found.group(1), found.group(0))), text)


def partner_message(vraagstuk, to_status, given=None, addition=""):
    """The message for the partner: for PARTNER_MOVES the filled-in template and then what staff
    added; for other moves only what staff wrote. Raises MoveIncomplete."""
    addition = addition.strip()
    if to_status not in PARTNER_MOVES:
        return addition
    text = fill(template_text(to_status, vraagstuk.language), facts_for(vraagstuk, to_status, given))
    return f"{text}\n\n{addition}" if addition else text
