"""English demo content as wagtail-localize translations of the Dutch source.

The demo data holds each page's Dutch and English values side by side. Copying the Dutch page
and overwriting its fields would give an English page wagtail-localize knows nothing about, so
"Sync translation" would do nothing for it. Instead the loader does what an editor's translation
does: it records the Dutch object as a translation source, stores the English values as the
translations of the source's segments, and lets wagtail-localize build the English object from
them (synchronised fields, taxonomies and inline rows copied from the Dutch object).

The English segments are found by extracting them from a copy of the Dutch object that holds the
English values, with the Dutch block ids, and pairing them with the Dutch segments by their
position in the content: field, block and string order. The data of both languages must have the
same structure; where it does not, the loader names the place and stops, rather than publish
Dutch text on an English page.
"""

import json
from collections import defaultdict

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(Exception):
    """The English demo values do not have the structure of the Dutch ones."""


def with_block_ids_of(source, target):
    """`target` (a StreamField's stored form) with the block ids of `source` where the two have
    the same shape, so the segments of both languages get the same paths."""
    if isinstance(source, list) and isinstance(target, list):
        return [
            with_block_ids_of(source[index], item) if index < len(source) else item
            for index, item in enumerate(target)
        ]
    if not (isinstance(source, dict) and isinstance(target, dict)):
        return target
    aligned = {key: with_block_ids_of(source.get(key), value) for key, value in target.items()}
    if "id" in source and "id" in target and source.get("type") == target.get("type"):
        aligned["id"] = source["id"]
    return aligned


def with_english_values(source, values):
    """A copy of the translation source's Dutch object that holds `values` (field name: English
    value); values of relations and other non-field names are left to the synchronisation."""
    dutch = source.as_instance()
    english = source.as_instance()
    for name, value in values.items():
        try:
            field = english._meta.get_field(name)
        except models.FieldDoesNotExist:
            continue
        if not field.concrete or field.many_to_many:
            continue
        setattr(english, name, value)
        if isinstance(field, StreamField):
            stored = field.stream_block.get_prep_value(getattr(english, name))
            dutch_stored = field.stream_block.get_prep_value(getattr(dutch, name))
            setattr(english, name, field.to_python(with_block_ids_of(dutch_stored, stored)))
    return english


def english_segments(english):
    """The English object's strings by path (in order), its rich-text templates (the markup
    around the strings) by path and its overridable values by path."""
    strings = defaultdict(list)
    templates = {}
    overridables = {}
    for segment in extract_segments(english):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, TemplateSegmentValue):
            templates[segment.path] = segment.template
        elif isinstance(segment, OverridableSegmentValue):
            overridables[segment.path] = segment.data
    return strings, templates, overridables


def field_of(path):
    return path.split(".", 1)[0]


def structure_mismatches(source, dutch_strings, strings, templates, values):
    """Where the English values do not fit the Dutch structure: another number of strings in a
    field or block, or rich text with other markup (the English would be poured into the Dutch
    markup: a paragraph into a list item)."""
    counts = [
        f"{path}: {len(dutch_strings.get(path, []))} Dutch strings, {len(strings.get(path, []))} English"
        for path in sorted(set(dutch_strings) | set(strings))
        if len(dutch_strings.get(path, [])) != len(strings.get(path, []))
    ]
    markup = [
        f"{segment.context.path}: other markup ({segment.template.template!r} in Dutch, "
        f"{templates.get(segment.context.path)!r} in English)"
        for segment in source.templatesegment_set.select_related("template", "context")
        if field_of(segment.context.path) in values
        and templates.get(segment.context.path) != segment.template.template
    ]
    return counts + sorted(markup)


def record_english_values(source, locale, values):
    """Store `values` as the `locale` translations of the source's segments."""
    strings, templates, overridables = english_segments(with_english_values(source, values))
    dutch_strings = defaultdict(list)
    for segment in source.stringsegment_set.select_related("string", "context").order_by("order"):
        # A field the English values leave out stays untranslated (wagtail-localize shows the
        # Dutch text and lists it as waiting), rather than being recorded as its own translation.
        if field_of(segment.context.path) in values:
            dutch_strings[segment.context.path].append(segment)
    strings = {path: texts for path, texts in strings.items() if field_of(path) in values}

    mismatches = structure_mismatches(source, dutch_strings, strings, templates, values)
    if mismatches:
        raise TranslationMismatch(
            f"The English demo values of {source.object_repr!r} differ in structure from the Dutch ones: "
            + "; ".join(mismatches)
        )

    for path, segments in dutch_strings.items():
        for segment, text in zip(segments, strings[path], strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )

    for segment in source.overridablesegment_set.select_related("context"):
        english = overridables.get(segment.context.path)
        if english is not None and english != json.loads(segment.data_json):
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(english, cls=DjangoJSONEncoder)},
            )


def translate(original, locale, values):
    """The `locale` translation of `original`, made by wagtail-localize from `values`.

    Call inside a transaction. A page (or another object with drafts) is published at once rather
    than on commit (as `save_target(publish=True)` would), so the loader also works inside an
    outer transaction (tests).
    """
    source, _ = TranslationSource.update_or_create_from_instance(original)
    record_english_values(source, locale, values)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    drafts = isinstance(original, DraftStateMixin)
    translation.save_target(publish=not drafts)
    target = source.get_translated_instance(locale)
    if drafts:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target.specific if isinstance(target, Page) else target
