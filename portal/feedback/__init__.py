"""Citizen feedback on service pages: "was this page useful?" and "report a problem".

- ``models.py``: ``Feedback`` (in the ``portal`` app: ``portal/models.py`` re-exports it).
- ``forms.py`` and ``views.py``: the form on every service page and the view that stores it.
- ``ratelimit.py``: submissions per client per hour, counted under a keyed hash of the address.
- ``permissions.py``, ``viewsets.py`` and ``reports.py``: the admin listing and the
  *usefulness per agency* report, each scoped to the pages the user may edit.

Nothing that identifies the citizen is kept: comments are stripped of phone numbers, NIKs and
e-mail addresses (``catalogue.personal_data``) before they are stored, and the address used by
the rate limit is never stored.
"""
