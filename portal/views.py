from datetime import timedelta

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Site

from portal.models import SiteSettings


def page_not_found(request, exception=None):
    return render(request, "404.html", {"error_page": True}, status=404)


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return render(request, "portal/plain.txt", {"lines": lines}, content_type="text/plain")


@require_GET
@cache_control(max_age=60 * 60 * 24, public=True)
def security_txt(request):
    """RFC 9116: whom to tell about a vulnerability. Expires rolls forward, never stale."""
    site = Site.find_for_request(request)
    contact = SiteSettings.for_site(site).contact_email if site else "security@example.org"
    expires = (timezone.now() + timedelta(days=180)).replace(microsecond=0)
    lines = [
        f"Contact: mailto:{contact}",
        f"Expires: {expires.isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri()}",
        "",
    ]
    return render(request, "portal/plain.txt", {"lines": lines}, content_type="text/plain")
