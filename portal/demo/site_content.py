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
from .statements import ACCESSIBILITY_STATEMENT, PRIVACY_STATEMENT

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
    privacy = ensure_page(ctx, home, StandardPage, slug="privacyverklaring", **PRIVACY_STATEMENT)
    accessibility = ensure_page(ctx, home, StandardPage, slug="toegankelijkheid", **ACCESSIBILITY_STATEMENT)
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
            settings.data_protection_contact = "DPO Kennisbrug"
            settings.data_protection_email = "privacy@kennisbrug.example"
            # An example address: the demo portal is nobody's, least of all a city's in the seeds.
            settings.address = "Voorbeeldstraat 1\n1000 Voorbeeldstad"
            settings.save()

    def reset(self, ctx):
        delete_page_trees()
        for model in (NavigationMenu, Footer, Theme, Place, Institution, OrganisationType):
            model.objects.all().delete()
