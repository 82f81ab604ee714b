"""Staff-only download of a partner's attachment (mounted under the Wagtail admin)."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from ..models import Attachment


def download_attachment(request, pk):
    if not request.user.has_perm("submissions.view_vraagstuk"):
        raise PermissionDenied
    attachment = get_object_or_404(Attachment.objects.select_related("vraagstuk"), pk=pk)
    # Saved, never shown inline, under a name of our making with the extension of the type
    # detected at upload; the browser may not guess another type from the content.
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.download_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
