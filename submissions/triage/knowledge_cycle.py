"""The knowledge cycle: a completed question becomes a draft case study in one action.

The draft is in the language the question was written in (Vraagstuk.language), unpublished,
under that language's case study library, and carries the question's reference. The other
language is queued for translation the way an editor's "Translate" does it (wagtail-localize
creates a draft translation that shows in its translation workflow); nothing is machine translated.
The partner organisation is named only when they consented to be named.
"""

from django.conf import settings
from django.db import transaction
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyPartner

from ..models import ConsentKind, ImpactFollowUp, Match, MatchStatus, Status
from .log_actions import CASE_STUDY_DRAFT

SUMMARY_LENGTH = 240


class KnowledgeCycleRefused(Exception):
    """str() is the message for staff."""


def existing_case_study(vraagstuk):
    """The draft in the question's language (its translations carry the same reference)."""
    pages = CaseStudyPage.objects.filter(vraagstuk_reference=vraagstuk.reference)
    return pages.filter(locale__language_code=vraagstuk.language).first() or pages.first()


def check_eligible(vraagstuk):
    if vraagstuk.status != Status.COMPLETED:
        raise KnowledgeCycleRefused(_("Only a completed question can become a case study."))
    if not vraagstuk.has_consent(ConsentKind.PUBLICATION):
        raise KnowledgeCycleRefused(_("The partner did not consent to publication."))
    if existing_case_study(vraagstuk):
        raise KnowledgeCycleRefused(_("A case study with this reference exists already."))


def summary_of(vraagstuk):
    text = " ".join(vraagstuk.description.split())
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def body_of(vraagstuk):
    """The question, and (publication was consented to) what the partner said it brought."""
    body = [("text", linebreaks(escape(vraagstuk.description)))]
    follow_up = ImpactFollowUp.objects.filter(vraagstuk=vraagstuk, answered_at__isnull=False).first()
    if follow_up and follow_up.what_changed:
        body.append(("quote", {"quote": follow_up.what_changed, "attribution": ""}))
    return body


def facts_from_accepted_match(vraagstuk):
    """Institution, format and period of the education offer that took the question up."""
    match = (
        Match.objects.filter(vraagstuk=vraagstuk, status=MatchStatus.ACCEPTED)
        .select_related("offer__institution")
        .order_by("-decided_at")
        .first()
    )
    if match is None:
        return {}
    offer = match.offer
    course = f"{offer.course} ({offer.programme}), {offer.academic_year} {offer.period}"
    return {
        "institutions": [offer.institution],
        "education_format": offer.education_format,
        "start_date": offer.starts_on,
        "end_date": offer.ends_on,
        "period_note": course[: CaseStudyPage._meta.get_field("period_note").max_length],
    }


def create_case_study_draft(vraagstuk, user, match_facts=None):
    """A draft CaseStudyPage prefilled from the question and its accepted match; `match_facts`
    (institutions, education_format, start_date, end_date, period_note) overrides the match."""
    check_eligible(vraagstuk)
    if match_facts is None:
        match_facts = facts_from_accepted_match(vraagstuk)
    language = vraagstuk.language or settings.LANGUAGE_CODE
    index = CaseStudyIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        raise KnowledgeCycleRefused(
            _("There is no case study library in the question's language to add the draft to.")
        )
    facts = dict(match_facts or {})
    institutions = facts.pop("institutions", [])
    page = CaseStudyPage(
        title=vraagstuk.title,
        slug=slugify(f"{vraagstuk.reference}-{vraagstuk.title}")[:80],
        summary=summary_of(vraagstuk),
        place=vraagstuk.place,
        neighbourhood=vraagstuk.neighbourhood,
        vraagstuk_reference=vraagstuk.reference,
        body=body_of(vraagstuk),
        live=False,
        owner=user,
        **facts,
    )
    # Relations are set before the first save, which stores them with the page (modelcluster).
    page.themes = list(vraagstuk.themes.all())
    page.institutions = list(institutions)
    if vraagstuk.has_consent(ConsentKind.NAMING) and vraagstuk.organisation_type:
        page.partners = [
            CaseStudyPartner(name=vraagstuk.organisation, organisation_type=vraagstuk.organisation_type)
        ]
    with transaction.atomic():
        index.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        queue_translations(page, user)
        log(vraagstuk, CASE_STUDY_DRAFT, user=user, data={"page_id": page.pk})
    return page


def queue_translations(page, user):
    """A draft translation of `page` in every other locale, for editors to translate."""
    others = list(Locale.objects.exclude(pk=page.locale_id))
    if others:
        TranslationCreator(user, others).create_translations(page)
