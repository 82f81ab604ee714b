"""Staff-only download of a partner's attachment (mounted under the Wagtail admin)."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from ..models import Attachment


def download_attachment(request, pk):
    if not request.user.has_perm("submissions.view_vraagstuk"):
        raise PermissionDenied
    attachment = get_object_or_404(Attachment, pk=pk)
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response
