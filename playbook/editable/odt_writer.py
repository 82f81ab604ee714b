"""A FillInTemplate as an OpenDocument text (ODT), with outline headings, for LibreOffice
and every other word processor that reads the open standard."""

from io import BytesIO

from odf import dc
from odf.opendocument import OpenDocumentText
from odf.style import ParagraphProperties, Style, TextProperties
from odf.text import H, P

from .document import CHECKBOX


def heading_style(name, size):
    style = Style(name=name, family="paragraph", defaultoutlinelevel="1")
    style.addElement(TextProperties(fontsize=size, fontweight="bold"))
    style.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
    return style


def write_odt(template):
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=template.title))
    document.meta.addElement(dc.Language(text=template.language))
    title_style, section_style = heading_style("Title", "20pt"), heading_style("Heading 1", "14pt")
    footer_style = Style(name="Footer note", family="paragraph")
    footer_style.addElement(TextProperties(fontstyle="italic"))
    for style in (title_style, section_style, footer_style):
        document.styles.addElement(style)
    document.text.addElement(H(outlinelevel=1, stylename=title_style, text=template.title))
    if template.lead:
        document.text.addElement(P(text=template.lead))
    for number, section in enumerate(template.sections, start=1):
        heading = template.section_heading(number, section)
        document.text.addElement(H(outlinelevel=2, stylename=section_style, text=heading))
        if section.text:
            document.text.addElement(P(text=section.text))
        for item in section.items:
            document.text.addElement(P(text=f"{CHECKBOX} {item}"))
    if template.footer:
        document.text.addElement(P(stylename=footer_style, text=template.footer))
    buffer = BytesIO()
    document.write(buffer)
    return buffer.getvalue()
