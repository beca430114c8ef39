"""Demo catalogue: five MPPs of the source articles, their agencies and services.

The services are a workbook in the format agencies use (docs/workbook.md): ``demo/workbook/``,
one CSV file per sheet, so that diffs stay readable and an editor can change them in a
spreadsheet. ``load_demo`` imports it through the same code as ``import_workbook``
(``catalogue.workbook.importer``), as a one-time setup that publishes (there is no reviewer
yet), MPP by MPP once each MPP's agencies and counters exist. To change the demo services, edit
the CSV files, or load the demo, change it in the admin and write it back with
``manage.py export_workbook demo/workbook`` (the export orders rows by MPP, not by service).

The rest (MPPs, agencies, document types, conditions, life events, offices elsewhere) lives in
plain Python modules so that it can carry comments and be checked by the linters; bilingual
text there is always a ``{"id": ..., "en": ...}`` dict. ``load_demo`` turns it into Wagtail
content (Indonesian source) and translates it to English through wagtail-localize, the same
path an editor's translation takes.
"""
