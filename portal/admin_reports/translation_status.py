"""Which translations are missing, not live or older than their source.

For every page and every translatable snippet the source is its version in the
default language (Dutch), or the oldest version when there is no Dutch one. Each
other content language gets one row. A translation is outdated when its last
change is older than the source's last published change.

Everything is read with a fixed number of queries (values() rows joined in
Python), whatever the number of pages: no query per row.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, F, Max, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, Locale, ModelLogEntry, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

MISSING = "missing"
OUTDATED = "outdated"
NOT_LIVE = "not_live"
CURRENT = "current"

# What a translation must catch up with: the published content, or the last draft if never published.
PAGE_LAST_CHANGE = Case(
    When(live=True, last_published_at__isnull=False, then=F("last_published_at")),
    default=Coalesce("latest_revision_created_at", "last_published_at"),
)

STATUS_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
    NOT_LIVE: _("Not live"),
    CURRENT: _("Up to date"),
}
KIND_LABELS = {"page": _("Page"), "snippet": _("Snippet")}


@dataclass(slots=True)
class Version:
    """One language version of a page or snippet, as far as the report needs it."""

    pk: object
    title: str
    locale_id: int
    live: bool
    changed_at: datetime | None  # last published change, else last saved change
    alias_of_id: int | None = None


class PageLinks:
    """Admin URLs of pages, built only for the rows on screen (reverse() is the slow part)."""

    def edit(self, pk):
        return reverse("wagtailadmin_pages:edit", args=[pk])

    def translate(self, pk):
        return reverse("wagtail_localize:submit_page_translation", args=[pk])


class SnippetLinks:
    def __init__(self, model):
        self.opts = model._meta
        self.edit_url_name = model.snippet_viewset.get_url_name("edit")

    def edit(self, pk):
        return reverse(self.edit_url_name, args=[quote(pk)])

    def translate(self, pk):
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[self.opts.app_label, self.opts.model_name, quote(pk)],
        )


@dataclass(slots=True)
class TranslationRow:
    kind: str
    type_name: str
    source: Version
    source_language: str
    target_language: str
    translation: Version | None
    status: str
    links: PageLinks | SnippetLinks
    sync_source_id: int | None  # wagtail-localize's TranslationSource, when it made the translation

    @property
    def title(self):
        return self.source.title

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    @property
    def source_changed_at(self):
        return self.source.changed_at

    @property
    def translation_changed_at(self):
        return self.translation.changed_at if self.translation else None

    @property
    def translation_live(self):
        return bool(self.translation and self.translation.live)

    @property
    def source_edit_url(self):
        return self.links.edit(self.source.pk)

    @property
    def action_url(self):
        if self.status == MISSING:
            return self.links.translate(self.source.pk)
        if self.status == OUTDATED and self.sync_source_id:
            return reverse("wagtail_localize:update_translations", args=[self.sync_source_id])
        return self.links.edit(self.translation.pk)

    @property
    def action_label(self):
        if self.status == MISSING:
            return _("Translate")
        if self.status == OUTDATED and self.sync_source_id:
            return _("Sync translation")
        return _("Edit translation")


def translation_status(translation, source):
    if translation is None:
        return MISSING
    if translation.alias_of_id is not None and translation.alias_of_id == source.pk:
        return CURRENT  # an alias follows its source automatically
    if source.changed_at and translation.changed_at and translation.changed_at < source.changed_at:
        return OUTDATED
    if source.live and not translation.live:
        return NOT_LIVE
    return CURRENT


def pick_source(versions, default_locale_id):
    for version in versions:
        if version.locale_id == default_locale_id:
            return version
    return min(versions, key=lambda version: str(version.pk))


def synced_sources():
    """(translation_key, source locale id) -> TranslationSource id, for "Sync translations"."""
    rows = TranslationSource.objects.values_list("object_id", "locale_id", "id")
    return {(object_id, locale_id): source_id for object_id, locale_id, source_id in rows}


class TranslationReport:
    """Builds the rows; `locales` and the TranslationSource map are read once per report."""

    def __init__(self):
        self.locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
        self.default_locale_id = Locale.get_default().pk
        self.sources = synced_sources()
        self.type_names = {}

    def rows(self):
        return [*self.page_rows(), *self.snippet_rows()]

    def page_rows(self):
        links = PageLinks()
        type_names = {}
        groups = {}
        rows = (
            Page.objects.filter(depth__gt=1)
            .order_by("path")
            .annotate(changed_at=PAGE_LAST_CHANGE)
            .values_list(
                "pk",
                "title",
                "translation_key",
                "locale_id",
                "live",
                "changed_at",
                "alias_of_id",
                "content_type_id",
            )
        )
        for pk, title, key, locale_id, live, changed_at, alias_of_id, content_type_id in rows:
            groups.setdefault(key, []).append(Version(pk, title, locale_id, live, changed_at, alias_of_id))
            type_names[pk] = content_type_id
        for key, versions in groups.items():
            source = pick_source(versions, self.default_locale_id)
            yield from self.rows_for(
                "page", key, versions, source, self.page_type_name(type_names[source.pk]), links
            )

    def page_type_name(self, content_type_id):
        if content_type_id not in self.type_names:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            self.type_names[content_type_id] = capfirst(model._meta.verbose_name) if model else ""
        return self.type_names[content_type_id]

    def snippet_rows(self):
        for model in translatable_snippet_models():
            groups = {}
            for obj, changed_at in snippet_versions(model):
                version = Version(obj.pk, str(obj), obj.locale_id, getattr(obj, "live", True), changed_at)
                groups.setdefault(obj.translation_key, []).append(version)
            links = SnippetLinks(model)
            type_name = capfirst(model._meta.verbose_name)
            for key, versions in groups.items():
                source = pick_source(versions, self.default_locale_id)
                yield from self.rows_for("snippet", key, versions, source, type_name, links)

    def rows_for(self, kind, key, versions, source, type_name, links):
        by_locale = {version.locale_id: version for version in versions}
        sync_source_id = self.sources.get((key, source.locale_id))
        for locale_id, language in self.locales.items():
            if locale_id == source.locale_id:
                continue
            translation = by_locale.get(locale_id)
            yield TranslationRow(
                kind=kind,
                type_name=type_name,
                source=source,
                source_language=self.locales[source.locale_id],
                target_language=language,
                translation=translation,
                status=translation_status(translation, source),
                links=links,
                sync_source_id=sync_source_id,
            )


def last_change(live, last_published_at, latest_revision_created_at):
    """PAGE_LAST_CHANGE for snippets, computed in Python."""
    if live and last_published_at:
        return last_published_at
    return latest_revision_created_at or last_published_at


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def snippet_versions(model):
    """(instance, last change) for every row of a translatable snippet model, in two queries.

    Snippets with revisions know their last change; for the others Wagtail's audit
    log (create/edit/publish entries) does; rows made outside the admin have neither.
    """
    queryset = model.objects.select_related("locale")
    if issubclass(model, RevisionMixin):
        queryset = queryset.select_related("latest_revision")
        for obj in queryset:
            published = (
                getattr(obj, "last_published_at", None) if issubclass(model, DraftStateMixin) else None
            )
            revision = obj.latest_revision.created_at if obj.latest_revision_id else None
            yield obj, last_change(getattr(obj, "live", True), published, revision)
        return
    logged = dict(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            action__in=["wagtail.create", "wagtail.edit", "wagtail.publish"],
        )
        .values("object_id")
        .annotate(changed_at=Max("timestamp"))
        .values_list("object_id", "changed_at")
    )
    for obj in queryset:
        yield obj, logged.get(str(obj.pk))
