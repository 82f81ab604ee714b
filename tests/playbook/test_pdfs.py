"""PDFs of chapters, of the whole draaiboek and of worksheets: text, language, order, tagging, cache."""

import re

from django.core.cache import cache

import pytest
from pypdf.generic import NameObject

from playbook import pdf as playbook_pdf

from .helpers import (
    chapters,
    draaiboek,
    exercise,
    flat_text,
    page_texts,
    pdf_reader,
    pdf_text,
    publish_change,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_chapter_pdf_has_its_title_in_each_language(client):
    dutch = chapters("nl")[0]
    english = chapters("en")[0]
    assert dutch.title != english.title
    dutch_text = pdf_text(client.get(dutch.pdf_url))
    english_text = pdf_text(client.get(english.pdf_url))
    assert dutch.title in dutch_text and english.title not in dutch_text
    assert english.title in english_text and dutch.title not in english_text
    # Interface words follow the page's language too.
    assert "Laatst nagekeken" in dutch_text
    assert "Last reviewed" in english_text


def test_chapter_pdf_keeps_dutch_characters(client):
    chapter = publish_change(chapters("nl")[5], title="Ĳverige ideeën over € 84.762,21 in België")
    text = pdf_text(client.get(chapter.pdf_url))
    assert "Ĳverige ideeën over € 84.762,21 in België" in text
    for character in ("ĳ", "ë", "€"):
        assert character in text.lower()


def test_pdf_is_tagged_with_the_page_language(client):
    chapter = chapters("en")[0]
    reader = pdf_reader(client.get(chapter.pdf_url))
    catalog = reader.trailer["/Root"]
    assert catalog[NameObject("/Lang")] == "en"
    assert catalog["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in catalog
    assert reader.metadata.title == chapter.title


def test_dutch_text_is_hyphenated_in_dutch(client):
    """hyphens: auto with lang="nl": long Dutch words break at Dutch syllables, with a hyphen."""
    long_words = " ".join(["samenwerkingsovereenkomst onderwijsinstellingen projectcoördinator"] * 30)
    chapter = publish_change(chapters("nl")[0], summary=long_words)
    raw = "\n".join(page_texts(pdf_reader(client.get(chapter.pdf_url))))
    source = " ".join([chapter.summary, *chapter.body.stream_block.get_searchable_content(chapter.body)])
    joined = [before + after for before, after in re.findall(r"(\w+)\u2010\s*\n\s*(\w+)", raw)]
    assert set(joined) & set(long_words.split()), joined
    for word in joined:
        assert word in source, word


def test_whole_draaiboek_has_cover_contents_and_chapters_in_editor_order(client):
    index = draaiboek("nl")
    in_order = chapters("nl")
    reader = pdf_reader(client.get(index.pdf_url))
    texts = [flat_text(text) for text in page_texts(reader)]
    assert index.title in texts[0]
    assert "Inhoud" in texts[1]
    outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert outline[0] == index.title
    assert outline[1:] == [chapter.title for chapter in in_order]
    # Page numbers: the footer counts pages, the contents point at each chapter's first page.
    assert f"4 / {len(reader.pages)}" in texts[3]
    for chapter in in_order:
        match = re.search(re.escape(chapter.title) + r"[ .]+(\d+)", texts[1])
        assert match, chapter.title
        assert chapter.title in texts[int(match.group(1)) - 1]


def test_moving_a_chapter_changes_the_draaiboek_order(client):
    first, *_, last = chapters("nl")
    last.move(first, pos="left")
    reader = pdf_reader(client.get(draaiboek("nl").pdf_url))
    outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert outline[1] == last.title
    assert outline[2] == first.title


def test_english_draaiboek_is_in_english(client):
    index = draaiboek("en")
    text = pdf_text(client.get(index.pdf_url))
    assert index.title in text and "Contents" in text
    for chapter in chapters("en"):
        assert chapter.title in text


def test_worksheet_is_a4_with_numbered_questions(client):
    worksheet = exercise(language="nl")
    reader = pdf_reader(client.get(worksheet.pdf_url))
    width, height = (float(value) for value in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = flat_text("\n".join(page_texts(reader)))
    assert worksheet.title in text
    for number, block in enumerate(worksheet.questions, start=1):
        assert f"{number}. {block.value['question']}" in text
    assert "Naam:" in text


def test_english_worksheet_is_in_english(client):
    worksheet = exercise(language="en")
    text = pdf_text(client.get(worksheet.pdf_url))
    assert worksheet.title in text
    assert "Questions" in text and "Vragen" not in text


def test_unpublished_pages_give_no_pdf(client):
    chapter = chapters("nl")[2]
    url = chapter.pdf_url
    assert client.get(url).status_code == 200
    chapter.unpublish()
    assert client.get(url).status_code == 404
    # ...and the draaiboek leaves the chapter out.
    assert chapter.title not in pdf_text(client.get(draaiboek("nl").pdf_url))


def test_pdf_shows_the_published_revision_not_a_draft(client):
    chapter = chapters("nl")[1]
    live_title = chapter.title
    draft = chapter.get_latest_revision_as_object()
    draft.title = "Concept dat nog niet gepubliceerd is"
    draft.save_revision()
    text = pdf_text(client.get(chapter.pdf_url))
    assert live_title in text and "Concept dat nog niet" not in text


@pytest.fixture
def pdf_renders(monkeypatch, settings):
    """The PDF cache on (as in the test settings), emptied, and a count of the PDFs WeasyPrint renders."""
    settings.PDF_CACHE_SECONDS = 300
    cache.clear()
    renders = []
    real_render = playbook_pdf.render_pdf

    def counting_render(html, origin):
        renders.append(origin)
        return real_render(html, origin)

    monkeypatch.setattr(playbook_pdf, "render_pdf", counting_render)
    yield renders
    cache.clear()


def test_pdf_is_kept_until_content_changes(client, pdf_renders):
    chapter = chapters("nl")[3]
    first = client.get(chapter.pdf_url)
    again = client.get(chapter.pdf_url)
    assert len(pdf_renders) == 1
    assert again.content == first.content

    republished = publish_change(chapter, title="Projectgroep: de herziene versie")
    after = client.get(republished.pdf_url)
    assert len(pdf_renders) == 2
    assert "Projectgroep: de herziene versie" in pdf_text(after)
    # The whole draaiboek is rendered again too: any publish starts a new content generation.
    assert "Projectgroep: de herziene versie" in pdf_text(client.get(draaiboek("nl").pdf_url))


def test_a_new_release_renders_pdfs_again(client, pdf_renders, settings):
    chapter = chapters("nl")[3]
    client.get(chapter.pdf_url)
    settings.RELEASE = "next-release"
    client.get(chapter.pdf_url)
    assert len(pdf_renders) == 2


def test_a_logged_in_request_neither_reads_nor_fills_the_pdf_cache(client, pdf_renders):
    chapter = chapters("nl")[3]
    client.get(chapter.pdf_url, HTTP_COOKIE="sessionid=an-editor")
    client.get(chapter.pdf_url)
    client.get(chapter.pdf_url, HTTP_COOKIE="sessionid=an-editor")
    assert len(pdf_renders) == 3  # the editor's, the first anonymous one (kept), the editor's again
    client.get(chapter.pdf_url)
    assert len(pdf_renders) == 3
