from django.conf import settings

from csp.middleware import CSPMiddleware

from portal.request_logging import current_request_id, request_id_from


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
