"""What every benchmark script checks before it starts: it only talks to this machine, and
every run is bounded. A refusal ends the script with one line saying why."""

import ipaddress
import socket
import urllib.parse


def require_loopback(host):
    """Every address `host` resolves to must be loopback (127.0.0.0/8 or ::1)."""
    if not host:
        raise SystemExit("Refusing to run: no host given; the benchmark only targets loopback addresses.")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError) as error:
        raise SystemExit(f"Refusing to run: cannot resolve {host!r} ({error}).") from error
    if not addresses or not all(ipaddress.ip_address(address).is_loopback for address in addresses):
        raise SystemExit(f"Refusing to run against {host!r}: the benchmark only targets loopback addresses.")


def require_loopback_url(url):
    """A database or Redis URL on a loopback host; no host at all means a local socket."""
    host = urllib.parse.urlparse(url).hostname
    if host is not None:
        require_loopback(host)


def require_local_database(database):
    """`database`: Django's settings of a connection. A socket path or a loopback host only."""
    host = database.get("HOST") or ""
    if host and not host.startswith("/"):
        require_loopback(host)


def require_within(parser, option, value, low, high):
    """`value` of command-line `option` within [low, high], or the script stops with the range."""
    if not low <= value <= high:
        parser.error(f"{option} must be between {low} and {high}: every run stays bounded")
