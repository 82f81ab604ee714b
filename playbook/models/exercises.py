"""Reflection exercises: worksheets teachers use in class, on screen and on paper."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from playbook.blocks import ReflectionQuestionsBlock
from portal.models import BasePage
from portal.public import public_in_active_language, public_pages

from .case_study_links import IllustratedByCaseStudies
from .draaiboek import PlaybookChapterPage
from .pdf_download import PdfDownloadMixin


class Audience(models.TextChoices):
    TEACHER = "teacher", _("Teachers")
    STUDENT = "student", _("Students")
    PARTNER = "partner", _("Partners")


class ReflectionExerciseIndexPage(BasePage):
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("How teachers can use these exercises."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    override_translatable_fields = [TranslatableField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["playbook.ReflectionExercisePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("reflection exercise index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["exercises"] = public_pages(
            ReflectionExercisePage.objects.child_of(self), any_language=True
        ).order_by("path")
        return context


class ReflectionExercisePage(IllustratedByCaseStudies, PdfDownloadMixin, BasePage):
    purpose = models.TextField(
        _("purpose"), help_text=_("What participants gain from this exercise, in one or two sentences.")
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, help_text=_("Who fills in this worksheet.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"), help_text=_("Time to plan in class, including the discussion.")
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("smallest group"), default=1, help_text=_("Fewest participants per group; 1 for individual work.")
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("largest group"), default=1, help_text=_("Most participants per group.")
    )
    figure = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("figure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional model or diagram, such as the transformational-partnership model."),
    )
    figure_alt_text = models.CharField(
        _("figure: alternative text"),
        max_length=400,
        blank=True,
        help_text=_("What the figure shows, for people who cannot see it. Required with a figure."),
    )
    figure_caption = models.CharField(
        _("figure: caption"),
        max_length=250,
        blank=True,
        help_text=_("Shown under the figure, e.g. its source."),
    )
    questions = StreamField(
        ReflectionQuestionsBlock(),
        verbose_name=_("questions"),
        help_text=_(
            "Numbered questions, each with optional sub-questions; readers answer them on screen or on paper."
        ),
    )
    facilitation_notes = RichTextField(
        _("facilitation notes"),
        features=["bold", "italic", "ol", "ul", "link"],
        blank=True,
        help_text=_("How to run the exercise: preparation, timing, how to close the discussion."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("duration_minutes"),
                FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")]),
            ],
            heading=_("Practicalities"),
        ),
        MultiFieldPanel(
            [FieldPanel("figure"), FieldPanel("figure_alt_text"), FieldPanel("figure_caption")],
            heading=_("Figure"),
        ),
        FieldPanel("questions"),
        FieldPanel("facilitation_notes"),
        InlinePanel("chapter_links", label=_("Playbook chapters this exercise belongs with")),
        InlinePanel(
            "case_study_links", heading=_("Case studies that illustrate this"), label=_("case study")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("purpose"),
        index.SearchField("questions"),
        index.SearchField("facilitation_notes"),
        index.SearchField("audience_name"),
        index.FilterField("audience"),
    ]
    override_translatable_fields = [
        SynchronizedField("audience"),
        SynchronizedField("duration_minutes"),
        SynchronizedField("group_size_min"),
        SynchronizedField("group_size_max"),
        # A figure with words in it is replaced by one in the other language.
        SynchronizedField("figure", overridable=True),
        TranslatableField("figure_alt_text"),
        TranslatableField("figure_caption"),
        SynchronizedField("case_study_links"),
    ]

    parent_page_types = ["playbook.ReflectionExerciseIndexPage"]
    subpage_types = []

    pdf_template = "playbook/pdf/exercise.html"

    class Meta:
        verbose_name = _("reflection exercise")
        verbose_name_plural = _("reflection exercises")

    def clean(self):
        super().clean()
        if self.figure_id and not self.figure_alt_text.strip():
            raise ValidationError({"figure_alt_text": _("Describe the figure for people who cannot see it.")})
        if self.group_size_max < self.group_size_min:
            raise ValidationError(
                {"group_size_max": _("The largest group cannot be smaller than the smallest.")}
            )

    @property
    def audience_label(self):
        return Audience(self.audience).label if self.audience else ""

    def audience_name(self):
        """Who the exercise is for, in the page's own language, for the search index."""
        with translation.override(self.locale.language_code):
            return str(self.audience_label)

    @property
    def answers_storage_key(self):
        """Where the browser keeps this page's answers: one entry per page and language."""
        return f"kennisbrug:answers:{self.pk}:{self.locale.language_code}"

    @property
    def chapters(self):
        """The linked chapters in the visitor's language, public ones only, in the editor's order.

        Read through `chapter_links.all()`, so a preview shows the links of its draft and the
        public page those of the published page."""
        linked = [link.chapter_id for link in self.chapter_links.all()]
        keys = dict(PlaybookChapterPage.objects.filter(pk__in=linked).values_list("pk", "translation_key"))
        order = {keys[pk]: position for position, pk in reversed(list(enumerate(linked))) if pk in keys}
        chapters = public_in_active_language(PlaybookChapterPage.objects.filter(pk__in=linked))
        return sorted(chapters, key=lambda chapter: order[chapter.translation_key])


class ReflectionExerciseChapter(Orderable):
    exercise = ParentalKey(ReflectionExercisePage, on_delete=models.CASCADE, related_name="chapter_links")
    chapter = models.ForeignKey(
        "playbook.PlaybookChapterPage",
        verbose_name=_("chapter"),
        on_delete=models.CASCADE,
        related_name="exercise_links",
    )

    panels = [FieldPanel("chapter")]

    class Meta(Orderable.Meta):
        verbose_name = _("chapter link")
