"""What the detail page shows besides its own fields: names in the reader's language,
partners, the pages elsewhere on the site that refer to the case, related cases and structured
data.

Three queries in all (partners, facts, related cases), whatever the number of cases in the
library, and one for each app that answers portal's page references. Relations are read
through their managers, so a preview shows its draft's themes and partners, and the public
page the published ones.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import CharField, F, IntegerField, Q, Value
from django.db.models.functions import Cast, Coalesce
from django.utils.functional import cached_property
from django.utils.translation import get_language

from portal.localized import fallback_languages
from portal.models import Institution, InstitutionType, OrganisationType, Place, Theme
from portal.page_references import page_references
from portal.public import public_pages

RELATED_COUNT = 3


@dataclass
class Fact:
    """One row of the facts panel: a taxonomy term or a partner, named in the reader's language."""

    kind: str
    key: str
    name: str
    language: str
    extra: str  # a place's country, an institution's type, a partner's organisation type
    position: int

    @property
    def kind_label(self):
        return InstitutionType(self.extra).label if self.kind == "institution" else ""


def partner_fact(partner, kinds, language, position):
    """A named partner with its type as a note; an unnamed one (residents, a library) by its type
    alone, so no Dutch description reaches an English page."""
    kind = kinds.get(partner.organisation_type.key, "")
    if partner.name:
        return Fact("partner", partner.name, partner.name, language, kind, position)
    return Fact("partner", partner.organisation_type.key, kind, language, "", position)


def fact_rows(kind, queryset, *, key, name, language, extra=None, position=None):
    """One part of the facts query; every part has the same columns in the same order."""
    extra = Value("") if extra is None else extra
    position = Value(0) if position is None else Coalesce(position, Value(0))
    return (
        queryset.order_by()
        .annotate(
            fact_kind=Value(kind, output_field=CharField()),
            fact_key=Cast(key, CharField()),
            fact_name=Cast(name, CharField()),
            fact_language=Cast(language, CharField()),
            fact_extra=Cast(extra, CharField()),
            fact_position=Cast(position, IntegerField()),
        )
        .values_list("fact_kind", "fact_key", "fact_name", "fact_language", "fact_extra", "fact_position")
    )


class CaseStudyDetail:
    def __init__(self, page, request):
        self.page = page
        self.request = request

    @property
    def library_url(self):
        """The listing's address: a case study is always a direct child of the library page."""
        return self.page.get_url(self.request).rstrip("/").rsplit("/", 1)[0] + "/"

    @cached_property
    def facts(self):
        """Themes, place, institutions and partners' kinds named in ONE query (a UNION ALL).

        Taxonomy rows come in the active language and in Dutch; the active language wins.
        """
        page = self.page
        languages = fallback_languages()
        partners = list(page.partners.select_related("organisation_type").order_by("sort_order"))

        def taxonomy(model, keys, extra=None):
            rows = model.objects.filter(key__in=keys, locale__language_code__in=languages)
            return fact_rows(
                model._meta.model_name, rows, key=F("key"), name=F("name"), language=F("locale__language_code"),
                extra=extra,
            )  # fmt: skip

        query = taxonomy(Theme, page.themes.values_list("key", flat=True)).union(
            taxonomy(Place, Place.objects.filter(pk=page.place_id).values("key"), extra=F("country")),
            taxonomy(Institution, page.institutions.values_list("key", flat=True), extra=F("kind")),
            taxonomy(OrganisationType, [partner.organisation_type.key for partner in partners]),
            all=True,
        )
        best = {}
        for row in query:
            fact = Fact(*row)
            if (fact.kind, fact.key) not in best or fact.language == languages[-1]:
                best[(fact.kind, fact.key)] = fact
        facts = {}
        for fact in best.values():
            if fact.kind != "organisationtype":
                facts.setdefault(fact.kind, []).append(fact)
        for rows in facts.values():
            rows.sort(key=lambda row: row.name.casefold())
        kinds = {key: fact.name for (kind, key), fact in best.items() if kind == "organisationtype"}
        facts["partner"] = [
            partner_fact(partner, kinds, languages[-1], position) for position, partner in enumerate(partners)
        ]
        return facts

    @property
    def themes(self):
        return self.facts.get("theme", [])

    @property
    def place(self):
        places = self.facts.get("place", [])
        return places[0] if places else None

    @property
    def institutions(self):
        return self.facts.get("institution", [])

    @property
    def partners(self):
        return self.facts.get("partner", [])

    @cached_property
    def references(self):
        """Groups of public pages, in the reader's language, that refer to this case (the
        draaiboek's chapters it illustrates), each with its heading: apps that own such links
        answer portal's page references, so this app need not know them."""
        return page_references(self.page)

    @cached_property
    def related(self):
        """Other cases of this language with a theme or the place in common, newest first.

        Ids with a shared theme come from the themes table (no join, so no DISTINCT), and
        the index on start_date lets PostgreSQL walk cases newest first and stop at three.
        """
        page = self.page
        theme_cases = (
            type(page)
            .themes.through.objects.filter(theme__key__in=page.themes.values_list("key", flat=True))
            .values("casestudypage_id")
        )
        shared = Q(pk__in=theme_cases)
        if page.place_id:
            shared |= Q(place_id=page.place_id)
        return list(
            public_pages(type(page).objects.all())
            .filter(shared)
            .exclude(pk=page.pk)
            .order_by("-start_date", "-first_published_at")[:RELATED_COUNT]
        )

    @cached_property
    def share_image_url(self):
        """The hero image as a 1200x630 rendition for Open Graph and JSON-LD, if there is one."""
        if not self.page.hero_image_id:
            return None
        return self.request.build_absolute_uri(self.page.hero_image.get_rendition("fill-1200x630").url)

    @cached_property
    def structured_data(self):
        """schema.org Article for search engines and link previews."""
        page = self.page
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": page.title,
            "description": page.summary,
            "inLanguage": get_language(),
            "url": page.get_full_url(self.request),
            "mainEntityOfPage": page.get_full_url(self.request),
            "datePublished": page.first_published_at,
            "dateModified": page.last_published_at or page.first_published_at,
            "about": [theme.name for theme in self.themes],
            "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
        }
        if self.place:
            data["contentLocation"] = {"@type": "Place", "name": self.place.name}
        if self.share_image_url:
            data["image"] = self.share_image_url
        if page.contact_name:
            data["author"] = {"@type": "Person", "name": page.contact_name}
        return data
