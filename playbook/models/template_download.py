from django.conf import settings
from django.http import Http404
from django.utils import translation
from django.utils.text import slugify

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from playbook.editable.document import FillInTemplate
from playbook.editable.response import FORMATS, template_file_response

TEMPLATE_BLOCK_TYPE = "fill_in_template"


class TemplateDownloadMixin(RoutablePageMixin):
    """Adds <page url>templates/<block id>/<docx|odt|pdf>/: a template to fill in from the
    page's body as an editable file, in the page's own language.

    Wagtail only routes live pages here, and view restrictions apply as for the page itself.
    """

    def fill_in_templates(self):
        return [block for block in self.body if block.block_type == TEMPLATE_BLOCK_TYPE]

    def get_cached_paths(self):
        """The page's other addresses and every template file, for an HTTP cache in front."""
        return [
            *super().get_cached_paths(),
            *(
                self.reverse_subpage("fill_in_template", args=(block.id, extension))
                for block in self.fill_in_templates()
                for extension in FORMATS
            ),
        ]

    @path("templates/<uuid:block_id>/<str:extension>/", name="fill_in_template")
    def fill_in_template(self, request, block_id, extension):
        language = self.locale.language_code
        file_format = FORMATS.get(extension)
        block = next((b for b in self.fill_in_templates() if b.id == str(block_id)), None)
        if file_format is None or block is None or language not in dict(settings.LANGUAGES):
            raise Http404
        with translation.override(language):
            return template_file_response(
                request,
                page=self,
                template=FillInTemplate.from_block_value(block.value, language),
                template_id=block.id,
                file_format=file_format,
                filename=slugify(block.value["title"]) or self.slug,
            )
