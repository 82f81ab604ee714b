from django.conf import settings
from django.http import Http404
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from playbook.pdf import pdf_response


class PdfDownloadMixin(RoutablePageMixin):
    """Adds <page url>pdf/: the published page as a tagged PDF in the page's own language.

    Wagtail only routes live pages here, and view restrictions apply as for the page itself.
    """

    pdf_template = None

    def get_pdf_context(self, request):
        return {"page": self}

    def get_cached_paths(self):
        """The page and its PDF, for an HTTP cache in front (portal.frontend_purge)."""
        return ["/", self.reverse_subpage("pdf")]

    @property
    def pdf_url(self):
        return self.get_url() + self.reverse_subpage("pdf")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        language = self.locale.language_code
        if language not in dict(settings.LANGUAGES):
            raise Http404
        with translation.override(language):
            return pdf_response(
                request,
                page=self,
                template=self.pdf_template,
                context=self.get_pdf_context(request),
                filename=f"{self.slug}.pdf",
            )
