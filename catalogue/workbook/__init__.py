"""The service-standard workbook (docs/workbook.md): its format, export and import through review."""
