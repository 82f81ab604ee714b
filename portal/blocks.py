"""Blocks shared by every kind of page. Each has one template in templates/blocks/,
a description and a preview for editors."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEXT_FEATURES, **kwargs)

    class Meta:
        template = "blocks/text_block.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("Paragraphs with headings, lists and links.")
        preview_value = "<p>Studenten kijken met een frisse blik naar vraagstukken uit de stad.</p>"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        template = "blocks/quote_block.html"
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "quote": "Samen willen we de stad mooier en leuker maken voor iedereen.",
            "attribution": "Leren met de Stad",
        }


class CalloutBlock(blocks.StructBlock):
    """A tip or an obstacle: short advice set apart from the running text."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"


class TipBlock(CalloutBlock):
    class Meta:
        template = "blocks/tip_block.html"
        label = _("Tip")
        icon = "help"
        description = _("Advice for others who want to do the same.")
        preview_value = {
            "heading": "Kom maandelijks samen",
            "text": "<p>Een vast overleg houdt iedereen op de hoogte.</p>",
        }


class ObstacleBlock(CalloutBlock):
    class Meta:
        template = "blocks/obstacle_block.html"
        label = _("Obstacle")
        icon = "warning"
        description = _("Something that got in the way, and how it was handled.")
        preview_value = {
            "heading": "Coaching kost meer tijd dan verwacht",
            "text": "<p>Reken op extra middelen voor gemengde teams.</p>",
        }


class FigureBlock(ImageBlock):
    """An image with alternative text, or marked as decorative."""

    class Meta:
        template = "blocks/figure_block.html"
        # A chooser block has no sample value without an image in the library.
        preview_template = "blocks/previews/figure_block.html"
        label = _("Image")
        description = _("An image with alternative text, or marked as decorative.")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        template = "blocks/download_block.html"
        preview_template = "blocks/previews/download_block.html"
        icon = "doc-full"
        label = _("Download")
        description = _("A document visitors can download, such as a model contract.")


class VideoBlock(EmbedBlock):
    class Meta:
        template = "blocks/embed_block.html"
        # A sample embed would fetch from another host; the preview describes it instead.
        preview_template = "blocks/previews/embed_block.html"
        icon = "media"
        label = _("Embed")
        description = _("A video or other embedded media from a supported provider.")


class ContentBlock(blocks.StreamBlock):
    """The body of standard pages and the home page."""

    text = TextBlock()
    quote = QuoteBlock()
    tip = TipBlock()
    obstacle = ObstacleBlock()
    image = FigureBlock()
    download = DownloadBlock()
    embed = VideoBlock()
