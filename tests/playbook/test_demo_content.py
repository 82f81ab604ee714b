"""The demo draaiboek and exercises: enough of them, in both languages, reachable, with real files."""

from django.utils import translation

import pytest

from playbook.models import ReflectionExercisePage

from .helpers import chapters, draaiboek, exercise, pdf_text

pytestmark = pytest.mark.django_db


def test_draaiboek_has_at_least_eight_chapters_in_each_language(client):
    dutch, english = chapters("nl"), chapters("en")
    assert len(dutch) >= 8 and len(english) == len(dutch)
    assert {chapter.section for chapter in dutch} == {"legal", "organisational", "practical"}
    for dutch_chapter, english_chapter in zip(dutch, english, strict=True):
        assert dutch_chapter.translation_key == english_chapter.translation_key
        assert dutch_chapter.title != english_chapter.title
        assert client.get(english_chapter.url).status_code == 200  # /en/ children resolve (localize #773)


def test_at_least_six_exercises_with_questions_in_each_language(client):
    for language in ("nl", "en"):
        exercises = ReflectionExercisePage.objects.live().filter(locale__language_code=language)
        assert exercises.count() >= 6
        assert {page.audience for page in exercises} == {"teacher", "student", "partner"}
        for page in exercises:
            assert len(page.questions) >= 2
            assert client.get(page.url).status_code == 200


def test_model_contract_outline_is_a_real_pdf_in_each_language(client):
    for language, expected in (("nl", "Intellectuele eigendom"), ("en", "Intellectual property")):
        chapter, block = next(
            (page, block)
            for page in chapters(language)
            for block in page.body
            if block.block_type == "fill_in_template" and "ontract" in block.value["title"]
        )
        url = chapter.url + chapter.reverse_subpage("fill_in_template", args=(block.id, "pdf"))
        assert expected in pdf_text(client.get(url))


def test_seed_facts_are_in_the_draaiboek():
    with translation.override("nl"):
        text = " ".join(
            " ".join(chapter.body.stream_block.get_searchable_content(chapter.body))
            for chapter in chapters("nl")
        )
    for fact in ("84.762,21", "VLAIO", "UCLL", "TADA", "low", "intensive", "brugfiguur"):
        assert fact in text, fact


def test_english_indexes_have_english_slugs():
    assert draaiboek("en").slug == "playbook"
    assert exercise(language="en").get_parent().slug == "reflection-exercises"
