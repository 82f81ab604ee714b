"""Load benchmark: Kennisbrug under gunicorn next to a static copy of its home page.

    .venv/bin/python bench/run_load.py [--duration 10] [--posts 400]

Serves Kennisbrug with production settings (2 sync workers on 127.0.0.1) against the
kb_bench database, first with every cache off (a newly published page, an editor, a crawler
walking facet combinations), then with the page cache off (menu, footer and PDFs kept), then
with every cache on, and in the same run the
home page's HTML as a file through the same gunicorn and WhiteNoise (the limit).
Measures every page with wrk -t2 -c16 for a bounded time, then form submissions
with form_load.py, counts the stored rows, and reads the workers' memory. Every
server it starts is stopped on exit, error or Ctrl-C. Only loopback addresses.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.limits import require_loopback, require_loopback_url, require_within
from bench.servers import PROJECT, Gunicorn
from bench.wrk import require_wrk, run_wrk

VAR = PROJECT / "bench" / "var"
BENCH_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "bench-only-not-a-production-key",
    "SECURE_SSL_REDIRECT": "false",
    "STATIC_ROOT": str(VAR / "static"),
    "LOG_LEVEL": "WARNING",
    # Every submission gets its own e-mail address; the per-address limit stays as it is.
    "SUBMISSION_RATE_PER_IP": "1000000/h",
}


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8107)
    parser.add_argument("--static-port", type=int, default=8108)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/kb_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13", help="empty for local memory")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run (1-120)")
    parser.add_argument("--posts", type=int, default=400, help="form submissions (at most 5000)")
    parser.add_argument("--post-threads", type=int, default=8)
    parser.add_argument("--output", default=str(PROJECT / "bench" / "results" / "latest.json"))
    options = parser.parse_args(argv)
    require_within(parser, "--duration", options.duration, 1, 120)
    require_within(parser, "--posts", options.posts, 0, 5000)
    require_within(parser, "--post-threads", options.post_threads, 1, 32)
    require_within(parser, "--port", options.port, 1024, 65535)
    require_within(parser, "--static-port", options.static_port, 1024, 65535)
    require_loopback(options.host)
    require_loopback_url(options.database)
    if options.redis:
        require_loopback_url(options.redis)
    return options


# Mode: the cache settings it runs with (portal/page_cache.py says what each keeps).
MODES = {
    "every cache off": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE_SECONDS": "0", "PDF_CACHE_SECONDS": "0"},
    "uncached": {"PAGE_CACHE_SECONDS": "0"},
    "cached": {"PAGE_CACHE_SECONDS": "600"},
}


def environment(options, mode="uncached"):
    env = {**os.environ, **BENCH_ENVIRONMENT, "DATABASE_URL": options.database, **MODES[mode]}
    env["ALLOWED_HOSTS"] = f"{options.host},localhost,127.0.0.1"
    env["REDIS_URL"] = options.redis
    return env


def measure(server, targets, duration):
    results = {}
    for name, path in targets:
        if path is None:
            results[name] = None
            continue
        urllib.request.urlopen(server.address + path, timeout=30).read()  # noqa: S310 (first render, warms caches)
        results[name] = {"path": path, **run_wrk(server.address + path, duration)}
        print(f"  {name:<26} {results[name]['requests_per_second']:8.1f} req/s", flush=True)
    return results


def main():
    options = parse_arguments()
    require_wrk()
    base_env = environment(options)
    os.environ.update({key: base_env[key] for key in (*BENCH_ENVIRONMENT, "DATABASE_URL", "REDIS_URL")})
    import django  # here: the settings come from the environment set just above

    django.setup()
    from bench import targets as target_lookup  # needs Django set up
    from bench.form_load import run_form_load

    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=PROJECT,
        env=base_env,
        check=True,
    )
    if options.redis:
        subprocess.run(["redis-cli", "-u", options.redis, "flushdb"], check=True, capture_output=True)
    targets = target_lookup.page_targets()
    servers = []
    # Stop servers on SIGTERM too (Ctrl-C already raises KeyboardInterrupt).
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    report = {"started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "duration": options.duration, "modes": {}}
    try:
        for mode in MODES:
            kennisbrug = Gunicorn(
                "portal.wsgi:application",
                options.host,
                options.port,
                environment(options, mode),
                VAR / f"gunicorn-{mode}.log",
            )
            servers.append(kennisbrug.start("/nl/"))
            if "static" not in report:
                reference_root = VAR / "reference"
                reference_root.mkdir(parents=True, exist_ok=True)
                html = urllib.request.urlopen(kennisbrug.address + "/nl/", timeout=30).read()  # noqa: S310
                (reference_root / "index.html").write_bytes(html)
                static_env = {**base_env, "STATIC_REFERENCE_ROOT": str(reference_root)}
                static = Gunicorn(
                    "bench.static_reference:application",
                    options.host,
                    options.static_port,
                    static_env,
                    VAR / "gunicorn-static.log",
                )
                servers.append(static.start("/"))
                print("static reference", flush=True)
                report["static"] = run_wrk(static.address + "/", options.duration)
                print(f"  {'home page as a file':<26} {report['static']['requests_per_second']:8.1f} req/s")
            print(mode, flush=True)
            report["modes"][mode] = {"pages": measure(kennisbrug, targets, options.duration)}
            form_path = target_lookup.form_target()
            if mode == "uncached" and form_path and options.posts:
                before = target_lookup.stored_submissions()
                posts = run_form_load(
                    kennisbrug.address + form_path, options.posts, options.post_threads, 120, 3
                )
                posts["rows_stored"] = target_lookup.stored_submissions() - before
                report["modes"][mode]["form_posts"] = posts
                print(
                    f"  form POSTs: {posts['accepted']}/{posts['posted']} accepted, {posts['rows_stored']} stored"
                )
            report["modes"][mode]["worker_rss_mb"] = kennisbrug.worker_rss_mb()
            kennisbrug.stop()
        report["static_after"] = run_wrk(f"http://{options.host}:{options.static_port}/", options.duration)
    finally:
        for server in reversed(servers):
            server.stop()
    Path(options.output).parent.mkdir(parents=True, exist_ok=True)
    Path(options.output).write_text(json.dumps(report, indent=2))
    print(f"Results in {options.output}; tabulate with: .venv/bin/python bench/report.py")


if __name__ == "__main__":
    main()
