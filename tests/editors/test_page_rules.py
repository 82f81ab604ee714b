"""Page rules every page type must follow, checked over ALL page models (every app's):
where it may be created, help texts in English and Dutch, block previews.

Failures list every offender as app.Model.field, so each app can see what to fix."""

import re

from django.db import models
from django.urls import reverse
from django.utils import translation

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

import pytest

from portal.models import HomePage, StandardPage

# Fields every page has from Wagtail itself: their help texts are Wagtail's business.
CORE_FIELDS = {field.name for field in Page._meta.get_fields()}


def project_page_models():
    return [model for model in get_page_models() if model is not Page]


class Rules(WagtailPageTestCase):
    """Borrow Wagtail's assertCanCreateAt / assertCanNotCreateAt in plain pytest functions."""

    def runTest(self):  # unittest needs a method name to instantiate the case
        pass


rules = Rules()


def test_every_page_type_declares_where_it_may_be_created():
    offenders = [
        model._meta.label for model in project_page_models() if "parent_page_types" not in vars(model)
    ]
    assert not offenders, f"page types without an explicit parent_page_types: {offenders}"


@pytest.mark.django_db
def test_only_the_home_page_may_sit_at_the_top_of_the_tree():
    rules.assertCanCreateAt(Page, HomePage)
    offenders = [
        model._meta.label
        for model in project_page_models()
        if model is not HomePage and model.can_create_at(Page.get_first_root_node())
    ]
    assert not offenders, f"may be created at the root of the tree: {offenders}"


def test_portal_page_rules():
    rules.assertCanCreateAt(HomePage, StandardPage)
    rules.assertCanCreateAt(StandardPage, StandardPage)
    rules.assertCanNotCreateAt(StandardPage, HomePage)
    rules.assertCanNotCreateAt(HomePage, HomePage)
    rules.assertCanNotCreateAt(Page, StandardPage)


def test_home_page_only_under_the_root():
    for model in project_page_models():
        rules.assertCanNotCreateAt(model, HomePage)


def own_fields(model):
    """Editable fields a page type adds to Wagtail's Page (inherited mixin fields included)."""
    for field in model._meta.get_fields():
        if not isinstance(field, models.Field) or field.auto_created or not field.editable:
            continue
        if field.name in CORE_FIELDS or field.name.endswith("_ptr"):
            continue
        yield field


def help_text_problems(model):
    for field in own_fields(model):
        label = f"{model._meta.label}.{field.name}"
        if not field.help_text:
            yield f"{label}: no help_text"
            continue
        with translation.override("en"):
            english = str(field.help_text)
        with translation.override("nl"):
            dutch = str(field.help_text)
        if dutch == english:
            yield f"{label}: help_text has no Dutch translation ({english!r})"


def test_every_field_of_every_page_type_has_a_help_text_in_english_and_dutch():
    offenders = [problem for model in project_page_models() for problem in help_text_problems(model)]
    assert not offenders, "fields without a bilingual help text:\n" + "\n".join(offenders)


def block_choices(block, path):
    """The blocks an editor picks from: a StreamBlock's children, nested streams too."""
    if isinstance(block, blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            yield f"{path}.{name}", child
            yield from block_choices(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        yield from block_choices(block.child_block, path)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_choices(child, f"{path}.{name}")


def test_every_block_in_a_page_streamfield_has_a_preview():
    offenders = []
    for model in project_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for path, block in block_choices(field.stream_block, f"{model._meta.label}.{field.name}"):
                    if not block.is_previewable:
                        offenders.append(f"{path} ({type(block).__name__})")
    assert not offenders, "blocks without preview_value or preview_template:\n" + "\n".join(offenders)


@pytest.mark.django_db
def test_block_previews_render(admin_client):
    for name, block in StandardPage._meta.get_field("body").stream_block.child_blocks.items():
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200, name
        main = response.content.decode().split("<main>")[1].split("</main>")[0]
        assert re.sub(r"<[^>]+>|\s", "", main), f"the preview of {name} shows nothing"


NON_TEXT_FIELDS = (
    models.DateField,  # DateTimeField too
    models.IntegerField,  # and its subclasses
    models.DecimalField,
    models.FloatField,
    models.BooleanField,
    models.URLField,
    models.EmailField,
)


def must_be_synchronised(field):
    if isinstance(field, NON_TEXT_FIELDS):
        return True
    if isinstance(field, models.CharField) and field.choices:
        return True
    # Images and documents are the same file in every language; taxonomy snippets
    # (TranslatableMixin) are rightly translated to the matching snippet.
    return isinstance(field, models.ForeignKey) and not issubclass(field.related_model, TranslatableMixin)


def test_wagtail_localize_keeps_dates_numbers_choices_and_images_identical_across_languages():
    offenders = []
    for model in project_page_models():
        declared = {field.field_name: field for field in get_translatable_fields(model)}
        for field in own_fields(model):
            declared_as = declared.get(field.name)
            if must_be_synchronised(field) and declared_as and not isinstance(declared_as, SynchronizedField):
                offenders.append(f"{model._meta.label}.{field.name}")
    assert not offenders, "non-text fields that translators would translate:\n" + "\n".join(offenders)
