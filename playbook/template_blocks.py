"""The block for a template to fill in: editors write it once, in the chapter, and readers
download it as DOCX, ODT or PDF (playbook.editable, served by the chapter's routes)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class TemplateSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    text = blocks.TextBlock(
        label=_("What to fill in"), required=False, help_text=_("Guidance or a question the reader answers.")
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=250),
        label=_("Checklist items"),
        default=[],
        min_num=0,
        help_text=_("Optional: each item gets an empty box to tick."),
    )


class FillInTemplateBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    lead = blocks.TextBlock(label=_("Introduction"), required=False)
    numbered = blocks.BooleanBlock(
        label=_("Number the sections"), required=False, default=True, help_text=_("As articles or steps.")
    )
    sections = blocks.ListBlock(TemplateSectionBlock(), label=_("Sections"), min_num=1)
    footer = blocks.CharBlock(
        label=_("Closing note"), required=False, max_length=250, help_text=_("E.g. “Not legal advice.”")
    )

    class Meta:
        template = "playbook/blocks/fill_in_template_block.html"
        preview_template = "playbook/blocks/preview.html"
        icon = "form"
        label = _("Template to fill in")
        description = _(
            "A document readers download as DOCX, ODT or PDF and fill in, such as a project plan."
        )
        preview_value = {
            "title": "Plan van aanpak",
            "lead": "Vul elk onderdeel samen met de projectgroep in.",
            "numbered": True,
            "sections": [{"heading": "Doel", "text": "Wat wilt u bereiken?", "items": []}],
            "footer": "",
        }
