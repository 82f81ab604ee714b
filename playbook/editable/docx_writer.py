"""A FillInTemplate as a Word document (DOCX), with real headings so a reader's word
processor shows its outline and a screen reader can move through it."""

from io import BytesIO

from docx import Document

from .document import CHECKBOX


def write_docx(template):
    document = Document()
    properties = document.core_properties
    properties.title = template.title
    properties.language = template.language
    properties.author = "Kennisbrug"
    document.add_heading(template.title, level=0)
    if template.lead:
        document.add_paragraph(template.lead)
    for number, section in enumerate(template.sections, start=1):
        document.add_heading(template.section_heading(number, section), level=1)
        if section.text:
            document.add_paragraph(section.text)
        for item in section.items:
            document.add_paragraph(f"{CHECKBOX} {item}")
    if template.footer:
        document.add_paragraph().add_run(template.footer).italic = True
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
