"""PostgreSQL: a second, smaller ``tsvector`` of what a service is called, with its own GIN index.

The first tiers match only the title, other names, summary and the other language
(``engines/base.py``). Restricting the full vector by weight (``'kk':ABC``) cannot
use the GIN index well when the word is also in most services' requirements ("KK"
is asked for everywhere): PostgreSQL then reads and rechecks nearly every row. This
vector holds only those columns, so its index finds exactly the services called so,
and ranking reads a small vector. Nothing to do on SQLite, where FTS5 filters columns
itself.
"""

from django.db import migrations

TABLE = "portal_search_searchdocument"
WEIGHTS = {"terms_title": "A", "terms_names": "A", "terms_summary": "B", "terms_other": "C"}
POSTGRES = [
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector_strong tsvector GENERATED ALWAYS AS ("
    + " || ".join(f"setweight(to_tsvector('simple', coalesce({c}, '')), '{w}')" for c, w in WEIGHTS.items())
    + ") STORED",
    f"CREATE INDEX portal_search_vector_strong_gin ON {TABLE} USING gin (search_vector_strong)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS portal_search_vector_strong_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector_strong",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0006_match_index")]

    operations = [migrations.RunPython(run(POSTGRES), run(POSTGRES_REVERSE))]
