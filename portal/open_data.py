"""The licence of Kennisbrug's open data (the API, the case feeds and the CSV and JSON
exports): one statement, given the same way everywhere, so a reuser knows the terms
wherever they took the data from.

Machines read it from an HTTP `Link: <…>; rel="license"` header (RFC 8288 with the
IANA "license" relation) on every answer; formats that can carry it also name it
inside (a JSON field, the Atom feed's <rights>).
"""

LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE = {"name": LICENCE_NAME, "url": LICENCE_URL}
LICENCE_STATEMENT = f"{LICENCE_NAME}: {LICENCE_URL}"


def with_licence_link(response):
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    return response
