"""A synchronised many-to-many field (a case study's themes, its institutions) that the source
emptied is emptied in its translations too.

wagtail-localize copies such a field to a translation only when the source has values, so a
Dutch case whose last theme was removed kept its themes in English after "Sync translation".
Each time a translated page is saved (wagtail-localize saves it before it takes the revision it
publishes), its synchronised relations that are empty in its translation source (the snapshot
the sync works from) are emptied.
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save

from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource

from modelcluster.fields import ParentalManyToManyField


@cache
def synchronised_many_to_many(model):
    return [
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
        and isinstance(field.get_field(model), ParentalManyToManyField)
    ]


def empty_what_the_source_emptied(sender, instance, **kwargs):
    if not isinstance(instance, Page) or kwargs.get("raw"):
        return
    names = synchronised_many_to_many(type(instance))
    if not names:
        return
    source = (
        TranslationSource.objects.filter(
            object_id=instance.translation_key,
            specific_content_type=ContentType.objects.get_for_model(type(instance)),
        )
        .exclude(locale_id=instance.locale_id)
        .first()
    )
    if source is None:
        return
    original = source.as_instance()
    for name in names:
        if not getattr(original, name).all() and getattr(instance, name).all():
            setattr(instance, name, [])


def connect_translation_sync():
    post_save.connect(empty_what_the_source_emptied, dispatch_uid="empty_what_the_source_emptied")
