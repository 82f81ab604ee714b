from django.conf import settings
from django.http import Http404
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from playbook.pdf import pdf_response, revision_cache_key


class PdfDownloadMixin(RoutablePageMixin):
    """Adds <page url>pdf/: the published page as a tagged PDF in the page's own language.

    Wagtail only routes live pages here, and view restrictions apply as for the page itself.
    """

    pdf_template = None

    def get_pdf_context(self, request):
        return {"page": self}

    def pdf_cache_parts(self):
        """What identifies this rendering; extended by pages whose PDF includes other pages."""
        return [self.pk, self.live_revision_id]

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
                template=self.pdf_template,
                context=self.get_pdf_context(request),
                cache_key=revision_cache_key(type(self).__name__, *self.pdf_cache_parts(), language),
                filename=f"{self.slug}.pdf",
            )
