"""Contact details never reach the board, not even inside the partner's own text.

The title and the start of the question are the partner's words, published with their consent.
Before they are shown, what the partner gave as contact (their name, e-mail address and phone
number), any other e-mail address or phone number, and the organisation's name when the partner
did not allow it to be named are replaced by OMITTED.
"""

import re

OMITTED = "[…]"
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits with spaces, dots, dashes, slashes or brackets; a phone number when it holds at
# least MIN_PHONE_DIGITS digits (so years such as 2019-2022 and amounts stay).
NUMBER_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")
MIN_PHONE_DIGITS = 9


def without_phone_numbers(text):
    def replace(match):
        digits = sum(character.isdigit() for character in match.group())
        return OMITTED if digits >= MIN_PHONE_DIGITS else match.group()

    return NUMBER_RUN.sub(replace, text)


def without_contact_details(text, withheld=()):
    """`text` without e-mail addresses, phone numbers and the strings of `withheld`."""
    for value in sorted(
        {value.strip() for value in withheld if value and value.strip()}, key=len, reverse=True
    ):
        text = re.sub(re.escape(value), OMITTED, text, flags=re.IGNORECASE)
    return without_phone_numbers(EMAIL_ADDRESS.sub(OMITTED, text))
