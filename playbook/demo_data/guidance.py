"""Small builders for demo chapter bodies: (block type, value) pairs a GuidanceBlock accepts."""

from wagtail.rich_text import RichText

# Stands in for the model-contract document of the page's language until the builder resolves it.
MODEL_CONTRACT_DOCUMENT = "model-contract"


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


def download(title, description):
    return ("download", {"document": MODEL_CONTRACT_DOCUMENT, "title": title, "description": description})


def resolve_documents(body, document):
    """The body with the model-contract placeholder replaced by the real document."""
    return [
        (kind, {**value, "document": document}) if kind == "download" else (kind, value)
        for kind, value in body
    ]
