"""Where one uncached page view spends its time: pyinstrument over N requests, in-process.

    .venv/bin/python bench/profile_page.py /nl/ [--requests 50] [--database URL]
        [--every-cache-off] [--tree]

Production settings against the benchmark database with the page cache off (the
fragment caches on, as in production, unless --every-cache-off: what an editor or a
newly published page costs); --tree prints the call tree instead of the functions'
own times. Django's test client, so the profile shows
Django, Wagtail and the templates without gunicorn or the network.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/kb_bench")
    parser.add_argument("--every-cache-off", action="store_true")
    parser.add_argument("--tree", action="store_true")
    options = parser.parse_args()
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-not-a-production-key",
            "DATABASE_URL": options.database,
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "testserver",
            "PAGE_CACHE_SECONDS": "0",
            "STATIC_ROOT": str(Path(__file__).resolve().parent / "var" / "static"),
            "LOG_LEVEL": "WARNING",
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13"),
        }
    )
    if options.every_cache_off:
        os.environ.update({"FRAGMENT_CACHE_SECONDS": "0", "PDF_CACHE_SECONDS": "0"})
    import django  # here: the settings come from the environment set just above

    django.setup()
    from django.test import Client

    from pyinstrument import Profiler

    client = Client()
    assert client.get(options.path).status_code == 200, options.path  # warms the fragment caches
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(options.requests):
            client.get(options.path)
    print(f"{options.path}: {profiler.last_session.duration * 1000 / options.requests:.1f} ms per request")
    print(profiler.output_text(unicode=True, flat=not options.tree)[: 30000 if options.tree else 6000])


if __name__ == "__main__":
    main()
