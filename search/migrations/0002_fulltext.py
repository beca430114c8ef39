"""Full-text structures of the embedded engine, per database.

SQLite: an FTS5 table over ``SearchDocument``'s term columns, kept in step by
triggers (external content). PostgreSQL: a generated, weighted ``tsvector``
column with a GIN index. The terms are already analysed in Python, so both
use the plain ``simple``/``unicode61`` tokenisation.
"""

from django.db import migrations

TABLE = "portal_search_searchdocument"
COLUMNS = ["terms_title", "terms_names", "terms_summary", "terms_body", "terms_other"]

SQLITE = [
    f"CREATE VIRTUAL TABLE portal_search_fts USING fts5({', '.join(COLUMNS)}, content='{TABLE}', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER portal_search_ai AFTER INSERT ON {TABLE} BEGIN "
    f"INSERT INTO portal_search_fts(rowid, {', '.join(COLUMNS)}) VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
    f"CREATE TRIGGER portal_search_ad AFTER DELETE ON {TABLE} BEGIN "
    f"INSERT INTO portal_search_fts(portal_search_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); END",
    f"CREATE TRIGGER portal_search_au AFTER UPDATE ON {TABLE} BEGIN "
    f"INSERT INTO portal_search_fts(portal_search_fts, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', old.id, {', '.join('old.' + c for c in COLUMNS)}); "
    f"INSERT INTO portal_search_fts(rowid, {', '.join(COLUMNS)}) VALUES (new.id, {', '.join('new.' + c for c in COLUMNS)}); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS portal_search_au",
    "DROP TRIGGER IF EXISTS portal_search_ad",
    "DROP TRIGGER IF EXISTS portal_search_ai",
    "DROP TABLE IF EXISTS portal_search_fts",
]
WEIGHTS = {"terms_title": "A", "terms_names": "A", "terms_summary": "B", "terms_body": "D", "terms_other": "C"}
POSTGRES = [
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    + " || ".join(f"setweight(to_tsvector('simple', coalesce({c}, '')), '{w}')" for c, w in WEIGHTS.items())
    + ") STORED",
    f"CREATE INDEX portal_search_vector_gin ON {TABLE} USING gin (search_vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS portal_search_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
