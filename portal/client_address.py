"""The visitor's address, also behind reverse proxies: one answer for rate limits, the admin
login lockout (django-axes) and logs.

Without a proxy (TRUSTED_PROXY_COUNT = 0) it is the address of the connection, and an
X-Forwarded-For header is ignored: anybody can send one. Behind N trusted proxies each
appends the address it received the request from, so the client is the N-th entry from
the right; entries further left were written by the client and are never believed. A
header with fewer entries than proxies, or an entry that is not an address, falls back
to the connection's address.
"""

import ipaddress

from django.conf import settings

PEER_KEY = "KENNISBRUG_PEER_ADDR"


def client_address(request):
    meta = request.META
    peer = meta.get(PEER_KEY) or meta.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return peer
    forwarded = [
        part.strip() for part in meta.get(settings.TRUSTED_PROXY_HEADER, "").split(",") if part.strip()
    ]
    if len(forwarded) < count:
        return peer
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return peer


class ClientAddressMiddleware:
    """Puts the client's address in REMOTE_ADDR (the connection's stays in KENNISBRUG_PEER_ADDR),
    so django-ratelimit's "ip" key, axes and everything else read the same address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = client_address(request)
        request.META.setdefault(PEER_KEY, request.META.get("REMOTE_ADDR", ""))
        request.META["REMOTE_ADDR"] = address
        return self.get_response(request)
