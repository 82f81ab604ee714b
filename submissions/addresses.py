"""One identity per mailbox: e-mail addresses compared in one canonical form.

The same mailbox can be written many ways: composed or decomposed accents
("é" as one code point or as "e" and a combining accent), an internationalised
domain in Unicode or in its xn-- form, upper or lower case. Rate limits, duplicate
hints, the admin search and data-subject requests all compare canonical_email(),
so each of those ways counts as the one address it delivers to.
"""

import unicodedata

import idna


def canonical_email(address):
    """NFC, the domain in its ASCII (IDNA) form, everything case-folded; "" for no address.

    Case-folding the local part is a deliberate simplification: RFC 5321 lets a server
    distinguish case there, but no mail service people use does, and one mailbox must
    not count as two.
    """
    address = unicodedata.normalize("NFC", (address or "").strip())
    if not address:
        return ""
    local, at, domain = address.rpartition("@")
    if not at:
        return unicodedata.normalize("NFC", address.casefold())
    local = unicodedata.normalize("NFC", local.casefold())
    return f"{local}@{ascii_domain(domain)}"


def ascii_domain(domain):
    domain = unicodedata.normalize("NFC", domain.casefold()).rstrip(".")
    try:
        return idna.encode(domain, uts46=True).decode("ascii").lower()
    except idna.IDNAError:
        try:
            return domain.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return domain
