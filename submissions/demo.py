"""Demo content of the intake: the partner guide and the board of open questions in Dutch and
English (with their menu entries) and example vraagstukken in different statuses, some of them
on the board. Facts from seed 001 (Leren met de Stad) and, for the board, seeds 000 to 004."""

from django.db import transaction
from django.utils import timezone

from portal.demo import DemoBuilder, add_to_menu, ensure_page, register, section, site_home
from portal.models import OrganisationType, Place, StandardPage, Theme

from .board.demo_questions import BOARD_EXAMPLES
from .models import (
    AnswerTemplate,
    BoardPage,
    Consent,
    ConsentKind,
    EducationOffer,
    EventKind,
    OutgoingEmail,
    ReferenceCounter,
    Status,
    SubmissionGuidePage,
    SubmissionKey,
    Vraagstuk,
    VraagstukEvent,
)
from .triage.demo_data import build_answer_templates, build_offers

NL_BODY = [
    section(
        "Past uw vraagstuk in het onderwijs?",
        "Studenten, docenten en onderzoekers van hogescholen en universiteiten werken graag aan echte "
        "vraagstukken uit de stad. Partners van Leren met de Stad in Leiden noemen als meerwaarde: "
        "aanbevelingen en advies, een theoretische onderbouwing, een verdiepingsslag op het onderwerp, een "
        "frisse blik van buitenaf, co-creatie met het onderwijs en een uitbreiding van hun netwerk. "
        "Studenten werken op hun beurt met echte casussen: een win-winsituatie.",
        "Dat kan als opdracht binnen een vak, als stage-, afstudeer- of scriptieopdracht of als deel van "
        "een minor. Niet elke vraag past meteen: wij helpen u die vertaalslag te maken.",
    ),
    section(
        "Wat studenten wel en niet kunnen leveren",
        "Studenten doen literatuuronderzoek, interviews, observaties in de wijk, lopen mee in uw "
        "organisatie of vergelijken met andere steden. Dat levert inzichten, aanbevelingen en soms een "
        "ontwerp op.",
        "Het leerproces staat voorop. Studenten moeten fouten mogen maken, en de uitkomst kan anders "
        "uitpakken dan u verwacht. Reken dus niet op een kant-en-klaar product of op vast personeel.",
    ),
    section(
        "Wat wij van u vragen",
        "Informatie: gesprekken en de documenten die er al zijn. Toegang tot de mensen en plekken die "
        "ertoe doen. Contactmomenten: bij de start, halverwege om bij te sturen en bij de afronding. "
        "En als het past bij de opdracht: een stageplaats.",
    ),
]

EN_BODY = [
    section(
        "Does your question fit education?",
        "Students, teachers and researchers of universities of applied sciences and universities like to "
        "work on real questions from the city. Partners of Leren met de Stad in Leiden name what they "
        "gain: recommendations and advice, a theoretical foundation, a deeper look at the subject, a fresh "
        "view from outside, co-creation with education and a wider network. Students in turn work on real "
        "cases: a win-win situation.",
        "That can be an assignment within a course, an internship, graduation or thesis assignment, or part "
        "of a minor. Not every question fits straight away: we help you reshape it.",
    ),
    section(
        "What students can and cannot deliver",
        "Students study the literature, interview people, observe in the neighbourhood, shadow your "
        "organisation or compare with other cities. That brings insights, recommendations and sometimes "
        "a design.",
        "Learning comes first. Students must be allowed to make mistakes, and the outcome may differ from "
        "what you expect. So do not count on a finished product or on extra staff.",
    ),
    section(
        "What we ask of you",
        "Information: conversations and the documents that already exist. Access to the people and places "
        "that matter. Contact moments: at the start, halfway to adjust course, and at the end. And if it "
        "suits the assignment: an internship place.",
    ),
]

NL_CHECK = [
    (
        "Gaat uw vraag over een maatschappelijk vraagstuk in uw stad of wijk?",
        "Twijfelt u? Dien de vraag toch in: wij denken mee.",
    ),
    (
        "Mogen studenten fouten maken, en mag de uitkomst anders zijn dan verwacht?",
        "Heeft u een gegarandeerd resultaat nodig? Dan past een adviesbureau misschien beter.",
    ),
    (
        "Kunt u informatie geven en de weg wijzen naar mensen en plekken?",
        "Zonder informatie en toegang kunnen studenten weinig; bespreek met ons wat wel kan.",
    ),
    (
        "Heeft u tijd voor contactmomenten bij de start, halverwege en aan het einde?",
        "Vooral bij de start, voor tussentijdse bijsturing en bij de afronding; wij helpen met de planning.",
    ),
    (
        "Kan het wachten tot een vak of stage begint (vaak een semester)?",
        "Onderwijs volgt het academiejaar; spoedvragen passen zelden.",
    ),
]
EN_CHECK = [
    (
        "Is your question about a societal issue in your city or neighbourhood?",
        "Not sure? Submit it anyway: we will think along.",
    ),
    (
        "May students make mistakes, and may the outcome differ from what you expect?",
        "Do you need a guaranteed result? A consultancy may fit better.",
    ),
    (
        "Can you provide information and open doors to people and places?",
        "Without information and access students can do little; discuss with us what is possible.",
    ),
    (
        "Do you have time for contact moments at the start, halfway and at the end?",
        "Mainly at the start, to adjust course midway and at the end; we help with the planning.",
    ),
    (
        "Can it wait until a course or internship starts (often a semester)?",
        "Education follows the academic year; urgent questions rarely fit.",
    ),
]

EXAMPLES = [
    {
        "email": "wijkteam.noord@leiden.example",
        "organisation": "Wijkteam Noord (voorbeeld)",
        "organisation_type": "gemeente",
        "contact_name": "Fatima el Amrani",
        "language": "nl",
        "title": "Hoe bereiken we eenzame ouderen in Leiden-Noord?",
        "description": "Veel ouderen in Leiden-Noord wonen alleen en komen niet naar de activiteiten in het buurthuis. Wij willen weten wat hen tegenhoudt en wat wel werkt.",
        "themes": ["eenzaamheid", "vergrijzing"],
        "place": "leiden",
        "neighbourhood": "Leiden-Noord",
        "help_kinds": ["research", "advice"],
        "partner_offers": ["information", "access", "contact"],
        "timing": "next_year",
        "status": Status.SEEKING_MATCH,
        "message": "Uw vraag past goed bij een vak sociologie; we zoeken een docent die in het voorjaar start.",
    },
    {
        "email": "info@repaircafe-leuven.example",
        "organisation": "Repaircafé (voorbeeld)",
        "organisation_type": "bewonersgroep",
        "contact_name": "Jonas Peeters",
        "language": "en",
        "title": "Which repairs keep the most waste out of the bin?",
        "description": "We repair devices with volunteers every month. We would like to know which repairs save the most waste and how to reach more students.",
        "themes": ["duurzaamheid", "studenten-stad"],
        "place": "leuven",
        "neighbourhood": "",
        "help_kinds": ["research", "fresh_look"],
        "partner_offers": ["information", "contact"],
        "timing": "flexible",
        "status": Status.RECEIVED,
        "message": "",
    },
]


def build_guide(ctx, home):
    privacy_nl = StandardPage.objects.child_of(home).filter(slug="privacyverklaring").first()
    guide = ensure_page(
        ctx,
        home,
        SubmissionGuidePage,
        slug="vraagstuk-indienen",
        shared={"privacy_page": privacy_nl},
        nl={
            "title": "Vraagstuk indienen",
            "summary": "Heeft u een maatschappelijke vraag waar studenten aan kunnen werken? Lees wat past, doe de korte check en dien uw vraagstuk in.",
            "body": NL_BODY,
            "self_check": [("question", {"question": q, "advice": a}) for q, a in NL_CHECK],
        },
        en={
            "title": "Submit a question",
            "slug": "submit-a-question",
            "summary": "Do you have a societal question students could work on? Read what fits, take the quick check and submit your question.",
            "body": EN_BODY,
            "self_check": [("question", {"question": q, "advice": a}) for q, a in EN_CHECK],
        },
    )
    add_to_menu(ctx, guide)
    return guide


def build_board(ctx, home):
    board = ensure_page(
        ctx,
        home,
        BoardPage,
        slug="open-vraagstukken",
        nl={
            "title": "Open vraagstukken",
            "summary": "Deze vragen van partners wachten op studenten. Past er een bij uw vak, stage of "
            "scriptie? Neem contact op met de kenniswinkel.",
        },
        en={
            "title": "Open questions",
            "slug": "open-questions",
            "summary": "These questions from partners are waiting for students. Does one fit your course, "
            "internship or thesis? Contact the science shop.",
        },
    )
    add_to_menu(ctx, board)
    return board


def build_examples(ctx):
    for example in [*EXAMPLES, *BOARD_EXAMPLES]:
        if Vraagstuk.objects.filter(email=example["email"]).exists():
            continue
        data = dict(example)
        themes, status, message = data.pop("themes"), data.pop("status"), data.pop("message")
        consents = data.pop("consents", {})
        now = timezone.now()
        with transaction.atomic():
            vraagstuk = Vraagstuk(
                **{
                    **data,
                    "organisation_type": OrganisationType.objects.get(
                        key=data["organisation_type"], locale=ctx.nl
                    ),
                    "place": Place.objects.get(key=data["place"], locale=ctx.nl),
                },
                reference=ReferenceCounter.next_reference(timezone.localdate(now).year),
                status=status,
            )
            vraagstuk.new_status_token()  # demo rows: nobody holds the link
            vraagstuk.save()
            vraagstuk.themes.set(Theme.objects.filter(key__in=themes, locale=ctx.nl))
            for kind in ConsentKind:
                given = consents.get(kind.value, True)
                Consent.objects.create(vraagstuk=vraagstuk, kind=kind, given=given, text_version="demo")
            VraagstukEvent.objects.create(vraagstuk=vraagstuk, kind=EventKind.SUBMITTED, by_partner=True)
            if message:
                VraagstukEvent.objects.create(
                    vraagstuk=vraagstuk,
                    kind=EventKind.STATUS_CHANGED,
                    from_status=Status.RECEIVED,
                    to_status=status,
                    public_message=message,
                )
        ctx.log(f"vraagstuk {vraagstuk.reference}")


@register
class SubmissionsDemo(DemoBuilder):
    order = 40
    label = "submissions"

    def build(self, ctx):
        build_guide(ctx, site_home(ctx))
        build_board(ctx, site_home(ctx))
        build_examples(ctx)
        build_offers(ctx)
        # The demo's questions seeking a match are open to every institution's teachers.
        Vraagstuk.objects.filter(status=Status.SEEKING_MATCH).update(open_to_all_institutions=True)
        build_answer_templates()

    def reset(self, ctx):
        for model in (
            OutgoingEmail,
            SubmissionKey,
            Vraagstuk,
            ReferenceCounter,
            EducationOffer,
            AnswerTemplate,
        ):
            model.objects.all().delete()
