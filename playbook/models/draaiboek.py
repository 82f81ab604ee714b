"""The draaiboek: an index page with chapters in the order editors give them in the page tree."""

import math
from itertools import groupby

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from playbook.blocks import GuidanceBlock
from portal.models import BasePage
from portal.public import public_pages

from .case_study_links import IllustratedByCaseStudies
from .pdf_download import PdfDownloadMixin
from .template_download import TemplateDownloadMixin

WORDS_PER_MINUTE = 200


class ChapterSection(models.TextChoices):
    LEGAL = "legal", _("Legal")
    ORGANISATIONAL = "organisational", _("Organisational")
    PRACTICAL = "practical", _("Practical")


class PlaybookIndexPage(PdfDownloadMixin, BasePage):
    """The draaiboek itself: its chapters, grouped by section, form the table of contents."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Who the playbook is for and how to use it; also printed on the PDF's cover."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["playbook.PlaybookChapterPage"]
    max_count_per_parent = 1

    pdf_template = "playbook/pdf/draaiboek.html"

    class Meta:
        verbose_name = _("playbook")

    @cached_property
    def chapters(self):
        """Public chapters in the order editors set in the page tree."""
        return list(
            public_pages(PlaybookChapterPage.objects.child_of(self), any_language=True).order_by("path")
        )

    @property
    def sections(self):
        """Consecutive runs of chapters of one section, so the contents never reorder chapters."""
        return [
            {"section": ChapterSection(key), "chapters": list(chapters)}
            for key, chapters in groupby(self.chapters, key=lambda chapter: chapter.section)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections
        return context

    @property
    def version_published_at(self):
        """When the playbook last changed: the latest publication of the index or a public chapter.
        The PDF names this version, so a PDF kept in the cache never claims a later date."""
        moments = [page.last_published_at for page in [self, *self.chapters] if page.last_published_at]
        return max(moments, default=None)

    def get_pdf_context(self, request):
        return {"page": self, "sections": self.sections, "chapters": self.chapters}


class PlaybookChapterPage(IllustratedByCaseStudies, TemplateDownloadMixin, PdfDownloadMixin, BasePage):
    section = models.CharField(
        _("section"),
        max_length=20,
        choices=ChapterSection.choices,
        help_text=_("Legal, organisational or practical; chapters of a section are listed together."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        help_text=_("When an editor last checked that this advice still holds."),
    )
    body = StreamField(
        GuidanceBlock(),
        verbose_name=_("body"),
        help_text=_("The guidance itself: text, tips, pitfalls, checklists, examples and downloads."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("section"), FieldPanel("last_reviewed")], heading=_("Chapter")),
        FieldPanel("body"),
        InlinePanel(
            "case_study_links", heading=_("Case studies that illustrate this"), label=_("case study")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("section_name"),
        index.FilterField("section"),
    ]
    override_translatable_fields = [
        SynchronizedField("section"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("case_study_links"),
    ]

    parent_page_types = ["playbook.PlaybookIndexPage"]
    subpage_types = []

    pdf_template = "playbook/pdf/chapter.html"

    class Meta:
        verbose_name = _("playbook chapter")
        verbose_name_plural = _("playbook chapters")

    @property
    def section_label(self):
        return ChapterSection(self.section).label if self.section else ""

    def section_name(self):
        """The section's name in the page's own language, for the search index: "legal" finds
        the English legal chapters, "juridisch" the Dutch ones."""
        with translation.override(self.locale.language_code):
            return str(self.section_label)

    @cached_property
    def reading_minutes(self):
        texts = [self.summary, *self.body.stream_block.get_searchable_content(self.body)]
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @cached_property
    def table_of_contents(self):
        """Anchors and titles of the body's headed text sections."""
        return [
            {"anchor": f"section-{block.id}", "title": block.value["heading"]}
            for block in self.body
            if block.block_type == "text" and block.value["heading"]
        ]

    @cached_property
    def neighbours(self):
        """(previous, next) public chapter beside this one, fetched in one query."""
        siblings = public_pages(
            PlaybookChapterPage.objects.sibling_of(self, inclusive=False), any_language=True
        )
        previous_pk = siblings.filter(path__lt=self.path).order_by("-path").values("pk")[:1]
        next_pk = siblings.filter(path__gt=self.path).order_by("path").values("pk")[:1]
        found = PlaybookChapterPage.objects.filter(Q(pk__in=previous_pk) | Q(pk__in=next_pk))
        previous = following = None
        for chapter in found:
            if chapter.path < self.path:
                previous = chapter
            else:
                following = chapter
        return previous, following

    @property
    def previous_chapter(self):
        return self.neighbours[0]

    @property
    def next_chapter(self):
        return self.neighbours[1]
