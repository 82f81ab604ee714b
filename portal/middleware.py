from django.conf import settings

from csp.middleware import CSPMiddleware


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
