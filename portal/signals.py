"""Every change the public can see starts a new content generation (portal.page_cache).

Pages: publish, unpublish, move, delete, and a new translation. Everything shown around
pages: snippets (taxonomies, menu, footer; also other apps' snippets, found through
Wagtail's snippet registry, so portal needs no import of them), their inline rows, site
settings, sites, locales, images, documents, view restrictions and search promotions.

The new token is written in the transaction of the change itself: it becomes visible to
other requests exactly when the change does. After the commit it is mirrored to the shared
cache (for a database outage) and the changed pages are purged from an HTTP cache in front.
"""

from functools import cache

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import (
    copy_for_translation_done,
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
)
from wagtail.snippets.models import get_snippet_models

from modelcluster.fields import ParentalKey

from portal.frontend_purge import front_cache_configured, purge_batch, purge_page_addresses, subtree
from portal.page_cache import mirror_generation, new_generation

ALWAYS_PUBLIC_MODELS = (
    BaseSiteSetting,
    BaseGenericSetting,
    Site,
    Locale,
    AbstractImage,
    AbstractDocument,
    BaseViewRestriction,  # a page made private must leave every cache at once
    SearchPromotion,
)


def start_new_generation(pages=()):
    token = new_generation()
    pages = list(pages)  # read now, inside the transaction of the change

    def after_commit():
        mirror_generation(token)
        purge_page_addresses(pages)

    transaction.on_commit(after_commit)


def on_page_change(sender, instance, **kwargs):
    start_new_generation([instance])


def on_page_moving(sender, instance, **kwargs):
    """Before a move: the page and its subtree at their old addresses, purged once the move is
    committed (post_page_move purges the new ones)."""
    if front_cache_configured():
        transaction.on_commit(purge_batch(subtree(instance)).purge)


def on_translation_copy(sender, target_obj=None, **kwargs):
    start_new_generation([target_obj] if isinstance(target_obj, Page) else [])


@cache  # the snippet registry is complete once the apps are ready
def is_public_content(model):
    """Whether saving or deleting a row of `model` can change a public page.

    Snippets and settings do unless they say otherwise: a model registered as a
    snippet only for the admin sets `shown_on_public_pages = False`.
    """
    if not getattr(model, "shown_on_public_pages", True):
        return False
    snippets = tuple(get_snippet_models())
    if issubclass(model, (*ALWAYS_PUBLIC_MODELS, *snippets)):
        return True
    # Inline rows of a snippet (menu items, footer links) are saved after their parent.
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, snippets)
        for field in model._meta.concrete_fields
    )


def on_row_change(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if kwargs.get("signal") is post_delete:
            start_new_generation()  # its addresses were purged when it was unpublished or is gone
    elif isinstance(instance, PageViewRestriction):
        # By id: when a page is deleted with its restriction, the page may be gone already.
        page = Page.objects.filter(pk=instance.page_id).first()
        start_new_generation(subtree(page) if page and front_cache_configured() else [])
    elif is_public_content(sender):
        start_new_generation()


def connect_page_cache_invalidation():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"content_generation_{id(signal)}")
    pre_page_move.connect(on_page_moving, dispatch_uid="front_cache_old_addresses")
    copy_for_translation_done.connect(on_translation_copy, dispatch_uid="content_generation_translation")
    post_save.connect(on_row_change, dispatch_uid="content_generation_post_save")
    post_delete.connect(on_row_change, dispatch_uid="content_generation_post_delete")
