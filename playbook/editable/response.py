"""Serving a template to fill in, in one of its formats, under the PDFs' rules: the page
route only answers for live pages a visitor may see, and a file is kept in the cache under
the page's PDF key (portal.page_cache.pdf_key: release, content generation, page, language)
with the template and format added, or not kept at all (previews, private pages)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from playbook.pdf import render_pdf
from portal.page_cache import pdf_key

from .docx_writer import write_docx
from .odt_writer import write_odt


def write_pdf(template, request):
    html = render_to_string(
        "playbook/pdf/fill_in_template.html",
        {"template": template, "LANGUAGE_CODE": translation.get_language()},
        request,
    )
    return render_pdf(html, request.build_absolute_uri("/").rstrip("/"))


@dataclass(frozen=True)
class FileFormat:
    extension: str
    content_type: str
    write: Callable
    disposition: str = "attachment"  # a file to edit is saved, not shown in the browser


FORMATS = {
    "docx": FileFormat(
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        lambda template, request: write_docx(template),
    ),
    "odt": FileFormat(
        "odt", "application/vnd.oasis.opendocument.text", lambda template, request: write_odt(template)
    ),
    "pdf": FileFormat("pdf", "application/pdf", write_pdf, disposition="inline"),
}


def template_file_response(request, *, page, template, template_id, file_format, filename):
    """`template` (a FillInTemplate of `page`) written as `file_format`, kept like the page's PDF."""
    key = pdf_key(request, page)
    key = None if key is None else f"{key}:template:{template_id}:{file_format.extension}"
    content = None if key is None else cache.get(key)
    if content is None:
        content = file_format.write(template, request)
        if key is not None:
            cache.set(key, content, settings.PDF_CACHE_SECONDS)
    response = HttpResponse(content, content_type=file_format.content_type)
    response["Content-Disposition"] = (
        f'{file_format.disposition}; filename="{filename}.{file_format.extension}"'
    )
    return response
