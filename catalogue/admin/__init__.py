"""The catalogue in Wagtail's admin: what the hooks in ``catalogue/wagtail_hooks.py`` register.

- ``viewsets.py``: the *Services* listing with the completeness score.
- ``views.py``: the *Services due for review* report and the onboarding form's view.
- ``forms.py``: the onboarding form.
- ``panels.py``: the reviewer's *Content health* panel on the dashboard.
- ``buttons.py``: page buttons (translate and sync for editors, onboarding on an MPP page).
- ``menus.py``: menu items shown by role.
- ``notices.py``: what the page editor is told (a reviewer's reason, the English page's state).
- ``urls.py``: the admin URLs of the views above and of ``catalogue/translations.py``.

Permissions are Wagtail's (see ``catalogue/roles.py``); these only show what a user may already
see. Django's admin autodiscovery imports this package (``<app>.admin``): it stays empty.
"""
