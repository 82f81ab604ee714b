from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class SelfCheckBlock(blocks.StructBlock):
    """One question of the guide's self-check, with advice for a partner who answers no."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    advice = blocks.TextBlock(label=_("Advice if the answer is no"), required=False)

    class Meta:
        template = "submissions/blocks/self_check_block.html"
        icon = "tick"
        label = _("Self-check question")
        description = _("A question partners ask themselves before they submit.")
        preview_value = {
            "question": "Mogen studenten fouten maken en mag de uitkomst anders zijn dan verwacht?",
            "advice": "Studenten leren terwijl ze werken; reken op bruikbare ideeën, niet op een garantie.",
        }
