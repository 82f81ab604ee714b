"""Every public content change bumps the page-cache generation (see portal.page_cache).

Pages: publish, unpublish, move, delete, and a new translation. Everything shown
around pages: snippets (taxonomies, menu, footer; also other apps' snippets, found
through Wagtail's snippet registry, so portal needs no import of them), their inline
rows, site settings, sites, locales, images, documents, view restrictions and search promotions.

The generation is bumped at once and again when the transaction commits: a request
rendered between the first bump and the commit would still see the old rows and
store them under the new generation; the second bump orphans that copy.
"""

from functools import cache

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from modelcluster.fields import ParentalKey

from portal.page_cache import bump_generation

# View restrictions too: a page made private must leave the cache (and the kept routes) at once.
ALWAYS_PUBLIC_MODELS = (
    BaseSiteSetting,
    BaseGenericSetting,
    Site,
    Locale,
    AbstractImage,
    AbstractDocument,
    BaseViewRestriction,
    SearchPromotion,  # kept with the search results of the content generation
)


def invalidate_pages(**kwargs):
    bump_generation()
    transaction.on_commit(bump_generation)


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


def invalidate_on_content_change(sender, instance, **kwargs):
    if (isinstance(instance, Page) and kwargs.get("signal") is post_delete) or (
        not isinstance(instance, Page) and is_public_content(sender)
    ):
        invalidate_pages()


def connect_page_cache_invalidation():
    for signal in (page_published, page_unpublished, post_page_move, copy_for_translation_done):
        signal.connect(invalidate_pages, dispatch_uid=f"page_cache_{id(signal)}")
    post_save.connect(invalidate_on_content_change, dispatch_uid="page_cache_post_save")
    post_delete.connect(invalidate_on_content_change, dispatch_uid="page_cache_post_delete")
