"""Tagged PDFs of published pages, rendered by WeasyPrint, kept per content generation and release
(portal.page_cache.pdf_key): any publish, image, document or deploy renders them anew.

WeasyPrint fetches the stylesheet and images a PDF template refers to. It gets
them from disk through LocalFileFetcher, never over the network: a PDF must not
make the server request another host (or itself) while it renders.
"""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from portal.page_cache import pdf_key

PDF_VARIANT = "pdf/ua-1"


class LocalFileFetcher(URLFetcher):
    """Serves this site's static and media files from disk; refuses every other URL."""

    def __init__(self, origin, **kwargs):
        super().__init__(allowed_protocols=["http", "https"], allow_redirects=False, **kwargs)
        self.origin = origin.rstrip("/")

    def fetch(self, url, headers=None):
        path = self.local_path(url)
        if path is None:
            raise ValueError(f"PDF rendering refuses to fetch {url}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": content_type})

    def local_path(self, url):
        """The file on disk behind a same-origin /static/ or /media/ URL, or None."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return None
        url_path = unquote(parts.path)
        try:
            if url_path.startswith(settings.STATIC_URL):
                return static_file(url_path.removeprefix(settings.STATIC_URL))
            if url_path.startswith(settings.MEDIA_URL):
                return existing_file(default_storage.path(url_path.removeprefix(settings.MEDIA_URL)))
        except SuspiciousFileOperation:
            return None
        return None


def existing_file(path):
    path = Path(path)
    return path if path.is_file() else None


def static_file(name):
    """A collected file (production, hashed names) or one found in the apps (development)."""
    collected = existing_file(staticfiles_storage.path(name)) if settings.STATIC_ROOT else None
    if collected is None and (found := finders.find(name)):
        collected = existing_file(found)
    return collected


def render_pdf(html, origin):
    document = HTML(string=html, base_url=f"{origin}/", url_fetcher=LocalFileFetcher(origin))
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def pdf_response(request, *, page, template, context, filename):
    """The PDF of `page`, rendered from template in the active language unless it is kept."""
    key = pdf_key(request, page)
    pdf = None if key is None else cache.get(key)
    if pdf is None:
        origin = request.build_absolute_uri("/").rstrip("/")
        html = render_to_string(template, {**context, "LANGUAGE_CODE": translation.get_language()}, request)
        pdf = render_pdf(html, origin)
        if key is not None:
            cache.set(key, pdf, settings.PDF_CACHE_SECONDS)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
