import os

from django.core.wsgi import get_wsgi_application

from portal.page_cache import CachedPageApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

# Cached anonymous pages are answered before Django builds a request (portal.page_cache).
application = CachedPageApplication(get_wsgi_application())
