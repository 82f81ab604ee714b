"""Guidance blocks: each has its own template, a description and a preview that renders."""

from itertools import cycle, islice
from pathlib import Path

from django.core.files.base import ContentFile
from django.template.loader import get_template
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Page

import pytest

from playbook.blocks import GuidanceBlock, ReflectionQuestionBlock

pytestmark = pytest.mark.django_db

PREVIEWED = ["text", "tip", "pitfall", "checklist", "quote", "definition"]


def make_document():
    document = get_document_model()(title="Modelcontract")
    document.file.save("modelcontract.txt", ContentFile(b"Het modelcontract."), save=False)
    document.save()
    return document


def preview_body(count):
    """count blocks cycling through every previewable block type and a download."""
    document = get_document_model().objects.first() or make_document()
    kinds = [*PREVIEWED, "download"]
    body = []
    for kind in islice(cycle(kinds), count):
        if kind == "download":
            body.append((kind, {"document": document, "title": "", "description": "Het modelcontract."}))
        else:
            body.append((kind, GuidanceBlock.base_blocks[kind].meta.preview_value))
    return body


@pytest.mark.parametrize("name", list(GuidanceBlock.base_blocks))
def test_every_guidance_block_has_its_own_template_and_description(name):
    block = GuidanceBlock.base_blocks[name]
    assert block.meta.template.startswith("playbook/blocks/")
    assert Path(get_template(block.meta.template).origin.name).parent.name == "blocks"
    assert "/playbook/templates/playbook/blocks/" in get_template(block.meta.template).origin.name
    assert str(block.meta.description)


@pytest.mark.parametrize("name", PREVIEWED)
def test_previews_render(name):
    block = GuidanceBlock.base_blocks[name]
    html = block.render(block.to_python(block.get_prep_value(block.normalize(block.meta.preview_value))))
    first_text = next(iter(block.meta.preview_value.values()))  # a heading, quote or term
    assert first_text in html


def test_question_preview_renders_with_sub_questions():
    block = ReflectionQuestionBlock()
    value = block.normalize(block.meta.preview_value)
    html = block.render(value, {"number": 3})
    assert "3." in html and "Welke stemmen ontbreken?" in html
    assert '<ol class="question__subs" type="a">' in html


def test_checklist_is_a_plain_list_until_javascript_enhances_it():
    block = GuidanceBlock.base_blocks["checklist"]
    html = block.render(block.normalize(block.meta.preview_value), {"block_id": "abc"})
    assert 'data-checklist="abc"' in html
    assert "<input" not in html  # checkboxes come from playbook.js, their ticks stay in the browser
    assert html.count('class="checklist__item"') == 3


def test_example_block_links_to_a_public_case_study_in_the_visitors_language():
    case_study = (
        Page.objects.live().filter(content_type__model="casestudypage", locale__language_code="nl").first()
    )
    block = GuidanceBlock.base_blocks["example"]
    value = block.normalize({"case_study": case_study, "note": "Zo ging het in de praktijk."})
    html = block.render(value)
    assert case_study.title in html and case_study.url in html
    english = case_study.get_translations().get(locale__language_code="en")
    with translation.override("en"):
        assert english.url in block.render(value)

    case_study.view_restrictions.create(restriction_type="login")  # private: shown nowhere
    assert block.render(block.normalize({"case_study": case_study, "note": ""})).strip() == ""
    case_study.view_restrictions.all().delete()
    case_study.unpublish()
    assert block.render(block.normalize({"case_study": case_study, "note": ""})).strip() == ""


def test_example_and_download_previews_use_real_objects():
    example = GuidanceBlock.base_blocks["example"]
    case_study = example.get_preview_value()["case_study"]
    assert case_study is not None and case_study.title in example.render(example.get_preview_value())
    download = GuidanceBlock.base_blocks["download"]
    make_document()  # the demo links no document; the preview takes the newest one
    document = download.get_preview_value()["document"]
    assert document.url in download.render(download.get_preview_value())
