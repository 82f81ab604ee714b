"""Blocks made for guidance: the draaiboek chapters and the reflection questions.

Each block has one template in playbook/templates/playbook/blocks/, a description
and a preview value. The example block points at a case study: playbook depends on
casestudies (the one dependency between the two apps, named in .importlinter).
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from casestudies.models import CaseStudyPage
from portal.blocks import CalloutBlock, DownloadBlock, QuoteBlock
from portal.public import public_in_active_language

from .reference_blocks import ReferenceListBlock
from .template_blocks import FillInTemplateBlock

PREVIEW_TEMPLATE = "playbook/blocks/preview.html"
GUIDANCE_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class GuidanceTextBlock(blocks.StructBlock):
    """A section of running text. Its heading becomes an entry of the chapter's table of contents."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Optional; a heading is listed in the chapter's table of contents."),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=GUIDANCE_TEXT_FEATURES)

    class Meta:
        template = "playbook/blocks/text_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "pilcrow"
        label = _("Text")
        description = _("A section of text, optionally under a heading listed in the table of contents.")
        preview_value = {
            "heading": "Kom maandelijks samen",
            "text": "<p>Een vaste projectgroep die elke maand samenkomt, houdt iedereen op de hoogte.</p>",
        }


class GuidanceTipBlock(CalloutBlock):
    class Meta:
        template = "playbook/blocks/tip_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "help"
        label = _("Tip")
        description = _("Advice from people who did it before.")
        preview_value = {
            "heading": "Plan vaste feedbackmomenten",
            "text": "<p>Studenten krijgen houvast als ze weten wanneer ze feedback krijgen.</p>",
        }


class PitfallBlock(CalloutBlock):
    class Meta:
        template = "playbook/blocks/pitfall_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "warning"
        label = _("Pitfall")
        description = _("An obstacle others ran into, and how to avoid it.")
        preview_value = {
            "heading": "Coaching kost meer dan regulier onderwijs dekt",
            "text": "<p>Reken op middelen van de projectsponsor voor intensieve coaching.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    """Items a reader can tick on screen; the ticks stay in the reader's browser only."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items"))

    class Meta:
        template = "playbook/blocks/checklist_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "tasks"
        label = _("Checklist")
        description = _("A list of things to arrange; readers can tick them off on screen.")
        preview_value = {
            "heading": "Voor de start",
            "items": ["Projectgroep samengesteld", "Maandelijks overleg gepland", "Middelen verdeeld"],
        }


class GuidanceQuoteBlock(QuoteBlock):
    class Meta:
        template = "playbook/blocks/quote_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "quote": "Jonge mensen kijken anders naar een probleem en komen met andere oplossingen.",
            "attribution": "Stad Leuven",
        }


class DefinitionBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    definition = blocks.RichTextBlock(label=_("Definition"), features=["bold", "italic", "link"])

    class Meta:
        template = "playbook/blocks/definition_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "doc-full-inverse"
        label = _("Definition")
        description = _("A term and what it means in this playbook.")
        preview_value = {
            "term": "Brugfiguur",
            "definition": "<p>Een vast, laagdrempelig aanspreekpunt tussen de instelling en de buurt.</p>",
        }


class ExampleBlock(blocks.StructBlock):
    case_study = blocks.PageChooserBlock(page_type=CaseStudyPage, label=_("Case study"))
    note = blocks.TextBlock(
        label=_("What it shows"),
        required=False,
        help_text=_("One sentence on what this case study illustrates here."),
    )

    def get_preview_value(self):
        # A preview needs a real case study: the first public one, when there is one.
        case_study = public_in_active_language(CaseStudyPage.objects.all()).first()
        return self.normalize({"case_study": case_study, "note": "Zo pakte een stad dit aan."})

    def get_context(self, value, parent_context=None):
        """The chosen case study in the reader's language, and only while it is public."""
        context = super().get_context(value, parent_context=parent_context)
        chosen = value["case_study"]
        context["case_study"] = (
            public_in_active_language(CaseStudyPage.objects.filter(pk=chosen.pk)).first() if chosen else None
        )
        return context

    class Meta:
        template = "playbook/blocks/example_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "link"
        label = _("Example")
        description = _("A link to a case study that shows this advice in practice.")


class GuidanceDownloadBlock(DownloadBlock):
    def get_preview_value(self):
        document = self.child_blocks["document"].model_class.objects.order_by("-created_at").first()
        return self.normalize({"document": document, "title": "", "description": ""})

    class Meta:
        template = "playbook/blocks/download_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "doc-full"
        label = _("Download")
        description = _("A document to download, such as the model contract.")


class GuidanceBlock(blocks.StreamBlock):
    """The body of a draaiboek chapter."""

    text = GuidanceTextBlock()
    tip = GuidanceTipBlock()
    pitfall = PitfallBlock()
    checklist = ChecklistBlock()
    quote = GuidanceQuoteBlock()
    definition = DefinitionBlock()
    example = ExampleBlock()
    download = GuidanceDownloadBlock()
    fill_in_template = FillInTemplateBlock()
    references = ReferenceListBlock()


class ReflectionQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    sub_questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Sub-question"), max_length=300),
        label=_("Sub-questions"),
        default=[],
        min_num=0,
        help_text=_("Optional follow-up questions, numbered a, b, c."),
    )

    class Meta:
        template = "playbook/blocks/question_block.html"
        preview_template = PREVIEW_TEMPLATE
        icon = "help"
        label = _("Question")
        description = _("A numbered reflection question with optional sub-questions.")
        preview_value = {
            "question": "Wie zijn de actoren in jouw service-learningvak?",
            "sub_questions": ["Zijn zij ook partners?", "Welke stemmen ontbreken?"],
        }


class ReflectionQuestionsBlock(blocks.StreamBlock):
    question = ReflectionQuestionBlock()

    class Meta:
        min_num = 1
