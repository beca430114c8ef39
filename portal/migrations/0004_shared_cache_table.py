"""The table of the shared cache (``CACHES["shared"]``, the database by default): rate limits
counted once for every process and app server. Does nothing when ``SHARED_CACHE_URL`` is Redis."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_feedback")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
