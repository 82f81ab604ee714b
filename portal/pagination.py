"""Reading the page of results a visitor asked for from the query string."""

MAX_PAGE_DIGITS = 6


def requested_page(raw):
    """The page number in `raw` (a number of at most six digits), or None for anything else."""
    if raw.isascii() and raw.isdigit() and len(raw) <= MAX_PAGE_DIGITS:
        return int(raw)
    return None
