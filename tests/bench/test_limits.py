"""The benchmark scripts talk to this machine only, bound every run, and stop what they start."""

import socket
import urllib.error
import urllib.request

import pytest

from bench import first_render, run_load
from bench.limits import require_local_database, require_loopback, require_loopback_url
from bench.servers import Gunicorn


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_are_accepted(host):
    require_loopback(host)


@pytest.mark.parametrize(
    "host",
    [
        "10.0.0.1",
        "192.168.1.20",
        "8.8.8.8",
        "0.0.0.0",  # noqa: S104 (every interface: exactly what must be refused)
        "::",
        "2001:db8::1",
        "169.254.1.1",
        "",
        "bench.example.org",
        "127.0.0.1.example",
        "a" * 300,
    ],
)
def test_other_hosts_are_refused(host):
    with pytest.raises(SystemExit, match="Refusing to run"):
        require_loopback(host)


@pytest.mark.parametrize(
    "url",
    [
        "postgres://postgres@127.0.0.1:5432/kb_bench",
        "postgres:///kb_bench",
        "postgres://user:secret@[::1]:5432/kb_bench",
        "redis://localhost:6379/13",
    ],
)
def test_local_service_addresses_are_accepted(url):
    require_loopback_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "postgres://postgres@db.internal:5432/kennisbrug",
        "postgres://postgres@10.1.2.3/kennisbrug",
        "postgres://user@[2001:db8::1]/kennisbrug",
        "redis://192.168.0.2:6379/0",
    ],
)
def test_remote_service_addresses_are_refused(url):
    with pytest.raises(SystemExit, match="Refusing to run"):
        require_loopback_url(url)


@pytest.mark.parametrize("host", ["", "/var/run/postgresql", "127.0.0.1", "localhost"])
def test_local_databases_are_accepted(host):
    require_local_database({"HOST": host, "NAME": "kb_bench"})


@pytest.mark.parametrize("host", ["10.0.0.5", "db.example.org", "192.168.10.1"])
def test_remote_databases_are_refused(host):
    with pytest.raises(SystemExit, match="Refusing to run"):
        require_local_database({"HOST": host, "NAME": "kb_bench"})


def test_the_load_run_defaults_are_bounded_and_local():
    options = run_load.parse_arguments([])
    assert (options.host, options.duration, options.posts) == ("127.0.0.1", 10, 400)


@pytest.mark.parametrize(
    "argv",
    [
        ["--duration", "0"],
        ["--duration", "121"],
        ["--duration", "-5"],
        ["--duration", "ten"],
        ["--posts", "5001"],
        ["--posts", "-1"],
        ["--post-threads", "0"],
        ["--post-threads", "33"],
        ["--port", "80"],
        ["--static-port", "70000"],
        ["--host", "10.0.0.1"],
        ["--host", "0.0.0.0"],  # noqa: S104 (refused)
        ["--database", "postgres://postgres@10.0.0.1:5432/kb_bench"],
        ["--redis", "redis://192.168.1.1:6379/0"],
    ],
)
def test_the_load_run_refuses_unbounded_or_remote_runs(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        run_load.parse_arguments(argv)
    assert stopped.value.code not in (0, None)
    said = str(stopped.value.code) + capsys.readouterr().err
    assert "Refusing to run" in said or "between" in said or "invalid int value" in said


@pytest.mark.parametrize(
    "argv",
    [
        ["--requests", "0"],
        ["--requests", "501"],
        ["--database", "postgres://postgres@10.0.0.1/kb_bench"],
        ["--redis", "redis://cache.example.org:6379/13"],
    ],
)
def test_the_first_render_timing_refuses_unbounded_or_remote_runs(argv):
    with pytest.raises(SystemExit) as stopped:
        first_render.parse_arguments(argv)
    assert stopped.value.code not in (0, None)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_started_server_is_stopped_with_its_workers(tmp_path):
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>Kennisbrug</title>")
    port = free_port()
    server = Gunicorn(
        "bench.static_reference:application",
        "127.0.0.1",
        port,
        {"STATIC_REFERENCE_ROOT": str(tmp_path), "PATH": "/usr/bin:/bin"},
        tmp_path / "gunicorn.log",
    )
    try:
        server.start("/", timeout=30)
        assert b"Kennisbrug" in urllib.request.urlopen(server.address + "/", timeout=5).read()  # noqa: S310
        assert len(server.worker_rss_mb()) == 2
    finally:
        server.stop()
    assert server.process.poll() is not None
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.address + "/", timeout=2)  # noqa: S310


def test_a_server_that_cannot_start_is_reported(tmp_path):
    server = Gunicorn(
        "bench.no_such_module:application",
        "127.0.0.1",
        free_port(),
        {"PATH": "/usr/bin:/bin"},
        tmp_path / "log",
    )
    try:
        with pytest.raises(SystemExit, match="exited"):
            server.start("/", timeout=30)
    finally:
        server.stop()
    assert server.process.poll() is not None
