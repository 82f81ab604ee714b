"""Files the demo draaiboek links to, made in code: the transformational-partnership figure
(a PNG per language, drawn with Pillow). The templates to fill in (model contract outline,
project plan, kick-off checklist) are blocks of their chapters, written to DOCX, ODT and PDF
when a reader asks (playbook.editable)."""

from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image, ImageDraw, ImageFont

# Bringle, Clayton & Price (2009): from a transactional to a transformational partnership.
PARTNERSHIP_STEPS = {
    "nl": [
        "Wederzijds bewustzijn",
        "Wederzijdse communicatie",
        "Wederzijdse coördinatie",
        "Planning en geformaliseerd leiderschap",
        "Werken aan gedeelde doelen",
        "Werken met gedeelde middelen",
        "Integratie van doelen",
        "Synergie",
    ],
    "en": [
        "Mutual awareness",
        "Mutual communication",
        "Mutual coordination",
        "Planning and formalised leadership",
        "Working towards shared goals",
        "Working with shared resources",
        "Integration of goals",
        "Synergy",
    ],
}
FIGURE_LABELS = {
    "nl": (
        "Transactioneel",
        "Transformatief",
        "Het transformatieve partnerschap (Bringle, Clayton & Price, 2009)",
    ),
    "en": (
        "Transactional",
        "Transformational",
        "The transformational partnership (Bringle, Clayton & Price, 2009)",
    ),
}
FIGURE_TITLES = {"nl": "Transformatief partnerschap (model)", "en": "Transformational partnership (model)"}


def draw_partnership_figure(language):
    """A staircase of eight steps from a transactional to a transformational partnership."""
    width, height, step_height = 1200, 820, 80
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    heading_font = ImageFont.load_default(size=30)
    low, high, caption = FIGURE_LABELS[language]
    draw.text((40, 24), caption, fill="#1b1b1f", font=heading_font)
    for index, label in enumerate(PARTNERSHIP_STEPS[language]):
        left = 60 + index * 70
        top = height - 140 - index * step_height
        shade = 235 - index * 18
        draw.rectangle(
            (left, top, width - 60, top + step_height - 8), fill=(shade, shade + 8, 255), outline="#0b5394"
        )
        draw.text((left + 18, top + 22), label, fill="#1b1b1f" if index < 5 else "white", font=font)
    draw.text((60, height - 26), low, fill="#4a4a55", font=font, anchor="ls")
    draw.text((width - 60, 100), high, fill="#4a4a55", font=font, anchor="rs")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def ensure_partnership_figures(ctx):
    """The figure in each language (its words are part of the image), keyed by language code."""
    Image_ = get_image_model()
    figures = {}
    for language, title in FIGURE_TITLES.items():
        image = Image_.objects.filter(title=title).first()
        if image is None:
            png = ImageFile(BytesIO(draw_partnership_figure(language)), name=f"partnerschap-{language}.png")
            image = Image_.objects.create(title=title, description=FIGURE_LABELS[language][2], file=png)
            ctx.created.append(image)
            ctx.log(f"{language}  image {title}")
        figures[language] = image
    return figures


def delete_assets():
    get_image_model().objects.filter(title__in=FIGURE_TITLES.values()).delete()
