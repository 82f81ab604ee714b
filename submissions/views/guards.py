"""What protects the public views: rate limits and a clear page when the database is down."""

from functools import wraps

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render

from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from ..addresses import canonical_email


def submitted_email(group, request):
    """The posted address in its canonical form: one mailbox is one counter, however it is written."""
    return canonical_email(request.POST.get("email", ""))


def rate_from_setting(name):
    # Read at request time, so the setting can change without a restart of the URLconf.
    return lambda group, request: getattr(settings, name)


def over_limit(request, group, key, setting):
    return is_ratelimited(
        request, group=group, key=key, rate=rate_from_setting(setting), method=ALL, increment=True
    )


def too_many_requests(request):
    response = render(request, "submissions/too_many_requests.html", status=429)
    response["Retry-After"] = "3600"
    return response


# Posted fields that are not the partner's answers.
NOT_ANSWERS = {"csrfmiddlewaretoken", "form_token", "website", "action"}


def posted_answers(request, form_classes):
    """(label, value) of each answer the partner posted, labelled as on the form; no database needed."""
    labels = {}
    for entry in form_classes:
        prefix, form_class = entry if isinstance(entry, tuple) else ("", entry)
        for name, field in form_class.base_fields.items():
            labels[f"{prefix}-{name}" if prefix else name] = field.label
    answers = []
    for name, values in request.POST.lists():
        if name in NOT_ANSWERS:
            continue
        value = ", ".join(value for value in values if value.strip())
        if value:
            answers.append((labels.get(name, name), value))
    return answers


def database_unavailable_page(view=None, *, form_classes=()):  # form classes, or (prefix, form class)
    """A stopped or unreachable database gives a "try again later" page (503) in the
    visitor's language instead of an error; nothing that needs the database is rendered.

    After a post the page keeps the partner's answers on screen, to read and copy, and in
    a form that sends them again as they were (the same form token: a question that was
    stored after all is not stored twice). Only attachments have to be chosen again.
    """

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except (OperationalError, InterfaceError):
                context = {}
                if request.method == "POST":
                    context = {
                        "answers": posted_answers(request, form_classes),
                        "posted": [
                            (name, value)
                            for name, values in request.POST.lists()
                            if name != "csrfmiddlewaretoken"
                            for value in values
                        ],
                        "had_files": bool(request.FILES),
                    }
                response = render(request, "submissions/unavailable.html", context, status=503)
                response["Retry-After"] = str(settings.DATABASE_UNAVAILABLE_RETRY_AFTER)
                return response

        return wrapped

    return decorate(view) if view is not None else decorate
