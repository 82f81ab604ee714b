"""Factories for the intake: education offers and vraagstukken with a history.

    EducationOfferFactory.create_batch(200)
    VraagstukFactory.create_batch(1000)          # VraagstukFactory(history=False): just received

Values are drawn per object from `random` and Faker (seed both, as bench's seed_item
does, and the rows come out the same on the same database on the same day: dates
count back from today; only the secret status token differs). Taxonomies are picked from
the Dutch rows that exist (the demo content's). A vraagstuk is stored as the intake
stores one (reference from the yearly counter, hashed status token, consents, the
"submitted" event), dated in the last two years. Its history is then made by the
triage code itself (assignment, status moves, matches with existing offers ranked
as the match screen ranks them, the partner's withdrawal) and moved back to when
each step happened; it stops at the present, so recent questions are still open.
E-mails those steps queue count as sent at that moment: nothing is ever delivered.
"""

import datetime
import random
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.text import slugify

from wagtail.log_actions import registry as log_registry

import factory
from factory.django import DjangoModelFactory
from factory.fuzzy import FuzzyChoice
from faker import Faker

from portal.factories import dutch_rows
from portal.models import EducationFormat, Institution, InstitutionType, OrganisationType, Place, Theme

from .factory_texts import (
    COURSE_KINDS,
    COURSE_TOPICS,
    DISTRICTS,
    GROUPS,
    INTERNAL_NOTES,
    MOVE_FACTS,
    PROGRAMMES,
    WITHDRAWAL_REASONS,
    describe_question,
    name_organisation,
    title_question,
)
from .models import (
    AnswerTemplate,
    Consent,
    ConsentKind,
    EducationOffer,
    EventKind,
    HelpKind,
    PartnerOffer,
    ReferenceCounter,
    Status,
    Timing,
    Vraagstuk,
    VraagstukEvent,
)
from .triage.answers import PARTNER_MOVES
from .triage.matching import academic_year_start, accept, decline, propose, rank_offers
from .triage.people import COORDINATOR_ROLE, assign
from .triage.workflow import move
from .views.status import withdraw

# Faker instances share Faker's module-level random, which factory.random.reseed_random seeds.
FAKERS = {"nl": Faker("nl_NL"), "en": Faker("en_GB")}
HISTORY_DAYS = 730

FORMATS_OF_LEVEL = {
    InstitutionType.UNIVERSITY: [
        EducationFormat.COURSE_ASSIGNMENT,
        EducationFormat.THESIS,
        EducationFormat.MINOR,
        EducationFormat.HACKATHON,
    ],
    InstitutionType.HOGESCHOOL: list(EducationFormat),
    InstitutionType.MBO: [EducationFormat.INTERNSHIP, EducationFormat.COURSE_ASSIGNMENT],
    InstitutionType.SECONDARY: [EducationFormat.COURSE_ASSIGNMENT, EducationFormat.HACKATHON],
}
# How many questions one offer takes up: a large course has many student groups.
CAPACITY_OF_FORMAT = {
    EducationFormat.COURSE_ASSIGNMENT: (2, 12),
    EducationFormat.INTERNSHIP: (1, 4),
    EducationFormat.THESIS: (1, 4),
    EducationFormat.MINOR: (2, 8),
    EducationFormat.INNOVATION_PROJECT: (1, 5),
    EducationFormat.HACKATHON: (3, 10),
}
# Teaching periods: (first day, last day) as (month, day); months before September are in the year after.
SEMESTERS = {"semester 1": ((9, 1), (1, 31)), "semester 2": ((2, 1), (6, 30))}
QUARTERS = {
    "periode 1": ((9, 1), (11, 8)),
    "periode 2": ((11, 11), (1, 31)),
    "periode 3": ((2, 3), (4, 11)),
    "periode 4": ((4, 14), (6, 30)),
}
SEMESTER_FORMATS = {EducationFormat.THESIS, EducationFormat.MINOR, EducationFormat.INNOVATION_PROJECT}
HACKATHON_DAYS = 2

# Where a question goes from each open status, with weights: most move on, some are
# declined or referred. Every pair is one of ALLOWED_MOVES; move() refuses anything else.
NEXT_STATUS_WEIGHTS = {
    Status.RECEIVED: {Status.INTAKE: 82, Status.DECLINED: 10, Status.REFERRED: 8},
    Status.INTAKE: {Status.SEEKING_MATCH: 80, Status.DECLINED: 8, Status.REFERRED: 12},
    Status.SEEKING_MATCH: {Status.MATCHED: 88, Status.DECLINED: 6, Status.REFERRED: 6},
    Status.MATCHED: {Status.IN_PROGRESS: 92, Status.SEEKING_MATCH: 8},
    Status.IN_PROGRESS: {Status.COMPLETED: 100},
}
DAYS_IN_STATUS = {
    Status.RECEIVED: (1, 14),
    Status.INTAKE: (7, 42),
    Status.SEEKING_MATCH: (14, 120),
    Status.MATCHED: (3, 21),
    Status.IN_PROGRESS: (7, 30),
}
WITHDRAWAL_CHANCE = 0.02  # per open status
SECOND_PROPOSAL_CHANCE = 0.2  # the teacher turns the first proposal down

# The coordinators who handle generated questions (username, first name, last name).
TRIAGE_TEAM = [
    ("coordinator.anouk", "Anouk", "de Vries"),
    ("coordinator.bram", "Bram", "Janssens"),
    ("coordinator.chaima", "Chaima", "Bakker"),
    ("coordinator.daan", "Daan", "Peeters"),
]


def name_in(row, language):
    """A taxonomy row's name in `language` (its translation's), falling back to the row's own."""
    translated = type(row).objects.filter(key=row.key, locale__language_code=language)
    return translated.values_list("name", flat=True).first() or row.name


def some_themes():
    return random.sample(dutch_rows(Theme), k=random.randint(1, 3))


def address_for(name):
    """An e-mail address made from a person's name, at a domain reserved for examples."""
    local = slugify(name).replace("-", ".") or "contact"
    return f"{local}@{FAKERS['en'].safe_domain_name()}"


def on(year_start, month_day):
    month, day = month_day
    return datetime.date(year_start + (month < 9), month, day)


def offer_year_start():
    """From two academic years ago (the oldest questions) to next year."""
    return (
        academic_year_start(timezone.localdate()).year
        + random.choices([-2, -1, 0, 1], weights=[2, 3, 3, 2])[0]
    )


def teaching_slot(education_format, year_start):
    """(period, starts_on, ends_on) in the academic year starting in September of `year_start`."""
    if education_format in SEMESTER_FORMATS:
        slots = SEMESTERS
    elif education_format == EducationFormat.HACKATHON:
        slots = QUARTERS
    else:
        slots = {**SEMESTERS, **QUARTERS}
    period = random.choice(sorted(slots))
    first, last = (on(year_start, month_day) for month_day in slots[period])
    if education_format == EducationFormat.HACKATHON:
        first += datetime.timedelta(days=random.randint(0, (last - first).days - HACKATHON_DAYS))
        last = first + datetime.timedelta(days=HACKATHON_DAYS)
    return period, first, last


class EducationOfferFactory(DjangoModelFactory):
    """An offer in an academic year from two years ago to next year, at an institution that exists."""

    institution = factory.LazyFunction(lambda: random.choice(dutch_rows(Institution)))
    level = factory.LazyAttribute(lambda obj: obj.institution.kind)
    education_format = factory.LazyAttribute(lambda obj: random.choice(FORMATS_OF_LEVEL[obj.level]))
    programme = factory.LazyAttribute(lambda obj: obj.study[0])
    disciplines = factory.LazyAttribute(lambda obj: obj.study[1])
    course = factory.LazyAttribute(
        lambda obj: f"{COURSE_KINDS[obj.education_format]} {random.choice(COURSE_TOPICS)}"
    )
    academic_year = factory.LazyAttribute(lambda obj: f"{obj.year_start}-{obj.year_start + 1}")
    period = factory.LazyAttribute(lambda obj: obj.slot[0])
    starts_on = factory.LazyAttribute(lambda obj: obj.slot[1])
    ends_on = factory.LazyAttribute(lambda obj: obj.slot[2])
    capacity = factory.LazyAttribute(lambda obj: random.randint(*CAPACITY_OF_FORMAT[obj.education_format]))
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_email = factory.LazyAttribute(lambda obj: address_for(obj.contact_name))
    is_open = factory.LazyFunction(lambda: random.random() < 0.9)

    class Params:
        study = factory.LazyAttribute(lambda obj: random.choice(PROGRAMMES[obj.level]))
        year_start = factory.LazyFunction(offer_year_start)
        slot = factory.LazyAttribute(lambda obj: teaching_slot(obj.education_format, obj.year_start))

    class Meta:
        model = EducationOffer
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create:
            self.themes.set(extracted if extracted is not None else some_themes())


def submitted_at():
    """Some time in the last two years before today: the same all day for one seed."""
    day = timezone.localdate() - datetime.timedelta(days=random.randint(1, HISTORY_DAYS))
    midnight = timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
    return midnight + datetime.timedelta(minutes=random.randint(0, 24 * 60 - 1))


def triage_team():
    """The coordinators, made on first use and found by username after (no random draws)."""
    users = get_user_model().objects
    found = {user.username: user for user in users.filter(username__in=[row[0] for row in TRIAGE_TEAM])}
    group = Group.objects.filter(name=COORDINATOR_ROLE).first()
    for username, first_name, last_name in TRIAGE_TEAM:
        if username not in found:
            user = users.create_user(
                username, f"{username}@kennisbrug.example", first_name=first_name, last_name=last_name
            )
            if group:
                user.groups.add(group)
            found[username] = user
    return [found[row[0]] for row in TRIAGE_TEAM]


@contextmanager
def happened_at(vraagstuk, moment):
    """The triage code stamps what it writes with the current time; this moves it to `moment`.

    E-mails queued inside count as sent then, so their delivery task finds nothing to send.
    """
    started = timezone.now()
    yield
    vraagstuk.events.filter(created_at__gte=started).update(created_at=moment)
    log_registry.get_logs_for_instance(vraagstuk).filter(timestamp__gte=started).update(timestamp=moment)
    vraagstuk.matches.filter(created_at__gte=started).update(created_at=moment)
    vraagstuk.matches.filter(decided_at__gte=started).update(decided_at=moment)
    vraagstuk.emails.filter(created_at__gte=started).update(
        created_at=moment, next_attempt_at=moment, sent_at=moment, attempts=1
    )
    Vraagstuk.objects.filter(pk=vraagstuk.pk).update(
        updated_at=moment,
        status_changed_at=Case(
            When(status_changed_at__gte=started, then=Value(moment)), default=F("status_changed_at")
        ),
    )
    vraagstuk.refresh_from_db()


def answer(status, language):
    """The team's answer template for a move, as the move screen prefills it ("" when there is none)."""
    template = AnswerTemplate.objects.filter(status=status, language=language).first()
    return template.text if template else ""


def weighted_choice(weights):
    return random.choices(list(weights), weights=list(weights.values()))[0]


def later(moment, days, not_before=None):
    """A working-day-time moment `days` (min, max) after `moment`, and not before the date `not_before`."""
    day = timezone.localdate(moment) + datetime.timedelta(days=random.randint(*days))
    if not_before is not None:
        day = max(day, not_before)
    at = datetime.datetime.combine(day, datetime.time(9)) + datetime.timedelta(minutes=random.randint(0, 480))
    return max(timezone.make_aware(at), moment + datetime.timedelta(minutes=1))


def offer_date(match, to_status):
    """Students start when their offer starts and finish when it ends."""
    if match is None:
        return None
    return {Status.IN_PROGRESS: match.offer.starts_on, Status.COMPLETED: match.offer.ends_on}.get(to_status)


def match_with_offer(vraagstuk, coordinator, moment):
    """Propose a well-ranked open offer, as on the match screen, and accept it; None when none has room."""
    fits = rank_offers(vraagstuk, today=timezone.localdate(moment))[:3]
    if not fits:
        return None
    first, *others = random.sample(fits, k=len(fits))
    match = propose(vraagstuk, first.offer, coordinator)
    if others and random.random() < SECOND_PROPOSAL_CHANCE:
        decline(match)
        match = propose(vraagstuk, others[0].offer, coordinator)
    # The partner's message is the answer template for "matched", filled in with the offer.
    return accept(match, coordinator)


def move_on(vraagstuk, to_status, coordinator):
    """A move as staff make it: the team's template for the moves without one of their own in
    triage.answers, the facts (what was delivered, to whom, why) for the moves with one."""
    facts = {name: random.choice(texts) for name, texts in MOVE_FACTS[vraagstuk.language].items()}
    move(
        vraagstuk,
        to_status,
        coordinator,
        note=INTERNAL_NOTES.get(to_status, ""),
        public_message="" if to_status in PARTNER_MOVES else answer(to_status, vraagstuk.language),
        facts=facts,
    )


def make_history(vraagstuk, now):
    """Walk the question through the workflow until a closed status or the present."""
    lead, *_others = team = triage_team()
    coordinator = random.choice(team)
    moment, match = vraagstuk.created_at, None
    while vraagstuk.status in NEXT_STATUS_WEIGHTS:
        status = Status(vraagstuk.status)
        withdrawing = random.random() < WITHDRAWAL_CHANCE
        to_status = Status.WITHDRAWN if withdrawing else weighted_choice(NEXT_STATUS_WEIGHTS[status])
        moment = later(moment, DAYS_IN_STATUS[status], not_before=offer_date(match, to_status))
        if moment > now:
            return
        with happened_at(vraagstuk, moment):
            if withdrawing:
                withdraw(vraagstuk, random.choice(WITHDRAWAL_REASONS[vraagstuk.language]))
            elif to_status == Status.MATCHED:
                match = match_with_offer(vraagstuk, coordinator, moment)
                if match is None:  # no offer has room: sent elsewhere
                    move_on(vraagstuk, Status.REFERRED, coordinator)
            else:
                if status == Status.RECEIVED:
                    assign(vraagstuk, coordinator, by=lead)
                if to_status == Status.SEEKING_MATCH and match is not None:  # the match fell through
                    decline(match)
                    match = None
                move_on(vraagstuk, to_status, coordinator)


class VraagstukFactory(DjangoModelFactory):
    language = factory.LazyFunction(lambda: random.choices(["nl", "en"], weights=[3, 1])[0])
    place = factory.LazyFunction(lambda: random.choice(dutch_rows(Place)))
    neighbourhood = factory.LazyAttribute(lambda obj: f"{obj.place.name}-{random.choice(DISTRICTS)}")
    organisation_type = factory.LazyFunction(lambda: random.choice(dutch_rows(OrganisationType)))
    organisation = factory.LazyAttribute(
        lambda obj: name_organisation(obj.organisation_type.key, obj.place.name, FAKERS["nl"])
    )
    contact_name = factory.LazyAttribute(lambda obj: FAKERS[obj.language].name())
    email = factory.LazyAttribute(lambda obj: address_for(obj.contact_name))
    phone = factory.LazyAttribute(lambda obj: FAKERS["nl"].phone_number() if random.random() < 0.6 else "")
    themes = factory.LazyFunction(some_themes)
    title = factory.LazyAttribute(
        lambda obj: title_question(
            obj.language, name_in(obj.themes[0], obj.language), obj.group, name_in(obj.place, obj.language)
        )
    )
    description = factory.LazyAttribute(
        lambda obj: describe_question(
            obj.language, obj.organisation, name_in(obj.themes[0], obj.language), obj.group, obj.neighbourhood
        )
    )
    help_kinds = factory.LazyFunction(lambda: random.sample(HelpKind.values, k=random.randint(1, 3)))
    partner_offers = factory.LazyFunction(lambda: random.sample(PartnerOffer.values, k=random.randint(1, 4)))
    timing = FuzzyChoice(Timing.values)
    created_at = factory.LazyFunction(submitted_at)

    class Params:
        group = factory.LazyAttribute(lambda obj: random.choice(GROUPS)[obj.language == "en"])

    class Meta:
        model = Vraagstuk
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, themes, created_at, **fields):
        """Stored as the intake stores a submission; created_at is auto_now_add, so it is set after."""
        with transaction.atomic():
            vraagstuk = model_class(
                reference=ReferenceCounter.next_reference(timezone.localdate(created_at).year),
                status_changed_at=created_at,
                **fields,
            )
            vraagstuk.new_status_token()  # nobody holds the link of a generated question
            vraagstuk.save()
            Vraagstuk.objects.filter(pk=vraagstuk.pk).update(created_at=created_at, updated_at=created_at)
            vraagstuk.created_at = vraagstuk.updated_at = created_at
            vraagstuk.themes.set(themes)
            given = {ConsentKind.CONTACT: True, ConsentKind.PUBLICATION: random.random() < 0.6}
            given[ConsentKind.NAMING] = random.random() < 0.4
            Consent.objects.bulk_create(
                Consent(
                    vraagstuk=vraagstuk,
                    kind=kind,
                    given=given[kind],
                    text_version=settings.SUBMISSION_CONSENT_VERSION,
                    recorded_at=created_at,
                )
                for kind in ConsentKind
            )
            VraagstukEvent.objects.create(
                vraagstuk=vraagstuk,
                kind=EventKind.SUBMITTED,
                to_status=vraagstuk.status,
                by_partner=True,
                created_at=created_at,
            )
        return vraagstuk

    @factory.post_generation
    def history(self, create, extracted, **kwargs):
        if create and extracted is not False:
            make_history(self, timezone.now())
