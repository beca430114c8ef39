"""Personal data out of free text citizens type: e-mail addresses, NIKs and phone numbers.

Used on feedback comments before they are stored (``portal/feedback/``); the search query log
(``search/``) is meant to use it too. It lives in ``catalogue``, the bottom of the layering
(``portal`` → ``search`` → ``catalogue``), so that every app may import it: a plain function
with no model, like ``catalogue/languages.py``.
"""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NIK = re.compile(r"(?<!\d)\d{6}[\s.-]?\d{6}[\s.-]?\d{4}(?!\d)")
PHONE = re.compile(r"(?<![\w+])\(?(?:\+62|62(?=[\s.-]?8)|0)[\s.-]?\(?\d{2,4}\)?(?:[\s.-]?\d{2,5}){1,4}(?!\w)")


def strip_personal_data(text):
    """Replace e-mail addresses, 16-digit NIKs and Indonesian phone numbers with a placeholder."""
    text = EMAIL.sub("[e-mail]", text)
    text = NIK.sub("[NIK]", text)
    return PHONE.sub(lambda m: "[telepon]" if len(re.sub(r"\D", "", m.group(0))) >= 8 else m.group(0), text)
