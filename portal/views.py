import logging
import secrets
import sys
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Site

from django_tasks_db.models import DBTaskResult, get_date_max

from portal.middleware import DATABASE_ERRORS, database_unavailable_response
from portal.models import SiteSettings
from portal.task_queue import abandoned_tasks

logger = logging.getLogger(__name__)


def page_not_found(request, exception=None):
    try:
        return render(request, "404.html", {"error_page": True}, status=404)
    except DATABASE_ERRORS:
        # The 404 page shows the menu and footer; without the database it cannot.
        return database_unavailable_response(request)


def bad_request(request, exception=None):
    return render(request, "400.html", {"error_page": True}, status=400)


def server_error(request):
    """500, or the 503 "try again later" page when the database could not be reached
    (an error in a middleware that reads it: only view errors reach DatabaseUnavailableMiddleware)."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable_response(request)
    return render(request, "500.html", status=500)


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


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    """Writes, reads and removes a key of this probe's own: two probes at once never read
    each other's value (one shared key gave false failures)."""
    probe = secrets.token_hex(8)
    key = f"health-probe:{probe}"
    cache.set(key, probe, timeout=30)
    try:
        return cache.get(key) == probe
    finally:
        cache.delete(key)


def task_queue_keeps_up():
    """False when a task that could run has waited longer than HEALTH_TASK_MAX_WAIT_SECONDS, or
    a task has been "running" so long that its worker must have died (portal.task_queue)."""
    cutoff = timezone.now() - timedelta(seconds=settings.HEALTH_TASK_MAX_WAIT_SECONDS)
    overdue = DBTaskResult.objects.ready().filter(
        Q(run_after=get_date_max(), enqueued_at__lt=cutoff) | Q(run_after__lt=cutoff)
    )
    return not overdue.exists() and not abandoned_tasks().exists()


HEALTH_CHECKS = {"database": database_answers, "cache": cache_answers, "tasks": task_queue_keeps_up}


@require_GET
@never_cache
def health(request):
    """For load balancers and monitoring: 200 when every check passes, else 503.

    The body names the checks and nothing else: no versions, hosts or personal data.
    Why a check failed goes to the log, tagged with the request id.
    """
    results = {}
    for name, check in HEALTH_CHECKS.items():
        try:
            results[name] = "ok" if check() else "fail"
        except Exception:
            logger.exception("Health check %s raised", name)
            results[name] = "fail"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "fail", "checks": results}, status=200 if healthy else 503
    )
