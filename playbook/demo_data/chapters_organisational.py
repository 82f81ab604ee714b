"""Organisational chapters of the demo draaiboek: project group, coaching, resources, kinds of partnership, CSL levels."""

from datetime import date

from .fill_in_templates import PROJECT_PLAN
from .guidance import checklist, definition, fill_in, pitfall, quote, text, tip

ORGANISATIONAL_CHAPTERS = [
    {
        "slug": "projectgroep",
        "section": "organisational",
        "last_reviewed": date(2026, 9, 14),
        "nl": {
            "title": "De projectgroep opzetten en maandelijks samenkomen",
            "summary": "Een projectcoördinator van de stad en een onderwijscoach per school, die minstens één keer per maand overleggen.",
            "body": [
                text(
                    "Wie zit erin",
                    "In Leuven bestond de projectgroep uit een projectcoördinator van de stad en onderwijscoaches van KU Leuven, UCLL en het VTI. Elke instelling heeft zo een gezicht in het project.",
                ),
                text(
                    "Waarom maandelijks",
                    "Minstens één keer per maand samenkomen bleek onmisbaar. Partners vergeten elkaar op de hoogte te houden; een vast overleg dwingt iedereen om updates te geven en bij te praten.",
                ),
                checklist(
                    "Vaste agenda van het maandelijks overleg",
                    "Voortgang van het studententeam",
                    "Signalen over de groepsdynamiek",
                    "Beslissingen die nodig zijn en wie ze neemt",
                    "Volgend feedbackmoment met de studenten",
                ),
                pitfall(
                    "Alleen overleggen als er iets misloopt",
                    "Wie pas samenkomt bij problemen, merkt ze te laat. Plan de data voor het hele jaar bij de start.",
                ),
                text(
                    "Rollen en aanspreekpunten",
                    "Benoem bij de start wie welke rol heeft, met naam en contactgegevens. De praktijkvoorbeelden laten deze rollen zien:",
                    items=[
                        "<b>projectcoördinator</b> van het lokaal bestuur: trekt de projectgroep en houdt iedereen op de hoogte van beslissingen (Leuven)",
                        "<b>onderwijscoach</b> per instelling: begeleidt de studenten en let op verwachtingen en groepsdynamiek (Leuven)",
                        "<b>instellingsbrede contactpersoon</b>: één vast aanspreekpunt van de instelling voor partners, vooral voor het eerste contact en de matchmaking (service-learning in Vlaanderen)",
                        "<b>buurtanker of brugfiguur</b>: een zichtbaar, laagdrempelig aanspreekpunt in de buurt (Buurtcampus Gent)",
                        "<b>programma-adviseur, projectmanager en programmamanager</b>: in Leiden dragen Esther Haverkort en Marieke van Haaren (Leren met de Stad) en Han Nijssen (Leiden Kennisstad) de samenwerking",
                    ],
                ),
                fill_in(PROJECT_PLAN["nl"]),
            ],
        },
        "en": {
            "title": "Setting up the project group and meeting monthly",
            "summary": "A project coordinator from the city and a coach from each school, meeting at least once a month.",
            "body": [
                text(
                    "Who is in it",
                    "In Leuven the project group consisted of a project coordinator from the city and coaches from KU Leuven, UCLL and the VTI. That way every institution has a face in the project.",
                ),
                text(
                    "Why monthly",
                    "Meeting at least once a month proved essential. Partners forget to keep each other informed; a fixed meeting makes everyone give updates and catch up.",
                ),
                checklist(
                    "Standing agenda of the monthly meeting",
                    "Progress of the student team",
                    "Signals about the group dynamics",
                    "Decisions needed and who takes them",
                    "Next feedback moment with the students",
                ),
                pitfall(
                    "Only meeting when things go wrong",
                    "If you only meet when there are problems, you notice them too late. Schedule the dates for the whole year at the start.",
                ),
                text(
                    "Roles and contact persons",
                    "At the start, name who holds which role, with names and contact details. The case studies show these roles:",
                    items=[
                        "<b>project coordinator</b> of the local government: leads the project group and keeps everyone informed of decisions (Leuven)",
                        "<b>education coach</b> for each institution: guides the students and watches expectations and group dynamics (Leuven)",
                        "<b>institution-wide contact person</b>: one fixed point of contact of the institution for partners, mainly for the first contact and the matchmaking (service-learning in Flanders)",
                        "<b>neighbourhood anchor or go-between</b>: a visible, approachable contact in the neighbourhood (Buurtcampus Ghent)",
                        "<b>programme adviser, project manager and programme manager</b>: in Leiden, Esther Haverkort and Marieke van Haaren (Leren met de Stad) and Han Nijssen (Leiden Kennisstad) carry the collaboration",
                    ],
                ),
                fill_in(PROJECT_PLAN["en"]),
            ],
        },
    },
    {
        "slug": "coaching-gemengde-teams",
        "section": "organisational",
        "last_reviewed": date(2026, 9, 14),
        "nl": {
            "title": "Gemengde studententeams coachen, en wie dat betaalt",
            "summary": "Studenten samenzetten is niet genoeg: coaching op verwachtingen en groepsdynamiek maakt het team.",
            "body": [
                text(
                    "Coaching is nodig",
                    "Studenten van verschillende leeftijden, achtergronden en disciplines samenbrengen zorgt niet vanzelf voor een goede groepssfeer. De coaching richt zich op het managen van verwachtingen en op de dynamiek in de groep.",
                ),
                pitfall(
                    "Reguliere onderwijsmiddelen volstaan niet",
                    "Intensieve coaching van studenten past vaak niet binnen de gewone onderwijsbudgetten. Reken erop dat de projectsponsor een deel betaalt, en leg dat vast in het contract.",
                ),
                tip(
                    "Coach op het team, niet alleen op het product",
                    "Plan naast inhoudelijke feedback ook momenten waarop het team bespreekt hoe de samenwerking loopt.",
                ),
                quote(
                    "De sterkte van het project, dat waren de studenten zelf.",
                    "Stad Leuven, projectbeschrijving “Structurering innovatieve studentenprojecten in studentensteden”",
                ),
            ],
        },
        "en": {
            "title": "Coaching mixed student teams, and who pays for it",
            "summary": "Putting students together is not enough: coaching on expectations and group dynamics makes the team.",
            "body": [
                text(
                    "Coaching is needed",
                    "Bringing together students of different ages, backgrounds and disciplines does not create a good team spirit by itself. Coaching focuses on managing expectations and on the dynamics of the group.",
                ),
                pitfall(
                    "Regular education budgets are not enough",
                    "Intensive coaching of students often does not fit within ordinary teaching budgets. Expect the project sponsor to pay part of it, and put that in the contract.",
                ),
                tip(
                    "Coach the team, not only the product",
                    "Besides feedback on content, plan moments where the team discusses how the collaboration is going.",
                ),
                quote(
                    "The strength of the project was the students themselves.",
                    "City of Leuven, project description “Structuring innovative student projects in student cities”",
                ),
            ],
        },
    },
    {
        "slug": "middelen-en-succes",
        "section": "organisational",
        "last_reviewed": date(2026, 9, 20),
        "nl": {
            "title": "Middelen verdelen en succes per instelling bepalen",
            "summary": "Spreek af hoeveel tijd en geld elke organisatie inbrengt, en wanneer elke partner tevreden is.",
            "body": [
                text(
                    "Middelen verdelen",
                    "Bespreek vooraf hoeveel tijd en geld elke (onderwijs)organisatie in het project wil steken. Het Leuvense project had een budget van € 84.762,21, waarvan 80% gesubsidieerd door VLAIO en 20% ingebracht door de partners.",
                ),
                text(
                    "Wanneer is het project geslaagd?",
                    "Maak voor elke instelling concreet wanneer ze tevreden is. Succes betekent niet voor iedereen hetzelfde, bijvoorbeeld:",
                    items=[
                        "de oplossing wordt echt uitgerold",
                        "er zijn nieuwe contacten voor samenwerking met nieuwe partners",
                        "er ontstaan nieuwe samenwerkingsverbanden met de lokale overheid",
                        "studenten tonen meer spontane interesse voor dit soort projecten",
                        "de instelling past methodes toe die ze van andere scholen leerde",
                    ],
                ),
                tip(
                    "Schrijf het succes per partner op",
                    "Eén zin per instelling volstaat. Kom er bij de evaluatie op terug.",
                ),
            ],
        },
        "en": {
            "title": "Dividing resources and defining success per institution",
            "summary": "Agree how much time and money each organisation puts in, and when each partner is satisfied.",
            "body": [
                text(
                    "Dividing resources",
                    "Discuss beforehand how much time and money each organisation, school or otherwise, wants to invest. The Leuven project had a budget of € 84,762.21, 80% funded by VLAIO and 20% contributed by the partners.",
                ),
                text(
                    "When is the project a success?",
                    "Make concrete, for each institution, when it will be satisfied. Success does not mean the same for everyone, for example:",
                    items=[
                        "the solution is actually rolled out",
                        "there are new leads for collaboration with new partners",
                        "new partnerships with the local government emerge",
                        "students show more spontaneous interest in this kind of project",
                        "the institution applies methods it learned from other schools",
                    ],
                ),
                tip(
                    "Write down success per partner",
                    "One sentence per institution is enough. Come back to it at the evaluation.",
                ),
            ],
        },
    },
    {
        "slug": "soorten-partnerschap",
        "section": "organisational",
        "last_reviewed": date(2026, 10, 2),
        "nl": {
            "title": "Soorten partnerschap: van ad hoc tot strategisch",
            "summary": "Via de eigen docent, via een instellingsbrede contactpersoon of als buurtcampus: elke vorm heeft voor- en nadelen.",
            "body": [
                text(
                    "Contact via de docent",
                    "Een docent die het eigen netwerk benut, bouwt duurzame banden op voor onderzoek en onderwijs en houdt de leerdoelen onder controle. Maar de werklast is hoog, en vertrekt de docent, dan vertrekt het netwerk mee.",
                ),
                text(
                    "Contact via de studenten",
                    "Studenten die zelf een partner zoeken, voelen zich eigenaar en zijn gemotiveerd, en brengen nieuwe organisaties binnen. Wel vraagt het extra uitleg over de criteria, en er is geen garantie dat de communicatie met de organisaties goed verloopt.",
                ),
                text(
                    "Een instellingsbrede contactpersoon",
                    "Een vast aanspreekpunt is brug en ambassadeur voor de hele instelling: het ontlast docenten en houdt overzicht over alle partnerschappen, zodat partners minder overbevraagd worden. De instelling krijgt een gezicht dat laagdrempelig aanspreekbaar is. Wel vraagt het extra uitleg over criteria en vakinhoud, en het gaat vooral om het eerste contact en de matchmaking.",
                ),
                tip(
                    "Kies bewust en combineer",
                    "Bepaal per vak welke route u volgt. Laat een instellingsbrede contactpersoon het eerste contact leggen en de docent daarna de leerdoelen bewaken; zo blijft het netwerk bestaan als een docent vertrekt.",
                ),
                definition(
                    "Brugfiguur",
                    "Iemand die vanuit de instelling een zichtbaar en laagdrempelig aanspreekpunt is, aanwezig is op netwerkmomenten in de buurt, en zowel de mogelijkheden in de buurt als die in de opleidingen kent.",
                ),
                text(
                    "De buurtcampus",
                    "Bij place-based service-learning betrekt een instelling de buurt rond haar campus. De instelling is er geen gast maar draagt bij aan het welzijn van de buurt; studenten zijn geen passanten maar voelen zich mee verantwoordelijk. Het werkt in twee richtingen: studenten gaan naar de buurt, de buurt komt naar de campus.",
                    items=[
                        "infrastructuur openstellen",
                        "onderwijs samen met de buurt vormgeven",
                        "de instelling als netwerkpartner in de stad",
                    ],
                ),
                tip(
                    "Begin bij wat al bestaat",
                    "Haak aan bij bestaande netwerken en gebruik de stad efficiënt, zonder de stad en haar inwoners te overvragen.",
                ),
            ],
        },
        "en": {
            "title": "Kinds of partnership: from ad hoc to strategic",
            "summary": "Through a teacher, through an institution-wide contact person or as a neighbourhood campus: each has pros and cons.",
            "body": [
                text(
                    "Contact through the teacher",
                    "A teacher who uses their own network builds lasting links for research and teaching and keeps the learning goals in hand. But the workload is high, and when the teacher leaves, the network leaves too.",
                ),
                text(
                    "Contact through the students",
                    "Students who find a partner themselves feel ownership and are motivated, and they bring in new organisations. It does need extra explanation of the criteria, and there is no guarantee that communication with the organisations goes well.",
                ),
                text(
                    "An institution-wide contact person",
                    "A fixed point of contact is a bridge and ambassador for the whole institution: it relieves teachers and keeps an overview of all partnerships, so partners are asked less often. The institution gets an approachable face. It does need extra explanation of criteria and subject matter, and its work is mostly the first contact and the matchmaking.",
                ),
                tip(
                    "Choose deliberately, and combine",
                    "Decide for each course which route you take. Let an institution-wide contact person make the first contact and the teacher then guard the learning goals; that way the network survives when a teacher leaves.",
                ),
                definition(
                    "Go-between (brugfiguur)",
                    "Someone from the institution who is a visible, approachable point of contact, turns up at network events in the neighbourhood, and knows both what the neighbourhood offers and what the programmes can do.",
                ),
                text(
                    "The neighbourhood campus",
                    "In place-based service-learning an institution involves the neighbourhood around its campus. The institution is not a guest but contributes to the neighbourhood's well-being; students are not passers-by but share responsibility. It works both ways: students go into the neighbourhood, the neighbourhood comes to the campus.",
                    items=[
                        "opening up buildings and facilities",
                        "shaping education together with the neighbourhood",
                        "the institution as a network partner in the city",
                    ],
                ),
                tip(
                    "Start from what exists",
                    "Link up with existing networks and use the city efficiently, without asking too much of the city and its residents.",
                ),
            ],
        },
    },
    {
        "slug": "niveaus-van-csl",
        "section": "organisational",
        "last_reviewed": date(2026, 10, 2),
        "nl": {
            "title": "Stap voor stap: niveaus van community service-learning, governance en middelen",
            "summary": "Begin klein, van low via medium naar intensive, en regel bestuur en middelen van college tot docent.",
            "body": [
                definition(
                    "Community service-learning (CSL)",
                    "De omschrijving van Kennisbrug: leren door te werken aan een echte vraag uit de samenleving, op basis van wederkerigheid, zodat student en gemeenschap allebei leren en winnen. In Leiden-Noord heet wederkerigheid de basis van CSL.",
                ),
                text(
                    "Drie niveaus",
                    "Marieke van Haaren van Leren met de Stad in Leiden raadt aan stap voor stap te beginnen, via verschillende niveaus van CSL: low, medium en intensive. Wat elk niveau inhoudt, beschrijft Kennisbrug zo (een eigen indeling, zo gebruikt in de praktijkvoorbeelden van dit portaal):",
                    items=[
                        "<b>low</b>: een korte opdracht binnen een vak, met weinig contact met de partner",
                        "<b>medium</b>: een project van enkele weken met vaste contactmomenten",
                        "<b>intensive</b>: studenten werken langere tijd in de wijk, samen met bewoners",
                    ],
                ),
                text(
                    "Governance en middelen",
                    "Zorg voor goed bestuur over het hele proces, van college van bestuur tot docent, en voor middelen om aan te jagen, te verleiden en inspanning te belonen. Ontwikkel een kennisinfrastructuur en onderwijsketen zodat er een kenniscyclus ontstaat.",
                ),
                tip(
                    "Reken op een lange adem",
                    "Dit soort aanpak vraagt een lange adem, zegt Han Nijssen. Een City Deal laat zien dat anderen geïnteresseerd zijn; probeer de samenwerking ook in het coalitieakkoord te krijgen.",
                ),
            ],
        },
        "en": {
            "title": "Step by step: levels of community service-learning, governance and resources",
            "summary": "Start small, from low through medium to intensive, and arrange governance and resources from board to teacher.",
            "body": [
                definition(
                    "Community service-learning (CSL)",
                    "Kennisbrug's description: learning by working on a real question from society, based on reciprocity, so that student and community both learn and gain. In Leiden-Noord reciprocity is called the basis of CSL.",
                ),
                text(
                    "Three levels",
                    "Marieke van Haaren of Leren met de Stad in Leiden advises starting step by step, through different levels of CSL: low, medium and intensive. What each level means is Kennisbrug's own description, as used for the case studies on this portal:",
                    items=[
                        "<b>low</b>: a short assignment within a course, with little contact with the partner",
                        "<b>medium</b>: a project of a few weeks with fixed contact moments",
                        "<b>intensive</b>: students work in the neighbourhood for a longer time, together with residents",
                    ],
                ),
                text(
                    "Governance and resources",
                    "Arrange good governance for the whole process, from the executive board to the teacher, and resources to stimulate, entice and reward effort. Build a knowledge infrastructure and an education chain so that a knowledge cycle emerges.",
                ),
                tip(
                    "Expect a long haul",
                    "An approach like this takes staying power, says Han Nijssen. A City Deal shows that others are interested; try to get the collaboration into the coalition agreement as well.",
                ),
            ],
        },
    },
]
