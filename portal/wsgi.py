import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
django_application = get_wsgi_application()  # loads the apps, which the page cache needs

from portal.page_cache import CachedPageApplication  # noqa: E402

# Cached anonymous pages are answered before Django builds a request (portal.page_cache).
application = CachedPageApplication(django_application)
