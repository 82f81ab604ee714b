"""Demo content: the case study library and six case studies from the source documents,
in Dutch and English, written in our own words. The sources hold no photos, so the
cases have none."""

from django.db import transaction

from portal.demo import (
    DemoBuilder,
    add_to_menu,
    ensure_page,
    ensure_snippet,
    ensure_translation,
    register,
    site_home,
)
from portal.models import Institution, OrganisationType, Place, Theme

from .demo_content import CASES
from .models import CaseStudyIndexPage, CaseStudyPage, CaseStudyPartner

EXTRA_ORGANISATION_TYPES = {
    "overheidsagentschap": ("Overheidsagentschap", "Government agency"),
    "sportclub": ("Sportclub", "Sports club"),
    # Partners the sources name by what they are, not by a proper name: their type names them.
    "bibliotheek": ("Bibliotheek", "Library"),
    "school": ("School", "School"),
    "wijkteam": ("Wijkteam van sociale professionals", "Neighbourhood team of social workers"),
}


def ensure_library(ctx):
    return ensure_page(
        ctx,
        site_home(ctx),
        CaseStudyIndexPage,
        slug="praktijkvoorbeelden",
        nl={
            "title": "Praktijkvoorbeelden",
            "summary": (
                "Welke stad deed wat, met welke studenten, en wat leerden ze ervan? Filter op thema, "
                "plaats, type onderwijsinstelling, werkvorm, intensiteit en jaar."
            ),
        },
        en={
            "title": "Case studies",
            "slug": "case-studies",
            "summary": (
                "Which city did what, with which students, and what did they learn? Filter by theme, "
                "place, type of institution, education format, intensity and year."
            ),
        },
        shared={"show_in_menus": True},
    )


def ensure_case(ctx, library, case):
    """The Dutch case study with its relations, then its English translation (wagtail-localize
    synchronises the relations), one transaction each."""
    page = CaseStudyPage.objects.child_of(library).filter(slug=case["slug"]).first()
    if page is None:
        with transaction.atomic():
            page = CaseStudyPage(locale=ctx.nl, slug=case["slug"], **case["shared"], **case["nl"])
            page.place = Place.objects.get(locale=ctx.nl, key=case["place"])
            page.themes = list(Theme.objects.filter(locale=ctx.nl, key__in=case["themes"]))
            page.institutions = list(Institution.objects.filter(locale=ctx.nl, key__in=case["institutions"]))
            page.partners = [
                CaseStudyPartner(
                    name=name, organisation_type=OrganisationType.objects.get(locale=ctx.nl, key=type_key)
                )
                for name, type_key in case["partners"]
            ]
            library.add_child(instance=page)
            page.save_revision().publish()
        ctx.created.append(page)
        ctx.log(f"nl  {page.url_path}")
    ensure_translation(ctx, page, case["en"])
    return page


@register
class CaseStudyDemo(DemoBuilder):
    order = 30
    label = "case studies"

    def build(self, ctx):
        for key, (nl, en) in EXTRA_ORGANISATION_TYPES.items():
            ensure_snippet(ctx, OrganisationType, lookup={"key": key}, nl={"name": nl}, en={"name": en})
        library = ensure_library(ctx)
        add_to_menu(ctx, library)
        for case in CASES:
            ensure_case(ctx, library, case)

    def reset(self, ctx):
        """Remove the libraries first: their partners protect the organisation types we added."""
        for library in CaseStudyIndexPage.objects.all():
            library.delete()
        OrganisationType.objects.filter(key__in=EXTRA_ORGANISATION_TYPES).delete()
