"""The limit to compare with: Kennisbrug's home page HTML saved as a file.

Served by the same gunicorn and WhiteNoise as Kennisbrug itself, so the difference
in requests per second is what Django, Wagtail and the database cost per page.
STATIC_REFERENCE_ROOT is a folder with index.html; run_load.py fills it.
"""

import os

from whitenoise import WhiteNoise


def not_found(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"Not found\n"]


application = WhiteNoise(not_found, root=os.environ["STATIC_REFERENCE_ROOT"], index_file=True)
