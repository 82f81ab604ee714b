import logging
import re

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render

from csp.middleware import CSPMiddleware

from portal.request_logging import current_request_id, request_id_from

logger = logging.getLogger(__name__)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict public policy everywhere except the Wagtail admin.

    The admin's editors and widgets use inline styles and scripts, so staff pages
    get CONTENT_SECURITY_POLICY_ADMIN; visitors never see that relaxed policy.
    """

    admin_prefix = "/admin/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(self.admin_prefix):
            parts.config = parts.config or settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Sends PERMISSIONS_POLICY as the Permissions-Policy header on every response.

    A dozen lines instead of another dependency: the policy is one fixed header.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class RequestIDMiddleware:
    """Gives each request an id, exposes it as X-Request-ID and puts it on every log line.

    An id set by the proxy in front is kept so its logs and ours line up.
    """

    header = "X-Request-ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request.headers.get(self.header, ""))
        token = current_request_id.set(request.request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response[self.header] = request.request_id
        return response


# Control characters (Unicode category Cc) except tab, which a pasted search term may hold:
# NUL cannot be stored or compared by PostgreSQL, and the others have no place in an address.
QUERY_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def bad_request_page(request, reason):
    """The translated 400 page; it needs no database (nothing it shows is looked up)."""
    logger.info("Bad request refused: %s", reason)
    return render(request, "400.html", {"error_page": True}, status=400)


class InputGuardMiddleware:
    """No public input reaches a view, or the database, with a control character in it.

    Every query-string name and value and the path are checked before any view runs;
    a request carrying one gets the 400 page in the visitor's language (it comes after
    LocaleMiddleware). Over-long values and values of the wrong type are each view's
    business (a graceful ignore or a form error); a query string beyond
    INPUT_MAX_QUERY_STRING_LENGTH is refused here, as no page of ours needs one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = self.refusal(request)
        if reason:
            return bad_request_page(request, reason)
        return self.get_response(request)

    @staticmethod
    def refusal(request):
        if QUERY_CONTROL_CHARACTERS.search(request.path_info):
            return "control character in the path"
        if len(request.META.get("QUERY_STRING", "")) > settings.INPUT_MAX_QUERY_STRING_LENGTH:
            return "query string too long"
        for name, values in request.GET.lists():
            if QUERY_CONTROL_CHARACTERS.search(name) or any(
                QUERY_CONTROL_CHARACTERS.search(value) for value in values
            ):
                return "control character in the query string"
        return None


DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable_response(request):
    """The honest "try again later" page: 503 with Retry-After, rendered without the database."""
    response = render(request, "503.html", {"error_page": True}, status=503)
    response["Retry-After"] = str(settings.DATABASE_UNAVAILABLE_RETRY_AFTER)
    return response


class DatabaseUnavailableMiddleware:
    """A view that cannot reach the database answers 503 and Retry-After instead of 500.

    Failures in other middleware (route lookup, sessions) reach handler500
    (portal.views.server_error), which gives the same page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("Database unavailable: %s: %s", type(exception).__name__, exception)
            return database_unavailable_response(request)
        return None
