"""Case studies' taxonomy names in the search index follow every change.

Case studies are indexed with the names of their themes, place and institutions in their own
language (models/search_terms.py), so a change to a taxonomy row or to one of its translations
must index again every case study filed under it, in every language. And a published case study
is indexed once more after publishing: modelcluster saves its themes and institutions after the
page row, so the indexing Wagtail starts on saving the row reads the old ones when tasks run
inline (the quick start). The work goes through the task queue, like Wagtail's own indexing.
"""

from django.db.models.signals import post_save

from modelsearch.tasks import insert_or_update_object_task
from wagtail.signals import page_published

from portal.models import Institution, Place, Theme

from .models import CaseStudyPage

RELATION_OF = {Theme: "themes", Place: "place", Institution: "institutions"}


def index_case_studies_filed_under(sender, instance, raw=False, **kwargs):
    if raw:
        return
    relation = f"{RELATION_OF[sender]}__translation_key"
    filed_under = CaseStudyPage.objects.filter(**{relation: instance.translation_key}).distinct()
    for pk in filed_under.values_list("pk", flat=True):
        insert_or_update_object_task.enqueue("casestudies", "casestudypage", str(pk))


def index_published_case_study(sender, instance, **kwargs):
    insert_or_update_object_task.enqueue("casestudies", "casestudypage", str(instance.pk))


def connect_search_upkeep():
    page_published.connect(
        index_published_case_study, sender=CaseStudyPage, dispatch_uid="case_study_index_published"
    )
    for model in RELATION_OF:
        post_save.connect(
            index_case_studies_filed_under, sender=model, dispatch_uid=f"case_study_index_{model.__name__}"
        )
