"""What each page costs right after a publish, next to what it costs once its fragments are kept.

    .venv/bin/python bench/first_render.py [--requests 20] [--database URL] [--redis URL]

In-process, through portal.wsgi's application (no gunicorn, no network), with production
settings, the page cache off and the fragment caches on, as run_load.py's uncached run.
"First render": the content generation is bumped before every request, as a publish does,
so routes, menus, counts, cards and results are all built again. "Kept": the same page
again in the same generation. Reports the median milliseconds and SQL queries of each.
"""

import argparse
import io
import os
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.limits import require_loopback_url, require_within

VAR = Path(__file__).resolve().parent / "var"


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20, help="per page and mode (1-500)")
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/kb_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    options = parser.parse_args(argv)
    require_within(parser, "--requests", options.requests, 1, 500)
    require_loopback_url(options.database)
    require_loopback_url(options.redis)
    return options


def wsgi_get(application, path):
    route, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": urllib.parse.unquote(route),
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    statuses = []
    b"".join(application(environ, lambda status, headers, *_: statuses.append(status)))
    return statuses[0]


def timed(application, connection, path, requests, before_each):
    """(median ms, median queries) of `requests` GETs of `path`."""
    durations, counts = [], []

    def count_query(execute, *args):
        counts[-1] += 1
        return execute(*args)

    for _ in range(requests):
        before_each()
        counts.append(0)
        with connection.execute_wrapper(count_query):
            started = time.perf_counter()
            status = wsgi_get(application, path)
            durations.append((time.perf_counter() - started) * 1000)
        if not status.startswith("200"):
            sys.exit(f"{path} answered {status}")
    return statistics.median(durations), statistics.median(counts)


def main():
    options = parse_arguments()
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "bench-only-not-a-production-key",
            "DATABASE_URL": options.database,
            "REDIS_URL": options.redis,
            "SECURE_SSL_REDIRECT": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            "PAGE_CACHE_SECONDS": "0",
            "STATIC_ROOT": str(VAR / "static"),
            "LOG_LEVEL": "WARNING",
        }
    )
    import django  # here: the settings come from the environment set just above

    django.setup()
    from django.db import connection  # these need Django set up

    from bench import targets
    from portal.page_cache import new_generation
    from portal.wsgi import application

    print(f"{'page':<26} {'first render':>14} {'queries':>8} {'kept':>8} {'queries':>8} {'ratio':>6}")
    for name, path in targets.page_targets():
        if path is None:
            continue
        wsgi_get(application, path)  # Django's own per-process caches (templates, content types)
        first, first_queries = timed(application, connection, path, options.requests, new_generation)
        kept, kept_queries = timed(application, connection, path, options.requests, lambda: None)
        print(
            f"{name:<26} {first:11.1f} ms {first_queries:8.0f} {kept:5.1f} ms {kept_queries:8.0f} "
            f"{first / kept:5.1f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
