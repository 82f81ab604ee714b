"""Portal's own demo content: taxonomies from the source documents, the home page,
about, privacy and accessibility statements, menu, footer and site settings."""

from wagtail.models import Page, Site

from portal.models import (
    Footer,
    FooterLink,
    HomePage,
    Institution,
    InstitutionType,
    NavigationMenu,
    OrganisationType,
    Place,
    SiteSettings,
    StandardPage,
    Theme,
)

from .registry import (
    DemoBuilder,
    add_to_menu,
    delete_page_trees,
    ensure_page,
    ensure_snippet,
    ensure_translation,
    paragraphs,
    register,
    section,
)

# key: (Dutch name, English name)
THEMES = {
    "eenzaamheid": ("Eenzaamheid", "Loneliness"),
    "vergrijzing": ("Vergrijzing", "Ageing"),
    "duurzaamheid": ("Duurzaamheid", "Sustainability"),
    "corona": ("Sociale impact van corona", "Social impact of COVID-19"),
    "laaggeletterdheid": ("Laaggeletterdheid", "Low literacy"),
    "winkelbeleving": ("Winkelbeleving en lokale economie", "Shopping and the local economy"),
    "onderwijskansen": ("Gelijke onderwijskansen", "Equal opportunities in education"),
    "diversiteit": ("Diversiteit en inclusie", "Diversity and inclusion"),
    "zorg-welzijn": ("Zorg, welzijn en eHealth", "Care, wellbeing and eHealth"),
    "veiligheid": ("Veiligheid", "Safety"),
    "wijkontwikkeling": ("Buurt en wijkontwikkeling", "Neighbourhood development"),
    "studenten-stad": ("Studenten en de stad", "Students and the city"),
}

# key: (Dutch name, English name, country)
PLACES = {
    "leuven": ("Leuven", "Leuven", "BE"),
    "leiden": ("Leiden", "Leiden", "NL"),
    "gent": ("Gent", "Ghent", "BE"),
    "brussel": ("Brussel", "Brussels", "BE"),
    "amsterdam": ("Amsterdam", "Amsterdam", "NL"),
}

# key: (name, type); institution names are proper names, the same in both languages
INSTITUTIONS = {
    "ku-leuven": ("KU Leuven", InstitutionType.UNIVERSITY),
    "ucll": ("UC Leuven-Limburg (UCLL)", InstitutionType.HOGESCHOOL),
    "vti-leuven": ("Vrij Technisch Instituut Leuven (VTI)", InstitutionType.SECONDARY),
    "universiteit-leiden": ("Universiteit Leiden", InstitutionType.UNIVERSITY),
    "hogeschool-leiden": ("Hogeschool Leiden", InstitutionType.HOGESCHOOL),
    "mborijnland": ("mboRijnland", InstitutionType.MBO),
    "arteveldehogeschool": ("Arteveldehogeschool", InstitutionType.HOGESCHOOL),
    "ugent": ("Universiteit Gent", InstitutionType.UNIVERSITY),
}

ORGANISATION_TYPES = {
    "gemeente": ("Gemeente of stad", "Municipality or city"),
    "maatschappelijke-organisatie": ("Maatschappelijke organisatie", "Non-profit organisation"),
    "bewonersgroep": ("Bewonersgroep of buurtinitiatief", "Residents' group"),
    "welzijnsorganisatie": ("Zorg- of welzijnsorganisatie", "Care or welfare organisation"),
    "onderwijsinstelling": ("Onderwijsinstelling", "Educational institution"),
    "studentenvereniging": ("Studentenvereniging", "Student association"),
    "bedrijf": ("Bedrijf of ondernemersvereniging", "Business or traders' association"),
}


def build_taxonomies(ctx):
    for key, (nl, en) in THEMES.items():
        ensure_snippet(ctx, Theme, lookup={"key": key}, nl={"name": nl}, en={"name": en})
    for key, (nl, en, country) in PLACES.items():
        ensure_snippet(
            ctx, Place, lookup={"key": key}, nl={"name": nl}, en={"name": en}, shared={"country": country}
        )
    for key, (name, kind) in INSTITUTIONS.items():
        ensure_snippet(ctx, Institution, lookup={"key": key}, nl={"name": name}, shared={"kind": kind})
    for key, (nl, en) in ORGANISATION_TYPES.items():
        ensure_snippet(ctx, OrganisationType, lookup={"key": key}, nl={"name": nl}, en={"name": en})
    ctx.log(
        f"taxonomies: {Theme.objects.count()} themes, {Place.objects.count()} places, "
        f"{Institution.objects.count()} institutions, {OrganisationType.objects.count()} organisation types"
    )


def build_home(ctx):
    """Replace Wagtail's placeholder welcome page with the Dutch home page and serve it."""
    site = Site.objects.filter(is_default_site=True).first()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=ctx.nl).first()
    if home is None:
        home = HomePage(
            title="Kennisbrug",
            slug="home-nl",
            locale=ctx.nl,
            summary=(
                "Praktijkvoorbeelden, een draaiboek en reflectie-oefeningen voor steden, scholen "
                "en hogeronderwijsinstellingen die samen aan vraagstukken uit de stad werken. "
                "En een kenniswinkel waar u uw eigen vraagstuk kunt indienen."
            ),
            body=[
                section(
                    "Leren met en voor de stad",
                    "Studenten, docenten en onderzoekers kijken met een frisse blik naar wat een stad "
                    "bezighoudt. Kennisbrug bundelt wat steden als Leuven en Leiden daarbij leerden: "
                    "wat werkte, wat tegenviel en hoe u zelf begint.",
                ),
            ],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        ctx.log("nl  home page")
    if site is None:
        site = Site.objects.create(
            hostname="127.0.0.1", port=8000, root_page=home, is_default_site=True, site_name="Kennisbrug"
        )
    elif site.root_page_id != home.id:
        placeholder = site.root_page
        # Wagtail's placeholder site answers on localhost:80; the quick start serves 127.0.0.1:8000.
        site.root_page, site.site_name, site.hostname, site.port = home, "Kennisbrug", "127.0.0.1", 8000
        site.save()
        if not isinstance(placeholder.specific, HomePage):
            placeholder.delete()
    ensure_translation(
        ctx,
        home,
        {
            "title": "Kennisbrug",
            "slug": "home-en",
            "summary": (
                "Case studies, a playbook and reflection exercises for cities, schools and universities "
                "that work together on questions from the city. And a science shop where you can "
                "submit a question of your own."
            ),
            "body": [
                section(
                    "Learning with and for the city",
                    "Students, teachers and researchers bring a fresh view to what occupies a city. "
                    "Kennisbrug brings together what cities such as Leuven and Leiden learned along the way: "
                    "what worked, what did not and how to get started yourself.",
                ),
            ],
        },
    )
    return home


def build_standard_pages(ctx, home):
    about = ensure_page(
        ctx,
        home,
        StandardPage,
        slug="over-ons",
        nl={
            "title": "Over Kennisbrug",
            "summary": "Kennisbrug verbindt vraagstukken uit de stad met het onderwijs en deelt wat dat oplevert.",
            "body": [
                paragraphs(
                    "Kennisbrug is een open-source kennisportaal en kenniswinkel. Gemeenten, "
                    "maatschappelijke organisaties en bewonersgroepen dienen hier een vraagstuk in; "
                    "wij zoeken er een passende plek voor in het onderwijs: een opdracht in een vak, "
                    "een stage, een scriptie of een minor.",
                    "Wat daaruit voortkomt, delen we als praktijkvoorbeeld. Zo leren andere steden en "
                    "scholen van elk project, en groeit er een kenniscyclus tussen stad en onderwijs.",
                ),
                section(
                    "Waarom een brug?",
                    "Studenten zijn met velen in een studentenstad, maar voelen zich vaak weinig "
                    "betrokken bij wat er in die stad speelt. Tegelijk zoeken steden nieuwe ideeën. "
                    "Een vaste brugfiguur brengt beide kanten samen en bewaakt dat het leren van de "
                    "student voorop blijft staan.",
                ),
            ],
        },
        en={
            "title": "About Kennisbrug",
            "slug": "about",
            "summary": "Kennisbrug links questions from the city with education and shares what comes of it.",
            "body": [
                paragraphs(
                    "Kennisbrug is an open-source knowledge portal and science shop. Municipalities, "
                    "non-profit organisations and residents' groups submit a question here; we look for "
                    "a place for it in education: a course assignment, an internship, a thesis or a minor.",
                    "What comes out of it is shared as a case study. Other cities and schools learn from "
                    "every project, and a knowledge cycle grows between the city and its schools.",
                ),
                section(
                    "Why a bridge?",
                    "A student city has many students, yet they often feel little connection with what "
                    "goes on in that city. Cities, meanwhile, look for new ideas. A dedicated go-between "
                    "brings both sides together and makes sure the student's learning comes first.",
                ),
            ],
        },
    )
    privacy = ensure_page(
        ctx,
        home,
        StandardPage,
        slug="privacyverklaring",
        nl={
            "title": "Privacyverklaring",
            "summary": "Welke gegevens Kennisbrug bewaart, waarom, hoe lang en welke rechten u hebt.",
            "body": [
                section(
                    "Bezoekers",
                    "Wie Kennisbrug leest, wordt niet gevolgd. We plaatsen geen cookies bij het lezen "
                    "van pagina's, gebruiken geen statistiekdiensten en laden niets van andere partijen: "
                    "geen lettertypes, geen kaarten, geen video's zonder dat u erop klikt.",
                ),
                section(
                    "Wie een vraagstuk indient",
                    "Als u een vraagstuk indient, bewaren we uw organisatie, naam, e-mailadres, "
                    "eventueel telefoonnummer, uw vraag en de bijlagen. We gebruiken die gegevens "
                    "alleen om uw vraag te behandelen en u op de hoogte te houden. U geeft apart "
                    "toestemming om gecontacteerd te worden, om de vraag te publiceren en om genoemd "
                    "te worden in een later praktijkvoorbeeld; we bewaren welke tekst u zag en wanneer "
                    "u toestemming gaf.",
                    "Persoonsgegevens van afgesloten vraagstukken worden na 24 maanden geanonimiseerd. "
                    "U kunt op elk moment inzage, correctie of verwijdering vragen via het contactadres "
                    "onderaan deze pagina.",
                ),
            ],
        },
        en={
            "title": "Privacy statement",
            "slug": "privacy",
            "summary": "Which data Kennisbrug keeps, why, for how long and what your rights are.",
            "body": [
                section(
                    "Visitors",
                    "Reading Kennisbrug is not tracked. We set no cookies when you read pages, use no "
                    "analytics services and load nothing from other parties: no fonts, no maps, no "
                    "videos unless you click on them.",
                ),
                section(
                    "People who submit a question",
                    "When you submit a question, we keep your organisation, name, e-mail address, "
                    "phone number if you give one, your question and its attachments. We use them only "
                    "to handle your question and to keep you informed. You consent separately to being "
                    "contacted, to publication of the question and to being named in a later case "
                    "study; we keep which text you saw and when you consented.",
                    "Personal data of closed questions is anonymised after 24 months. You can ask to "
                    "see, correct or erase your data at any time through the contact address at the "
                    "bottom of this page.",
                ),
            ],
        },
    )
    accessibility = ensure_page(
        ctx,
        home,
        StandardPage,
        slug="toegankelijkheid",
        nl={
            "title": "Toegankelijkheidsverklaring",
            "summary": "Kennisbrug wil voor iedereen bruikbaar zijn en volgt WCAG 2.1 niveau AA.",
            "body": [
                paragraphs(
                    "Kennisbrug is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.1 "
                    "op niveau AA, de norm uit EN 301 549 die voor overheidswebsites geldt. Elke pagina "
                    "is met het toetsenbord te bedienen, werkt bij 400% vergroting en op een smal scherm, "
                    "en wordt bij elke wijziging automatisch getest met axe-core.",
                    "Loopt u toch ergens tegenaan? Laat het ons weten via het contactadres onderaan de "
                    "pagina. We antwoorden binnen vijf werkdagen.",
                ),
            ],
        },
        en={
            "title": "Accessibility statement",
            "slug": "accessibility",
            "summary": "Kennisbrug aims to be usable by everyone and follows WCAG 2.1 level AA.",
            "body": [
                paragraphs(
                    "Kennisbrug is built to the Web Content Accessibility Guidelines (WCAG) 2.1 at level "
                    "AA, the standard in EN 301 549 that applies to public-sector websites. Every page "
                    "works with the keyboard alone, at 400% zoom and on a narrow screen, and is tested "
                    "automatically with axe-core on every change.",
                    "Did you run into a problem anyway? Tell us through the contact address at the bottom "
                    "of the page. We reply within five working days.",
                ),
            ],
        },
    )
    return about, privacy, accessibility


def build_menu_and_footer(ctx, about, privacy, accessibility):
    """One menu and one footer in Dutch, each with its English translation; their links point
    at the Dutch pages and show each page in the visitor's language."""
    dutch_menu, _ = NavigationMenu.objects.get_or_create(locale=ctx.nl)
    dutch_footer = Footer.objects.filter(locale=ctx.nl).first()
    if dutch_footer is None:
        dutch_footer = Footer(
            locale=ctx.nl,
            text="<p>Kennisbrug verbindt vragen uit de stad met het onderwijs.</p>",
            links=[
                FooterLink(page=page, sort_order=order)
                for order, page in enumerate((about, privacy, accessibility))
            ],
        )
        dutch_footer.save()
        ctx.created.append(dutch_footer)
    ensure_translation(ctx, dutch_menu, {})
    ensure_translation(
        ctx, dutch_footer, {"text": "<p>Kennisbrug links questions from the city with education.</p>"}
    )
    add_to_menu(ctx, about)


@register
class SiteDemo(DemoBuilder):
    order = 10
    label = "site"

    def build(self, ctx):
        build_taxonomies(ctx)
        home = build_home(ctx)
        about, privacy, accessibility = build_standard_pages(ctx, home)
        build_menu_and_footer(ctx, about, privacy, accessibility)
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if not settings.address:
            settings.organisation_name = "Kennisbrug"
            settings.contact_email = "kenniswinkel@kennisbrug.example"
            settings.address = "Stadhuis, Grote Markt 9\n3000 Leuven"
            settings.save()

    def reset(self, ctx):
        delete_page_trees()
        for model in (NavigationMenu, Footer, Theme, Place, Institution, OrganisationType):
            model.objects.all().delete()
