"""Case studies that illustrate a draaiboek chapter or a reflection exercise.

The draaiboek owns these links and imports casestudies for them: the one dependency between
the two apps, in one direction (.importlinter). A case study's page learns which chapters and
exercises it illustrates through portal's page references (portal.page_references), which
playbook's wagtail_hooks answers; casestudies itself knows nothing of the draaiboek.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable, Page

from modelcluster.fields import ParentalKey

from casestudies.models import CaseStudyPage
from portal.public import public_in_active_language


class CaseStudyLink(Orderable):
    case_study = models.ForeignKey(
        CaseStudyPage,
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        # No accessor on CaseStudyPage: the case-study side does not know these links.
        related_name="+",
    )

    panels = [PageChooserPanel("case_study")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("case study that illustrates this")
        verbose_name_plural = _("case studies that illustrate this")


class ChapterCaseStudy(CaseStudyLink):
    page = ParentalKey(
        "playbook.PlaybookChapterPage", on_delete=models.CASCADE, related_name="case_study_links"
    )


class ExerciseCaseStudy(CaseStudyLink):
    page = ParentalKey(
        "playbook.ReflectionExercisePage", on_delete=models.CASCADE, related_name="case_study_links"
    )


class IllustratedByCaseStudies:
    """For a page with `case_study_links`: lists its cases in the reader's language and keeps a
    translation's links on the cases of its own language."""

    @property
    def case_studies(self):
        """Public case studies, in the reader's language, that illustrate this page.

        Read through `case_study_links.all()`, so a preview shows the links of its draft and the
        public page those of the published page."""
        linked = [link.case_study_id for link in self.case_study_links.all()]
        cases = public_in_active_language(CaseStudyPage.objects.filter(pk__in=linked))
        return sorted(cases, key=lambda case_study: case_study.title)

    def save(self, *args, **kwargs):
        self.point_case_study_links_at_own_language()
        return super().save(*args, **kwargs)

    def point_case_study_links_at_own_language(self):
        """A translation copies its links to the source language's cases (wagtail-localize
        synchronises them); use this language's case where it exists."""
        links = [link for link in self.case_study_links.all() if link.case_study.locale_id != self.locale_id]
        if not links:
            return
        translations = {
            case.translation_key: case
            for case in CaseStudyPage.objects.filter(
                translation_key__in=[link.case_study.translation_key for link in links],
                locale_id=self.locale_id,
            )
        }
        for link in links:
            link.case_study = translations.get(link.case_study.translation_key, link.case_study)


def pages_illustrated_by(case_study):
    """The public chapters and exercises, in the reader's language, that `case_study` or a
    translation of it illustrates, by title; one query."""
    linked = Q(case_study__translation_key=case_study.translation_key)
    pages = Page.objects.filter(
        Q(pk__in=ChapterCaseStudy.objects.filter(linked).values("page_id"))
        | Q(pk__in=ExerciseCaseStudy.objects.filter(linked).values("page_id"))
    )
    return sorted(public_in_active_language(pages), key=lambda page: page.title)
