"""Checks on what partners type and upload, shared by the intake and status-page forms."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import filetype

# C0 control characters and DEL; tab, line feed and carriage return are allowed in free text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LINE_BREAKS = re.compile(r"[\t\r\n]")

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
