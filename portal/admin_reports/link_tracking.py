"""Keep links to deleted pages visible in Wagtail's reference index.

Wagtail removes the index rows that point at a page when the page is deleted,
so the links that still sit in other pages' text would vanish from the index.
Re-indexing those sources after the deletion commits puts the rows back, now
pointing at an id that no longer exists: the content health report finds them
with one query instead of parsing every page's HTML.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import pre_delete

from wagtail.models import Page, ReferenceIndex


def sources_linking_to(page):
    return list(
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Page), to_object_id=str(page.pk)
        )
        .exclude(base_content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk))
        .values_list("content_type_id", "object_id")
        .distinct()
    )


def reindex(sources):
    for content_type_id, object_id in sources:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        source = model._default_manager.filter(pk=object_id).first() if model else None
        if source is not None:  # deleted along with the page (a subtree) needs no index
            ReferenceIndex.create_or_update_for_object(source)


def remember_links_to_deleted_page(sender, instance, **kwargs):
    # Deletion runs inside the collector's transaction: Wagtail's post_delete handler
    # clears the rows before this callback runs, after the commit.
    sources = sources_linking_to(instance)
    if sources:
        transaction.on_commit(lambda: reindex(sources))


def connect_link_tracking():
    pre_delete.connect(remember_links_to_deleted_page, sender=Page, dispatch_uid="portal_link_tracking")
