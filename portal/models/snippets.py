"""Translatable snippets: the taxonomies every app shares, the menu and the footer.

Taxonomy keys are language-independent (kept identical across translations), so a
filter URL such as ?theme=eenzaamheid means the same on /nl/ and /en/.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from ..localized import rows_in_active_language
from .choices import InstitutionType


class LocalizedQuerySet(models.QuerySet):
    def in_active_locale(self):
        """Rows of the active language, falling back to the default language's (portal.localized)."""
        return rows_in_active_language(self)

    def names_in(self, locale):
        """The name of each row in `locale`: its translation's, or its own where it has none
        (a taxonomy not yet translated). One query; sorted."""
        translated = self.model.objects.filter(
            translation_key=OuterRef("translation_key"), locale=locale
        ).values("name")[:1]
        names = self.annotate(name_in_locale=Coalesce(Subquery(translated), "name"))
        return sorted(names.values_list("name_in_locale", flat=True))


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    key = models.SlugField(
        _("key"),
        max_length=80,
        help_text=_("Language-independent identifier used in filter URLs; never translated."),
    )
    name = models.CharField(_("name"), max_length=120)

    objects = LocalizedQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("key")]
    override_translatable_fields = [SynchronizedField("key"), TranslatableField("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    description = models.TextField(_("description"), blank=True)

    panels = [*Taxonomy.panels, FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class Place(Taxonomy):
    country = models.CharField(
        _("country"), max_length=2, default="NL", help_text=_("ISO country code, e.g. NL or BE.")
    )

    panels = [*Taxonomy.panels, FieldPanel("country")]
    override_translatable_fields = [
        *Taxonomy.override_translatable_fields,
        SynchronizedField("country"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class Institution(Taxonomy):
    kind = models.CharField(_("type"), max_length=20, choices=InstitutionType.choices)

    panels = [*Taxonomy.panels, FieldPanel("kind")]
    override_translatable_fields = [
        *Taxonomy.override_translatable_fields,
        SynchronizedField("kind"),
    ]

    class Meta(Taxonomy.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class OrganisationType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")
        unique_together = [("translation_key", "locale"), ("key", "locale")]


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """The main menu of one language; the site has one per locale."""

    panels = [InlinePanel("items", label=_("menu items"))]

    objects = LocalizedQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return str(_("Main menu ({language})").format(language=self.locale.get_display_name()))


class NavigationItem(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Leave empty to use the page title.")
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    @property
    def title(self):
        return self.label or self.page.title


class Footer(TranslatableMixin, ClusterableModel):
    """Footer text and links of one language."""

    text = RichTextField(_("text"), features=["bold", "italic", "link"], blank=True)

    panels = [FieldPanel("text"), InlinePanel("links", label=_("links"))]

    objects = LocalizedQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})").format(language=self.locale.get_display_name()))


class FooterLink(Orderable):
    footer = ParentalKey(Footer, on_delete=models.CASCADE, related_name="links")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("label"), max_length=60, blank=True)

    panels = [FieldPanel("page"), FieldPanel("label")]

    @property
    def title(self):
        return self.label or self.page.title
