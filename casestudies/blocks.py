"""The body of a case study: portal's shared blocks plus a list of lessons learned."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.blocks import ContentBlock


class LessonsBlock(blocks.StructBlock):
    """What the partners learned, as a short numbered list others can act on."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use “Lessons learned”."),
    )
    lessons = blocks.ListBlock(
        blocks.TextBlock(label=_("Lesson")),
        label=_("Lessons"),
        min_num=1,
    )

    class Meta:
        template = "casestudies/blocks/lessons_block.html"
        icon = "list-ol"
        label = _("Lessons learned")
        description = _("A numbered list of what the partners learned, for others to act on.")
        preview_value = {
            "heading": "Wat we leerden",
            "lessons": [
                "Kom minstens één keer per maand samen met de hele projectgroep.",
                "Reken op coaching voor gemengde studententeams.",
            ],
        }


class CaseStudyBodyBlock(ContentBlock):
    """Portal's content blocks, plus lessons learned."""

    lessons = LessonsBlock()
