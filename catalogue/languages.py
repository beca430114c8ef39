"""The portal's languages, declared once in ``settings.LANGUAGES``: the source language first.

Indonesian is the source language (``LANGUAGE_CODE``); every other language is a
translation of it. Code that needs "the other language" of a page or query, or
the list of languages, asks here instead of spelling out ``"id"`` and ``"en"``.
"""

from django.conf import settings


def codes():
    """Language codes in the order of ``settings.LANGUAGES`` (the source language first)."""
    return [code for code, _name in settings.LANGUAGES]


def choices():
    """``(code, name)`` pairs for forms and filters."""
    return list(settings.LANGUAGES)


def source():
    """The source language, in which every page is written first and keyed."""
    return settings.LANGUAGE_CODE


def other(code):
    """The other language of the pair: English for Indonesian, Indonesian for English."""
    others = [candidate for candidate in codes() if candidate != code]
    return others[0] if others else code


def is_valid(code):
    return code in codes()
