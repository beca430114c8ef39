"""Measurement and demonstration tooling: benchmarks, page weight, screenshots, relevance, generated catalogues.

Nothing in the runtime apps (``portal``, ``search``, ``catalogue``) imports it; it sits above them
(``tests/test_architecture.py``). Installed outside production only (``portal/settings/production.py``).
"""
