"""Answers, files and page readers shared by the intake tests."""

import io
import re
import time
import zipfile

from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions.form_token import issue_form_token
from submissions.views.intake import RECEIPT_SALT

FORM_URL = {"nl": "/nl/vraagstuk/formulier/", "en": "/en/question/form/"}
# The heading of the error summary, in each language: proof the errors speak the form's language.
PROBLEM = {"nl": "Er is een probleem", "en": "There is a problem"}
REQUIRED = {"nl": "verplicht veld", "en": "This field is required."}


def valid_answers(**overrides):
    """A complete, valid submission as a browser would post it (rendered a minute ago)."""
    answers = {
        "organisation": "Gemeente Leiden, wijkteam Noord",
        "organisation_type": "gemeente",
        "contact_name": "An Peeters",
        "email": "an.peeters@example.org",
        "phone": "+32 16 27 20 00",
        "title": "Hoe bereiken we eenzame ouderen in onze wijk?",
        "description": "Veel ouderen wonen alleen.\nWat werkt om hen te bereiken?",
        "themes": ["eenzaamheid", "vergrijzing"],
        "place": "leiden",
        "neighbourhood": "Leiden-Noord",
        "help_kinds": ["research", "advice"],
        "help_details": "",
        "partner_offers": ["information", "access"],
        "offer_details": "",
        "timing": "next_year",
        "timing_details": "",
        "consent_contact": "on",
        "consent_publication": "on",
        "website": "",
        "form_token": issue_form_token(rendered_at=time.time() - 60),
    }
    answers.update(overrides)
    return {name: value for name, value in answers.items() if value is not None}


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    return bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\0" * 32


def jpeg_bytes():
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\0" * 32 + b"\xff\xd9"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def status_link(email_text):
    return re.search(r"https?://\S+/status/\S+/", email_text).group(0)


def receipt_of(response):
    """The question a receipt redirect points to. Compare these, not the addresses: a
    receipt's signature carries the second it was made in."""
    receipt = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    return signing.loads(receipt, salt=RECEIPT_SALT)
