"""A generated chapter of 200 blocks still renders as a web page and as a PDF."""

import time

from django.core.cache import cache

import pytest

from playbook.models import PlaybookChapterPage

from .helpers import draaiboek, pdf_reader, pdf_text
from .test_blocks import preview_body

pytestmark = pytest.mark.django_db

BLOCK_COUNT = 200


@pytest.fixture
def long_chapter():
    body = preview_body(BLOCK_COUNT)
    body.append(("text", {"heading": "Laatste blok", "text": "<p>Einde van het lange hoofdstuk.</p>"}))
    chapter = PlaybookChapterPage(
        title="Een heel lang hoofdstuk",
        slug="heel-lang-hoofdstuk",
        section="practical",
        last_reviewed="2026-11-01",
        body=body,
    )
    draaiboek("nl").add_child(instance=chapter)
    chapter.save_revision().publish()
    return chapter


def test_long_chapter_renders_as_page_and_pdf(client, long_chapter, record_property):
    assert len(long_chapter.body) == BLOCK_COUNT + 1
    page = client.get(long_chapter.url)
    assert page.status_code == 200
    assert long_chapter.reading_minutes > 1

    cache.clear()
    started = time.perf_counter()
    response = client.get(long_chapter.pdf_url)
    seconds = time.perf_counter() - started
    record_property("pdf_seconds_200_blocks", round(seconds, 2))
    print(f"\nPDF of a {BLOCK_COUNT}-block chapter: {seconds:.2f} s, {len(response.content)} bytes")

    reader = pdf_reader(response)
    assert len(reader.pages) > 10
    text = pdf_text(response)
    assert "Een heel lang hoofdstuk" in text and "Einde van het lange hoofdstuk." in text
    # Generous bound: a request that takes longer than this needs a background job instead.
    assert seconds < 60
