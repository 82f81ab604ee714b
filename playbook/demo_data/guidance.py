"""Small builders for demo chapter bodies: (block type, value) pairs a GuidanceBlock accepts."""

from wagtail.rich_text import RichText


def text(heading, *paragraphs, items=()):
    html = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    if items:
        html += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return ("text", {"heading": heading, "text": RichText(html)})


def tip(heading, body):
    return ("tip", {"heading": heading, "text": RichText(f"<p>{body}</p>")})


def pitfall(heading, body):
    return ("pitfall", {"heading": heading, "text": RichText(f"<p>{body}</p>")})


def checklist(heading, *items):
    return ("checklist", {"heading": heading, "items": list(items)})


def quote(words, attribution):
    return ("quote", {"quote": words, "attribution": attribution})


def definition(term, body):
    return ("definition", {"term": term, "definition": RichText(f"<p>{body}</p>")})


def fill_in(template):
    """A template to fill in (playbook.template_blocks), offered as DOCX, ODT and PDF."""
    return ("fill_in_template", template)


def reference(authors, year, title, publisher="", url="", note=""):
    return {
        "authors": authors,
        "year": year,
        "title": title,
        "publisher": publisher,
        "url": url,
        "note": note,
    }


def references(heading, *items):
    return ("references", {"heading": heading, "references": list(items)})
