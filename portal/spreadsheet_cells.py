"""Cells for spreadsheets: every CSV and XLSX export of the site writes its values through
`safe_cell`, so text from partners, editors or visitors is read as text.

Two dangers. A spreadsheet program runs a cell that starts with =, +, -, @, a tab or a
carriage return as a formula (CSV or formula injection); such text gets a leading
apostrophe, which spreadsheet programs read as "this is text". And XLSX (XML 1.0) cannot
hold most control characters: openpyxl refuses the whole file, so they are left out.
"""

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# The characters XML 1.0 forbids, but tab, line feed and carriage return (which cells may hold).
UNWRITABLE_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value):
    """`value` as a spreadsheet may hold it; anything but text is returned as it is."""
    if not isinstance(value, str):
        return value
    value = UNWRITABLE_CONTROL_CHARACTERS.sub("", value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value
