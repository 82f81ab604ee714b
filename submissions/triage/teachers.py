"""Teachers in the loop: a teacher sees the open questions shared with the institutions of the
offers they own, ranked against those offers, and proposes a match from one of them; the
coordinator confirms or declines it (submissions.admin.match_views) and each side hears by e-mail.

Visibility: an offer belongs to an institution; a question seeking a match is visible to the
owners of offers of an institution it is shared with, or to every teacher with an offer when the
coordinator marks it open to all institutions. Teachers never see partners' personal data.
"""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..emails import question_admin_path
from ..models import ConsentKind, EducationOffer, EmailKind, Match, MatchStatus, Status, Vraagstuk
from ..tasks import enqueue_deliveries
from .matching import candidate_offers, propose, rank_offers
from .partner_emails import queue_staff_email, staff_language
from .people import coordinators


class ProposalRefused(Exception):
    pass


def can_propose(user):
    return user.is_active and user.has_perm("submissions.propose_from_own_offer")


def own_offers(user):
    return EducationOffer.objects.filter(owner=user)


def visible_questions(user):
    institutions = own_offers(user).values("institution")
    return (
        Vraagstuk.objects.filter(status=Status.SEEKING_MATCH)
        .filter(Q(open_to_all_institutions=True) | Q(shared_with__in=institutions))
        .distinct()
        .order_by("created_at")
    )


def teacher_pool(user, today=None):
    """Each visible question with the teacher's own open offers ranked for it, with reasons."""
    today = today or timezone.localdate()
    offers = candidate_offers(today).filter(owner=user)
    questions = visible_questions(user).prefetch_related("themes")
    return [(vraagstuk, rank_offers(vraagstuk, today, offers)) for vraagstuk in questions]


def confirmed_matches(user):
    """The teacher's accepted matches: the only place they see a partner's contact, and only
    when the partner agreed to be contacted about the question."""
    matches = Match.objects.filter(offer__owner=user, status=MatchStatus.ACCEPTED).select_related(
        "vraagstuk", "offer"
    )
    return [(match, match.vraagstuk.has_consent(ConsentKind.CONTACT)) for match in matches]


def propose_from_own_offer(user, vraagstuk_pk, offer_pk):
    """Refuses (ProposalRefused, nothing stored) an offer that is not the teacher's or not open,
    and a question that is no longer open to them."""
    with transaction.atomic():
        offer = own_offers(user).filter(pk=offer_pk, is_open=True).first()
        if offer is None:
            raise ProposalRefused(_("You can only propose a match from an open offer of your own."))
        # Locked: a question matched meanwhile is seen as no longer open.
        vraagstuk = visible_questions(user).filter(pk=vraagstuk_pk).first()
        if (
            vraagstuk is None
            or not Vraagstuk.objects.select_for_update()
            .filter(pk=vraagstuk.pk, status=Status.SEEKING_MATCH)
            .exists()
        ):
            raise ProposalRefused(_("This question is no longer open for proposals."))
        if Match.objects.filter(vraagstuk=vraagstuk, offer=offer).exists():
            raise ProposalRefused(_("This offer was already proposed for this question."))
        match = propose(vraagstuk, offer, user)
        tell_coordinators(match, user)
    return match


def tell_coordinators(match, teacher):
    vraagstuk = match.vraagstuk
    recipients = [vraagstuk.assignee] if vraagstuk.assignee else list(coordinators())
    context = {"vraagstuk": vraagstuk, "offer": match.offer, "teacher": teacher}
    context["path"] = question_admin_path(vraagstuk)
    emails = [
        queue_staff_email(
            "teacher_proposal",
            [person.email],
            context,
            kind=EmailKind.TEACHER_PROPOSAL,
            vraagstuk=vraagstuk,
            language=staff_language(person),
        ).pk
        for person in recipients
        if person.email
    ]
    transaction.on_commit(lambda: enqueue_deliveries(emails))


def tell_teacher(match, by):
    """After a coordinator's decision: the proposing teacher hears it in their admin language."""
    teacher = match.proposed_by
    if teacher is None or teacher == by or not teacher.email or not can_propose(teacher):
        return
    email = queue_staff_email(
        "teacher_decision",
        [teacher.email],
        {
            "vraagstuk": match.vraagstuk,
            "offer": match.offer,
            "match": match,
            "path": reverse("submissions_teacher_pool"),
        },
        kind=EmailKind.TEACHER_DECISION,
        vraagstuk=match.vraagstuk,
        language=staff_language(teacher),
    )
    transaction.on_commit(lambda: enqueue_deliveries([email.pk]))
