"""Ranking open education offers for a question, with the reasons for each rank.

Points: 3 per shared theme, 2 when the offer's format is one the question asks for,
3 when the period suits the partner's desired timing (1 when timing is flexible),
and 1 when the offer can take more than one more question. An offer whose period does not
suit the partner's timing always ranks below one whose period does, whatever its points.
Offers without remaining capacity, closed offers, offers already over and offers this question
was already matched with (proposed, accepted or declined: they are in its list of matches)
are left out. Ties go to the earliest start.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import EducationFormat

from ..models import EducationOffer, Match, MatchStatus, Status, Timing, Vraagstuk
from .workflow import is_allowed, move

THEME_POINTS, FORMAT_POINTS, PERIOD_POINTS, FLEXIBLE_POINTS, ROOM_POINTS = 3, 2, 3, 1, 1
SOON_DAYS = 120

# Which formats suit the help a partner asks for (and an internship place they offer).
FORMATS_FOR_HELP = {
    "research": {EducationFormat.THESIS, EducationFormat.COURSE_ASSIGNMENT},
    "advice": {EducationFormat.COURSE_ASSIGNMENT, EducationFormat.MINOR},
    "fresh_look": {EducationFormat.COURSE_ASSIGNMENT, EducationFormat.HACKATHON, EducationFormat.MINOR},
    "design": {EducationFormat.INNOVATION_PROJECT, EducationFormat.HACKATHON},
    "hands_on": {EducationFormat.INTERNSHIP},
}


@dataclass
class OfferFit:
    offer: EducationOffer
    score: int = 0
    reasons: list = field(default_factory=list)
    fits_period: bool = False


def academic_year_start(day):
    return date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def wanted_formats(vraagstuk):
    formats = set()
    for kind in vraagstuk.help_kinds:
        formats |= FORMATS_FOR_HELP.get(kind, set())
    if "internship" in vraagstuk.partner_offers:
        formats.add(EducationFormat.INTERNSHIP)
    return formats


def period_fits(timing, starts_on, today):
    this_year = academic_year_start(today)
    next_year = date(this_year.year + 1, 9, 1)
    if timing == Timing.SOON:
        return starts_on <= today + timedelta(days=SOON_DAYS)
    if timing == Timing.THIS_YEAR:
        return starts_on < next_year
    if timing == Timing.NEXT_YEAR:
        return next_year <= starts_on < date(next_year.year + 1, 9, 1)
    return False


def candidate_offers(today):
    return (
        EducationOffer.objects.with_remaining_capacity()
        .filter(is_open=True, remaining__gt=0, ends_on__gte=today)
        .select_related("institution")
        .prefetch_related("themes")
    )


def fit(vraagstuk, offer, today, theme_keys=None, formats=None):
    theme_keys = {theme.key for theme in vraagstuk.themes.all()} if theme_keys is None else theme_keys
    formats = wanted_formats(vraagstuk) if formats is None else formats
    result = OfferFit(offer)
    shared = sorted(theme.name for theme in offer.themes.all() if theme.key in theme_keys)
    if shared:
        result.score += THEME_POINTS * len(shared)
        result.reasons.append(_("Shared themes: %(themes)s") % {"themes": ", ".join(shared)})
    if offer.education_format in formats:
        result.score += FORMAT_POINTS
        result.reasons.append(
            _("Format asked for: %(format)s") % {"format": offer.get_education_format_display()}
        )
    if vraagstuk.timing == Timing.FLEXIBLE:
        result.score += FLEXIBLE_POINTS
        result.fits_period = True
        result.reasons.append(_("The partner is flexible about timing"))
    elif period_fits(vraagstuk.timing, offer.starts_on, today):
        result.score += PERIOD_POINTS
        result.fits_period = True
        result.reasons.append(
            _("Starts %(date)s: suits “%(timing)s”")
            % {"date": offer.starts_on, "timing": vraagstuk.get_timing_display()}
        )
    else:
        result.reasons.append(
            _("Period does not suit “%(timing)s”") % {"timing": vraagstuk.get_timing_display()}
        )
    # Ranked offers carry the annotated count; only a single offer (propose) costs a query.
    remaining = offer.remaining if hasattr(offer, "remaining") else offer.remaining_capacity
    if remaining > 1:
        result.score += ROOM_POINTS
    result.reasons.append(_("Room for %(count)s more") % {"count": remaining})
    return result


def rank_offers(vraagstuk, today=None, offers=None):
    """`offers` narrows the candidates (a teacher's own offers); by default every open offer."""
    today = today or timezone.localdate()
    theme_keys = {theme.key for theme in vraagstuk.themes.all()}
    formats = wanted_formats(vraagstuk)
    offers = (offers if offers is not None else candidate_offers(today)).exclude(matches__vraagstuk=vraagstuk)
    fits = [fit(vraagstuk, offer, today, theme_keys, formats) for offer in offers]
    return sorted(
        fits, key=lambda item: (not item.fits_period, -item.score, item.offer.starts_on, item.offer.pk)
    )


def earliest_period(vraagstuk, today=None):
    """The first offer that shares a theme and could take the question up; None when none can."""
    today = today or timezone.localdate()
    theme_keys = {theme.key for theme in vraagstuk.themes.all()}
    for offer in candidate_offers(today).order_by("starts_on", "pk"):
        if any(theme.key in theme_keys for theme in offer.themes.all()):
            return offer
    return None


def propose(vraagstuk, offer, user):
    reasons = fit(vraagstuk, offer, timezone.localdate()).reasons
    match, _created = Match.objects.get_or_create(
        vraagstuk=vraagstuk, offer=offer, defaults={"proposed_by": user, "reasons": reasons}
    )
    return match


class CapacityExhausted(Exception):
    pass


def accept(match, user, note="", public_message=""):
    """Accepting moves the question to matched (the workflow checks the move) and uses one place."""
    vraagstuk = match.vraagstuk
    if vraagstuk.status != Status.MATCHED and not is_allowed(vraagstuk.status, Status.MATCHED):
        move(vraagstuk, Status.MATCHED, user)  # refuses, logs the refusal and raises
    with transaction.atomic():
        offer = EducationOffer.objects.select_for_update().get(pk=match.offer_id)
        if offer.remaining_capacity < 1:
            raise CapacityExhausted(_("This offer has no room left."))
        # Accepted first: the partner's message names the offer that took the question up.
        before = match.status, match.decided_at
        match.status, match.decided_at = MatchStatus.ACCEPTED, timezone.now()
        match.save(update_fields=["status", "decided_at"])
        if vraagstuk.status != Status.MATCHED:
            try:
                move(vraagstuk, Status.MATCHED, user, note=note, public_message=public_message)
            except Exception:
                match.status, match.decided_at = before  # the database rolls back; so does the object
                raise
    return match


def decline(match):
    match.status, match.decided_at = MatchStatus.DECLINED, timezone.now()
    match.save(update_fields=["status", "decided_at"])


def pool(today=None):
    """Questions seeking a match, each with the earliest offer that could take it up."""
    questions = Vraagstuk.objects.filter(status=Status.SEEKING_MATCH).prefetch_related("themes")
    return [(vraagstuk, earliest_period(vraagstuk, today)) for vraagstuk in questions]
