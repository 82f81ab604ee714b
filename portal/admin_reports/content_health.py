"""What needs an editor's attention: missing summaries and descriptions, images without
alternative text, links to pages that are gone or unpublished, chapters not reviewed
for a year.

Page types are discovered, never imported: a page model with a `summary` field gets
the summary check, one with a `last_reviewed` date the review check. A fixed number
of queries per page type, none per page.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, get_page_models

NO_SUMMARY = "no_summary"
NO_DESCRIPTION = "no_description"
NO_ALT_TEXT = "no_alt_text"
BROKEN_LINK = "broken_link"
REVIEW_DUE = "review_due"

ISSUE_LABELS = {
    NO_SUMMARY: _("No summary"),
    NO_DESCRIPTION: _("No summary or search description"),
    NO_ALT_TEXT: _("Image without alternative text"),
    BROKEN_LINK: _("Link to a deleted or unpublished page"),
    REVIEW_DUE: _("Not reviewed for more than 12 months"),
}
REVIEW_INTERVAL = timedelta(days=365)
SUMMARY_FIELD = "summary"
REVIEW_FIELD = "last_reviewed"


@dataclass(slots=True)
class HealthIssue:
    issue: str
    title: str
    type_name: str
    edit_url: str
    detail: str = ""

    @property
    def issue_label(self):
        return ISSUE_LABELS[self.issue]


def page_models_with_field(name):
    """Concrete page types that declare (or inherit) a field called `name`."""
    found = []
    for model in get_page_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        found.append(model)
    return found


def of_own_type(model):
    """Rows of exactly this page type: a subclass's pages are checked with the subclass."""
    return model.objects.filter(content_type=ContentType.objects.get_for_model(model))


def page_issue(issue, row, model, detail=""):
    return HealthIssue(
        issue=issue,
        title=row["title"],
        type_name=capfirst(model._meta.verbose_name),
        edit_url=reverse("wagtailadmin_pages:edit", args=[row["pk"]]),
        detail=detail,
    )


def summary_issues():
    """Pages without a summary, and pages whose meta description would be empty."""
    issues = []
    without_summary = set()
    summary_types = {}
    for model in page_models_with_field(SUMMARY_FIELD):
        summary_types[ContentType.objects.get_for_model(model).pk] = model
        for row in of_own_type(model).filter(**{SUMMARY_FIELD: ""}).values("pk", "title"):
            without_summary.add(row["pk"])
            issues.append(page_issue(NO_SUMMARY, row, model))
    undescribed = Page.objects.filter(depth__gt=1, search_description="").values(
        "pk", "title", "content_type_id"
    )
    for row in undescribed:
        if row["content_type_id"] not in summary_types or row["pk"] in without_summary:
            model = (
                summary_types.get(row["content_type_id"])
                or ContentType.objects.get_for_id(row["content_type_id"]).model_class()
            )
            issues.append(page_issue(NO_DESCRIPTION, row, model))
    return issues


def alt_text_issues():
    """Images whose description (Wagtail's default alternative text) is empty."""
    image_model = get_image_model()
    issues = []
    for image in image_model.objects.filter(Q(description="") | Q(description__isnull=True)).only(
        "pk", "title"
    ):
        issues.append(
            HealthIssue(
                issue=NO_ALT_TEXT,
                title=image.title,
                type_name=capfirst(image_model._meta.verbose_name),
                edit_url=reverse("wagtailimages:edit", args=[image.pk]),
            )
        )
    return issues


def broken_link_issues():
    """References (rich text links, page choosers, blocks) to pages that are deleted or not live.

    Wagtail's reference index already knows every link; one query finds the broken
    ones by looking up each target's `live` flag (NULL when the page is gone).
    """
    page_type = ContentType.objects.get_for_model(Page)
    target_live = Page.objects.filter(pk=Cast(OuterRef("to_object_id"), IntegerField())).values("live")[:1]
    broken = (
        ReferenceIndex.objects.filter(to_content_type=page_type)
        .annotate(target_live=Subquery(target_live))
        .filter(Q(target_live=False) | Q(target_live__isnull=True))
        .values("content_type_id", "object_id", "to_object_id", "target_live")
        .distinct()
    )
    broken = list(broken)
    sources = load_sources(broken)
    finder = AdminURLFinder()
    issues = []
    for ref in broken:
        source = sources.get((ref["content_type_id"], ref["object_id"]))
        if source is None:
            continue  # the source itself is gone; its index rows go with the next rebuild
        if ref["target_live"] is None:
            detail = _("Page %(id)s was deleted") % {"id": ref["to_object_id"]}
        else:
            detail = _("Page %(id)s is not published") % {"id": ref["to_object_id"]}
        issues.append(
            HealthIssue(
                issue=BROKEN_LINK,
                title=str(source),
                type_name=capfirst(source._meta.verbose_name),
                edit_url=finder.get_edit_url(source) or "",
                detail=str(detail),
            )
        )
    return issues


def load_sources(references):
    """The objects that hold the links, one query per source type."""
    ids_by_type = {}
    for ref in references:
        ids_by_type.setdefault(ref["content_type_id"], set()).add(ref["object_id"])
    sources = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            sources[(type_id, str(obj.pk))] = obj
    return sources


def review_issues(today=None):
    """Pages with a `last_reviewed` date more than 12 months ago (or never reviewed)."""
    cutoff = (today or timezone.localdate()) - REVIEW_INTERVAL
    issues = []
    for model in page_models_with_field(REVIEW_FIELD):
        overdue = Q(**{f"{REVIEW_FIELD}__lt": cutoff})
        if model._meta.get_field(REVIEW_FIELD).null:
            overdue |= Q(**{f"{REVIEW_FIELD}__isnull": True})
        for row in of_own_type(model).filter(overdue).values("pk", "title", REVIEW_FIELD):
            reviewed = row[REVIEW_FIELD]
            detail = _("Last reviewed on %(date)s") % {"date": reviewed} if reviewed else _("Never reviewed")
            issues.append(page_issue(REVIEW_DUE, row, model, detail=str(detail)))
    return issues


def health_issues():
    return [*summary_issues(), *alt_text_issues(), *broken_link_issues(), *review_issues()]
