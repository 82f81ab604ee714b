"""Checks on what partners type and upload, shared by the intake and status-page forms."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import filetype

# C0 and C1 control characters and DEL; tab and line feed are allowed in free text (CR, NEL and
# the Unicode line and paragraph separators are turned into line feeds first: normalise_line_breaks).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Everything some program treats as the end of a line (Python's str.splitlines set: CR, LF,
# vertical tab, form feed, file/group/record separators, NEL, line and paragraph separators), and tab.
LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# One line break as a browser counts it in a textarea's maxlength: CR LF (what a browser posts),
# a lone CR, NEL and the Unicode line and paragraph separators (pasted from word processors) become
# one line feed. Vertical tab, form feed and the information separators stay control characters.
ANY_LINE_BREAK = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


def normalise_line_breaks(value):
    """Line breaks as one LF each: the text is counted and stored as the partner saw it typed."""
    return ANY_LINE_BREAK.sub("\n", value)


MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
# Detected content type -> the extension the stored file gets.
ALLOWED_ATTACHMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "image/png": "png",
    "image/jpeg": "jpg",
}


def reject_control_characters(value):
    if CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            _("Remove the invisible control characters from this text."), code="control_characters"
        )


def reject_line_breaks(value):
    if LINE_BREAKS.search(value):
        raise ValidationError(_("Keep this on one line."), code="line_break")


def detect_attachment_type(upload):
    """The content type of an allowed upload, judged by its content; raises ValidationError."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("%(name)s is larger than 10 MB."), code="too_large", params={"name": upload.name}
        )
    upload.seek(0)
    kind = filetype.guess(upload.read(8192))
    upload.seek(0)
    if kind is None or kind.mime not in ALLOWED_ATTACHMENT_TYPES:
        raise ValidationError(
            _("%(name)s is not a PDF, DOCX, ODT, PNG or JPEG file."),
            code="file_type",
            params={"name": upload.name},
        )
    return kind.mime
