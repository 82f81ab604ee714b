"""A list of further reading with full citations, so a reader can find each source."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ReferenceBlock(blocks.StructBlock):
    authors = blocks.CharBlock(
        label=_("Authors"), max_length=250, help_text=_("E.g. “Bringle, Clayton & Price”.")
    )
    year = blocks.CharBlock(label=_("Year"), max_length=20, required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    publisher = blocks.CharBlock(
        label=_("Published in or by"),
        max_length=250,
        required=False,
        help_text=_("Journal, publisher or site."),
    )
    url = blocks.URLBlock(label=_("Web address"), required=False)
    note = blocks.CharBlock(label=_("Why read it"), max_length=300, required=False)


class ReferenceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    references = blocks.ListBlock(ReferenceBlock(), label=_("References"), min_num=1)

    class Meta:
        template = "playbook/blocks/reference_list_block.html"
        preview_template = "playbook/blocks/preview.html"
        icon = "list-ul"
        label = _("Further reading")
        description = _("Sources with full citations: authors, year, title, publisher and address.")
        preview_value = {
            "heading": "Verder lezen",
            "references": [
                {
                    "authors": "Bringle, R. G., Clayton, P. H. & Price, M. F.",
                    "year": "2009",
                    "title": "Partnerships in service learning and civic engagement",
                    "publisher": "Partnerships: A Journal of Service Learning & Civic Engagement",
                    "url": "",
                    "note": "",
                }
            ],
        }
