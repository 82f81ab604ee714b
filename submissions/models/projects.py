"""Projects: what a confirmed match becomes, with dated milestones and deliverables."""

import itertools
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .attachments import private_storage
from .matching import Match


class MilestoneKind(models.TextChoices):
    KICK_OFF = "kick_off", _("Kick-off")
    MID_TERM = "mid_term", _("Mid-term contact")
    FINAL = "final", _("Final presentation")


MILESTONE_ORDER = [MilestoneKind.KICK_OFF, MilestoneKind.MID_TERM, MilestoneKind.FINAL]


class Project(models.Model):
    """One per accepted match; the unique match keeps two confirmations to one project."""

    match = models.OneToOneField(Match, on_delete=models.CASCADE, related_name="project")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def __str__(self):
        return str(self.match)


class ProjectRun(models.Model):
    """A period or cohort of a project, with its note to the next group."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="runs")
    period = models.CharField(_("period or cohort"), max_length=100)
    handover_note = models.TextField(_("handover note to the next group"), blank=True)

    class Meta:
        verbose_name = _("project period")
        verbose_name_plural = _("project periods")
        ordering = ["pk"]

    def __str__(self):
        return self.period


class Milestone(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(_("milestone"), max_length=20, choices=MilestoneKind.choices)
    due_on = models.DateField(_("date"))
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on"]
        constraints = [models.UniqueConstraint(fields=["project", "kind"], name="one_milestone_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.due_on}"


def check_milestone_order(dates):
    """`dates`: {kind: date}. Refuses kick-off after mid-term after final presentation."""
    known = [(kind, dates[kind]) for kind in MILESTONE_ORDER if dates.get(kind)]
    for (earlier, first), (later, second) in itertools.pairwise(known):
        if second < first:
            raise ValidationError(
                _("%(later)s cannot come before %(earlier)s.")
                % {"later": MilestoneKind(later).label, "earlier": MilestoneKind(earlier).label}
            )


def deliverable_name(deliverable, filename):
    return f"projects/{uuid.uuid4().hex}.{deliverable.extension}"


class Deliverable(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="deliverables")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), storage=private_storage, upload_to=deliverable_name, max_length=200)
    content_type = models.CharField(_("content type"), max_length=100)
    extension = models.CharField(max_length=8)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def download_name(self):
        """The question's reference, "project", its place among the deliverables and the detected
        type's extension (KB-2026-0012-project-1.pdf): never the uploaded name."""
        earlier = self.project.deliverables.filter(
            models.Q(uploaded_at__lt=self.uploaded_at)
            | models.Q(uploaded_at=self.uploaded_at, pk__lt=self.pk)
        )
        reference = self.project.match.vraagstuk.reference
        return f"{reference}-project-{earlier.count() + 1}.{self.extension}"
