"""The privacy and accessibility statements of the demo site, in Dutch and English.

They follow what a Dutch or Flemish public body publishes: the privacy statement names the
controller, purposes, legal bases, retention periods, recipients, rights and the supervisory
authority; the accessibility statement follows the official model (compliance status,
evaluation date and method, known issues, reporting a problem, the complaint route).
Retention periods and the data-protection contact are blocks that read the site's
configuration, so the text cannot drift from what the site does."""

from .registry import paragraphs, section

DATA_PROTECTION_CONTACT = ("data_protection_contact", None)


def retention(data, period_text, explanation):
    return (
        "retention_period",
        {"data": data, "period": "closed_questions", "period_text": period_text, "explanation": explanation},
    )


PRIVACY_STATEMENT = {
    "nl": {
        "title": "Privacyverklaring",
        "summary": "Wie uw gegevens verwerkt, waarvoor, op welke grond, hoe lang, wie ze ziet en welke rechten u hebt.",
        "body": [
            section(
                "Wie is verantwoordelijk",
                "De organisatie die dit portaal beheert, is verwerkingsverantwoordelijke in de zin van de "
                "Algemene Verordening Gegevensbescherming (AVG). Voor vragen over uw gegevens en om uw "
                "rechten uit te oefenen, bereikt u onze functionaris voor gegevensbescherming hier:",
            ),
            DATA_PROTECTION_CONTACT,
            section(
                "Bezoekers",
                "Wie Kennisbrug leest, wordt niet gevolgd. Wij plaatsen geen cookies bij het lezen van "
                "pagina's, gebruiken geen statistiekdiensten en laden niets van andere partijen: geen "
                "lettertypes, geen kaarten, geen video's zonder dat u erop klikt. Om misbruik van het "
                "formulier en van de inlogpagina tegen te gaan, tellen wij kortstondig pogingen per "
                "IP-adres (grondslag: taak van algemeen belang en de beveiligingsplicht, art. 6 lid 1 onder e "
                "en art. 32 AVG).",
            ),
            section(
                "Wie een vraagstuk indient: doelen en grondslagen",
                "Als u een vraagstuk indient, verwerken wij uw organisatie, naam, e-mailadres, eventueel "
                "telefoonnummer, uw vraag en de bijlagen. Wij doen dat voor deze doelen, elk met een eigen "
                "grondslag:",
                "<b>Uw vraag behandelen en u op de hoogte houden</b>: op grond van uw toestemming om "
                "gecontacteerd te worden (art. 6 lid 1 onder a AVG).",
                "<b>De vraag publiceren</b> op het portaal: alleen met uw aparte toestemming.",
                "<b>U noemen in een later praktijkvoorbeeld</b>: alleen met uw aparte toestemming.",
                "Wij bewaren bij elke toestemming welke tekst u zag en wanneer u toestemming gaf. U kunt een "
                "toestemming altijd intrekken via uw statuspagina of het adres hierboven; dat geldt vanaf dat "
                "moment.",
            ),
            section("Hoe lang wij gegevens bewaren"),
            retention(
                "Persoonsgegevens van afgesloten vraagstukken",
                "{months} maanden na de afsluiting",
                "Daarna worden naam, e-mailadres, telefoonnummer, bijlagen en e-mails geanonimiseerd; de "
                "vraag zelf, het thema en de plaats blijven voor onze statistiek en de kenniscyclus",
            ),
            section(
                "Wie uw gegevens ziet",
                "Medewerkers van de kenniswinkel die vraagstukken behandelen. Wordt uw vraag gekoppeld aan "
                "onderwijs, dan krijgen de docent en de studenten die eraan werken de gegevens die zij "
                "daarvoor nodig hebben. Onze hosting- en e-maildienstverlener verwerken gegevens alleen in "
                "onze opdracht, onder een verwerkersovereenkomst. Wij verkopen geen gegevens en geven ze niet "
                "aan andere partijen.",
            ),
            section(
                "Uw rechten",
                "U hebt recht op inzage, correctie, verwijdering en beperking van de verwerking, en u kunt "
                "bezwaar maken. Stuur uw verzoek naar het adres hierboven; wij antwoorden binnen een maand.",
            ),
            section(
                "Klacht bij de toezichthouder",
                "Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij "
                "de toezichthouder: in België bij de Gegevensbeschermingsautoriteit (GBA, "
                "www.gegevensbeschermingsautoriteit.be), in Nederland bij de Autoriteit Persoonsgegevens "
                "(www.autoriteitpersoonsgegevens.nl).",
            ),
        ],
    },
    "en": {
        "title": "Privacy statement",
        "slug": "privacy",
        "summary": "Who processes your data, for what, on which legal basis, for how long, who sees it and what your rights are.",
        "body": [
            section(
                "Who is responsible",
                "The organisation that runs this portal is the controller under the General Data Protection "
                "Regulation (GDPR). For questions about your data and to exercise your rights, you can reach "
                "our data-protection officer here:",
            ),
            DATA_PROTECTION_CONTACT,
            section(
                "Visitors",
                "Reading Kennisbrug is not tracked. We set no cookies when you read pages, use no analytics "
                "services and load nothing from other parties: no fonts, no maps, no videos unless you click "
                "on them. To stop abuse of the form and the login page, we briefly count attempts per IP "
                "address (legal basis: a task in the public interest and the duty to keep data secure, "
                "Art. 6(1)(e) and Art. 32 GDPR).",
            ),
            section(
                "People who submit a question: purposes and legal bases",
                "When you submit a question, we process your organisation, name, e-mail address, phone number "
                "if you give one, your question and its attachments. We do so for these purposes, each on its "
                "own legal basis:",
                "<b>Handling your question and keeping you informed</b>: on the basis of your consent to be "
                "contacted (Art. 6(1)(a) GDPR).",
                "<b>Publishing the question</b> on the portal: only with your separate consent.",
                "<b>Naming you in a later case study</b>: only with your separate consent.",
                "With every consent we keep which text you saw and when you gave it. You can withdraw a "
                "consent at any time through your status page or the address above; it applies from then on.",
            ),
            section("How long we keep data"),
            retention(
                "Personal data of closed questions",
                "{months} months after closing",
                "After that, name, e-mail address, phone number, attachments and e-mails are anonymised; the "
                "question itself, its theme and place stay for our statistics and the knowledge cycle",
            ),
            section(
                "Who sees your data",
                "Science-shop staff who handle questions. When your question is matched with education, the "
                "teacher and the students who work on it receive the data they need for it. Our hosting and "
                "e-mail providers process data only on our behalf, under a data processing agreement. We do "
                "not sell data or pass it on to other parties.",
            ),
            section(
                "Your rights",
                "You have the right to access, correct, erase and restrict the processing of your data, and "
                "you can object. Send your request to the address above; we reply within one month.",
            ),
            section(
                "Complaints to the supervisory authority",
                "If you disagree with how we handle your data, you can complain to the supervisory authority: "
                "in Belgium the Data Protection Authority (Gegevensbeschermingsautoriteit, GBA, "
                "www.dataprotectionauthority.be), in the Netherlands the Dutch Data Protection Authority "
                "(Autoriteit Persoonsgegevens, www.autoriteitpersoonsgegevens.nl).",
            ),
        ],
    },
}

EVALUATION_DATE = {"nl": "1 december 2026", "en": "1 December 2026"}

ACCESSIBILITY_STATEMENT = {
    "nl": {
        "title": "Toegankelijkheidsverklaring",
        "summary": "Hoe toegankelijk Kennisbrug is, hoe wij dat toetsten, wat nog niet goed is en waar u terechtkunt.",
        "body": [
            paragraphs(
                "De organisatie die Kennisbrug beheert, wil dat iedereen dit portaal kan gebruiken. Deze "
                "verklaring volgt de modeltoegankelijkheidsverklaring voor overheidswebsites en geldt voor "
                "alle pagina's van Kennisbrug, in het Nederlands en in het Engels."
            ),
            section(
                "Nalevingsstatus",
                "Kennisbrug voldoet gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.1 op "
                "niveau AA, de norm uit EN 301 549 die voor overheidswebsites geldt. Wat nog niet voldoet, "
                "staat hieronder bij de bekende problemen.",
            ),
            section(
                "Evaluatie: datum en methode",
                f"Laatste evaluatie: {EVALUATION_DATE['nl']}. Methode: eigen beoordeling. Elke pagina wordt bij "
                "elke wijziging automatisch getoetst met axe-core op de criteria van WCAG 2.1 A en AA, en "
                "handmatig gecontroleerd met alleen het toetsenbord, bij 400% vergroting en op een smal scherm. "
                "Er is geen onderzoek door een externe partij gedaan.",
            ),
            section(
                "Bekende problemen",
                "De PDF's van het draaiboek en de werkbladen zijn getagd (PDF/UA-1), maar nog niet met een "
                "schermlezer getest.",
                "De bewerkbare sjablonen (DOCX en ODT) zijn niet op toegankelijkheid getoetst; de inhoud staat "
                "ook als webpagina op het portaal.",
                "Video's van andere partijen die redacteuren insluiten, hebben niet altijd ondertiteling.",
            ),
            section(
                "Een probleem melden",
                "Loopt u ergens tegenaan? Laat het ons weten via het contactadres onderaan elke pagina. Noem "
                "de pagina en wat er misging. Wij bevestigen uw melding binnen vijf werkdagen en laten u weten "
                "wat wij eraan doen.",
            ),
            section(
                "Klachtroute",
                "Bent u niet tevreden met ons antwoord of met de afhandeling van uw melding, dan kunt u een "
                "klacht indienen bij de ombudsman: in Vlaanderen bij de Vlaamse Ombudsdienst "
                "(www.vlaamseombudsdienst.be), in Nederland bij de Nationale ombudsman "
                "(www.nationaleombudsman.nl) of de ombudsman van uw gemeente.",
            ),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility",
        "summary": "How accessible Kennisbrug is, how we tested it, what is not right yet and where you can turn.",
        "body": [
            paragraphs(
                "The organisation that runs Kennisbrug wants everyone to be able to use this portal. This "
                "statement follows the model accessibility statement for public-sector websites and covers "
                "every page of Kennisbrug, in Dutch and in English."
            ),
            section(
                "Compliance status",
                "Kennisbrug partially complies with the Web Content Accessibility Guidelines (WCAG) 2.1 at "
                "level AA, the standard in EN 301 549 that applies to public-sector websites. What does not "
                "comply yet is listed below under known issues.",
            ),
            section(
                "Evaluation: date and method",
                f"Last evaluation: {EVALUATION_DATE['en']}. Method: self-assessment. Every page is tested "
                "automatically with axe-core against the WCAG 2.1 A and AA criteria on every change, and "
                "checked by hand with the keyboard alone, at 400% zoom and on a narrow screen. No external "
                "party has audited the site.",
            ),
            section(
                "Known issues",
                "The PDFs of the playbook and the worksheets are tagged (PDF/UA-1) but have not yet been "
                "tested with a screen reader.",
                "The editable templates (DOCX and ODT) have not been checked for accessibility; their content "
                "is also on the portal as a web page.",
                "Videos from other parties that editors embed do not always have subtitles.",
            ),
            section(
                "Reporting a problem",
                "Did you run into a problem? Tell us through the contact address at the bottom of every page. "
                "Name the page and what went wrong. We confirm your report within five working days and tell "
                "you what we will do about it.",
            ),
            section(
                "Complaints",
                "If you are not satisfied with our answer or with how your report was handled, you can "
                "complain to the ombudsman: in Flanders the Flemish Ombudsman (Vlaamse Ombudsdienst, "
                "www.vlaamseombudsdienst.be), in the Netherlands the National Ombudsman (Nationale ombudsman, "
                "www.nationaleombudsman.nl) or your municipality's ombudsman.",
            ),
        ],
    },
}
