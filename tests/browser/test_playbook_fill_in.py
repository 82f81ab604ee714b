"""Reflection answers and checklist ticks stay in the browser: they survive a reload, can be
downloaded and cleared, and no request carries them to the server."""

from pathlib import Path

import pytest

from playbook.models import PlaybookChapterPage, ReflectionExercisePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_answers_survive_reload_download_and_clear(live_server, page):
    worksheet = ReflectionExercisePage.objects.live().filter(locale__language_code="nl").first()
    sent = []
    page.on("request", lambda request: sent.append(request) if request.method != "GET" else None)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + worksheet.url)
    first_answer = page.locator("#answer-1")
    first_answer.fill("Onze partners: de wijkvereniging en het buurthuis. Geïnteresseerd? Ja!")
    page.reload()
    assert page.locator("#answer-1").input_value().startswith("Onze partners: de wijkvereniging")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download mijn antwoorden (.txt)").click()
    download = download_info.value
    assert download.suggested_filename == f"{worksheet.slug}.txt"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert worksheet.title in text and "Geïnteresseerd? Ja!" in text
    assert worksheet.questions[0].value["question"] in text

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Wis mijn antwoorden").click()
    assert page.locator("#answer-1").input_value() == ""
    page.reload()
    assert page.locator("#answer-1").input_value() == ""
    assert not sent, [request.url for request in sent]
    assert not errors


def test_answers_are_kept_per_language(live_server, page):
    dutch = ReflectionExercisePage.objects.live().filter(locale__language_code="nl").first()
    english = ReflectionExercisePage.objects.get(
        translation_key=dutch.translation_key, locale__language_code="en"
    )
    page.goto(live_server.url + dutch.url)
    page.locator("#answer-1").fill("Nederlands antwoord")
    page.goto(live_server.url + english.url)
    assert page.locator("#answer-1").input_value() == ""


def test_checklist_ticks_survive_a_reload(live_server, page):
    chapter = next(
        chapter
        for chapter in PlaybookChapterPage.objects.live().filter(locale__language_code="nl")
        if any(block.block_type == "checklist" for block in chapter.body)
    )
    page.goto(live_server.url + chapter.url)
    boxes = page.locator(".checklist input[type=checkbox]")
    assert boxes.count() >= 3
    boxes.nth(1).check()
    page.reload()
    boxes = page.locator(".checklist input[type=checkbox]")
    assert boxes.nth(1).is_checked() and not boxes.nth(0).is_checked()
