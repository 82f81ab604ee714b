"""Readers for the playbook tests: PDF text, and the demo draaiboek's pages."""

import re
from io import BytesIO

from pypdf import PdfReader

from playbook.models import PlaybookChapterPage, PlaybookIndexPage, ReflectionExercisePage

# WeasyPrint breaks hyphenated words with U+2010 HYPHEN at the end of a line.
LINE_END_HYPHEN = re.compile(r"\u2010\s*\n\s*")


def pdf_reader(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(BytesIO(response.content))


def page_texts(reader):
    return [page.extract_text() for page in reader.pages]


def flat_text(text):
    """Text with hyphenated line breaks joined and all whitespace single spaces."""
    return " ".join(LINE_END_HYPHEN.sub("", text).split())


def pdf_text(response):
    return flat_text("\n".join(page_texts(pdf_reader(response))))


def draaiboek(language="nl"):
    return PlaybookIndexPage.objects.get(locale__language_code=language)


def chapters(language="nl"):
    return list(PlaybookChapterPage.objects.child_of(draaiboek(language)).live().order_by("path"))


def exercise(slug="hoe-verlopen-de-contacten", language="nl"):
    dutch = ReflectionExercisePage.objects.get(slug=slug, locale__language_code="nl")
    return ReflectionExercisePage.objects.get(
        translation_key=dutch.translation_key, locale__language_code=language
    )


def publish_change(page, **fields):
    """Publish a new revision of page with fields changed, as an editor would."""
    page = page.specific.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
