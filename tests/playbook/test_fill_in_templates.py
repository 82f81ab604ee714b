"""Templates to fill in (model contract outline, project plan, kick-off checklist): editable
DOCX and ODT files and a PDF in each language, next to each other on their chapter, under the
PDFs' rule (public live pages only) and cache."""

import re
from io import BytesIO

from django.core.cache import cache

import pytest
from docx import Document
from odf import teletype
from odf.opendocument import load
from odf.text import H, P

from playbook.editable import response as editable_response
from playbook.models.template_download import TEMPLATE_BLOCK_TYPE

from .helpers import chapters, pdf_text

pytestmark = pytest.mark.django_db

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pdf": "application/pdf",
}

# (language, template title, words each file must hold)
TEMPLATES = [
    ("nl", "Modelcontract stad en onderwijsinstelling (schets)", ["1. Partijen", "Intellectuele eigendom", "Geen juridisch advies"]),
    ("en", "Model contract city and school (outline)", ["1. Parties", "Intellectual property", "Not legal advice"]),
    ("nl", "Projectplan studentenproject", ["Succes per partner", "Toegang tot betrokkenen en locaties"]),
    ("en", "Student project plan", ["Success for each partner", "Access to stakeholders and places"]),
    ("nl", "Checklist kick-off", ["Studenten zijn verzekerd", "\u2610 De projectgroep is samengesteld"]),
    ("en", "Kick-off checklist", ["Students are insured", "\u2610 The project group is set up"]),
]  # fmt: skip


def find_template(language, title):
    for chapter in chapters(language):
        for block in chapter.body:
            if block.block_type == TEMPLATE_BLOCK_TYPE and block.value["title"] == title:
                return chapter, block
    raise AssertionError(f"no template {title!r} in the {language} draaiboek")


def template_url(chapter, block, extension):
    return chapter.url + chapter.reverse_subpage("fill_in_template", args=(block.id, extension))


def docx_text(content):
    document = Document(BytesIO(content))
    return "\n".join(paragraph.text for paragraph in document.paragraphs), document


def odt_text(content):
    document = load(BytesIO(content))
    texts = [teletype.extractText(element) for element in document.text.childNodes]
    return "\n".join(texts), document


@pytest.mark.parametrize(("language", "title", "words"), TEMPLATES)
def test_each_template_is_an_editable_docx_and_odt_in_its_language(client, language, title, words):
    chapter, block = find_template(language, title)

    docx = client.get(template_url(chapter, block, "docx"))
    assert docx.status_code == 200
    assert docx["Content-Type"] == CONTENT_TYPES["docx"]
    assert re.fullmatch(r'attachment; filename="[a-z0-9-]+\.docx"', docx["Content-Disposition"])
    text, document = docx_text(docx.content)
    assert document.paragraphs[0].text == title and document.paragraphs[0].style.name == "Title"
    assert document.core_properties.title == title and document.core_properties.language == language
    assert any(paragraph.style.name == "Heading 1" for paragraph in document.paragraphs)
    for word in words:
        assert word in text, word

    odt = client.get(template_url(chapter, block, "odt"))
    assert odt.status_code == 200
    assert odt["Content-Type"] == CONTENT_TYPES["odt"]
    assert re.fullmatch(r'attachment; filename="[a-z0-9-]+\.odt"', odt["Content-Disposition"])
    text, document = odt_text(odt.content)
    assert teletype.extractText(document.text.getElementsByType(H)[0]) == title
    assert len(document.text.getElementsByType(P)) >= len(words)
    for word in words:
        assert word in text, word

    pdf = client.get(template_url(chapter, block, "pdf"))
    assert pdf["Content-Type"] == CONTENT_TYPES["pdf"]
    assert pdf["Content-Disposition"].startswith("inline; filename=")
    assert title in pdf_text(pdf)


def test_the_other_language_is_not_in_the_file(client):
    chapter, block = find_template("en", "Model contract city and school (outline)")
    text, _ = docx_text(client.get(template_url(chapter, block, "docx")).content)
    assert "Partijen" not in text and "Geen juridisch advies" not in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_chapter_links_the_editable_files_next_to_the_pdf(client, language):
    title = TEMPLATES[0 if language == "nl" else 1][1]
    chapter, block = find_template(language, title)
    html = client.get(chapter.url).content.decode()
    for extension, content_type in CONTENT_TYPES.items():
        url = template_url(chapter, block, extension)
        assert f'href="{url}" type="{content_type}"' in html, extension
        assert client.get(url).status_code == 200


def test_unknown_format_or_template_is_not_found(client):
    chapter, block = find_template("nl", "Checklist kick-off")
    assert client.get(template_url(chapter, block, "exe")).status_code == 404
    other = chapter.url + "templates/00000000-0000-0000-0000-000000000000/docx/"
    assert client.get(other).status_code == 404


def test_unpublished_or_private_chapter_gives_no_file(client):
    chapter, block = find_template("nl", "Projectplan studentenproject")
    url = template_url(chapter, block, "docx")
    assert client.get(url).status_code == 200
    chapter.view_restrictions.create(restriction_type="password", password="geheim-wachtwoord")
    private = client.get(url)
    assert private["Content-Type"] != CONTENT_TYPES["docx"] and "geheim" not in private.content.decode()
    chapter.view_restrictions.all().delete()
    chapter.unpublish()
    assert client.get(url).status_code == 404


@pytest.fixture
def writes(monkeypatch, settings):
    """The PDF cache on (as in the test settings), emptied, and a count of the files written."""
    settings.PDF_CACHE_SECONDS = 300
    cache.clear()
    written = []
    real = editable_response.write_docx

    def counting_write(template):
        written.append(template.title)
        return real(template)

    monkeypatch.setattr(editable_response, "write_docx", counting_write)
    yield written
    cache.clear()


def test_files_are_kept_like_the_pdfs_and_never_for_a_logged_in_request(client, writes):
    chapter, block = find_template("nl", "Checklist kick-off")
    url = template_url(chapter, block, "docx")
    first, again = client.get(url), client.get(url)
    assert len(writes) == 1 and first.content == again.content
    client.get(url, HTTP_COOKIE="sessionid=an-editor")
    assert len(writes) == 2
    chapter.save_revision().publish()  # a publish starts a new content generation
    client.get(url)
    assert len(writes) == 3
