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


def database_unavailable_page(view):
    """A stopped or unreachable database gives a "try again later" page (503) in the
    visitor's language instead of an error; nothing that needs the database is rendered."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except (OperationalError, InterfaceError):
            response = render(request, "submissions/unavailable.html", status=503)
            response["Retry-After"] = "300"
            return response

    return wrapped
